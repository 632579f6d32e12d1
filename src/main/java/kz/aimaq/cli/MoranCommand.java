package kz.aimaq.cli;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.stats.*;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.*;

/**
 * {@code aimaq moran}: global Moran's I and the LISA cluster map of an indicator under
 * row-standardised spatial weights. Regions without a value are left out (and listed).
 */
final class MoranCommand implements Command {
    @Override public String name() { return "moran"; }

    @Override public String usage() {
        return "moran --indicator ID --year Y [--bivariate OTHER] [--level oblast|district] [--weights queen|rook|knn:K|distance:KM]"
                + " [--permutations N] [--seed S] [--alpha 0.05|0.01|0.001] [--values FILE.csv] [--format json|csv]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        SpatialInput in = new SpatialInput(args);
        Optional<String> bivariate = args.opt("bivariate");
        String format = args.choice("format", "json", "json", "csv");
        args.rejectUnknown();
        if (bivariate.isPresent() && bivariate.get().equals(in.indicator))
            throw new CliException("--bivariate names the same indicator as --indicator; give another one (x against the lag of y)");
        in.load(bivariate.map(b -> new String[]{b}).orElse(new String[0]));
        SpatialWeights w = in.weights.rowStandardised();
        double[] x = in.x;
        double[] y = bivariate.isPresent() ? in.otherValues.get(0) : x;

        MoranI.Result moran = bivariate.isPresent() ? null : MoranI.of(x, w, in.permutations, in.seed);
        BivariateMoran.Result bi = bivariate.isPresent() ? BivariateMoran.of(x, y, w, in.permutations, in.seed) : null;
        Lisa.Result lisa = bivariate.isPresent()
                ? BivariateMoran.local(x, y, w, in.permutations, in.seed, in.alpha)
                : Lisa.of(x, w, in.permutations, in.seed, in.alpha);
        // the scatterplot of x against the lag of y (of x itself when univariate)
        MoranScatterplot scatter = MoranScatterplot.bivariate(x, y, w);
        Map<String, Significance> sig = lisa.significance();

        if (format.equals("csv")) {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < lisa.regions().size(); i++) {
                Lisa.Local l = lisa.regions().get(i);
                rows.add(List.of(l.code(), in.name(l.code()), l.value(), l.lag(), l.localI(), l.p(), l.cls().id(),
                        scatter.points().get(i).z(), scatter.points().get(i).lag(), sig.get(l.code()).level() < 1 ? sig.get(l.code()).level() : Double.NaN));
            }
            Output.rows(out, "csv", List.of("kato", "name_en", "value", "lag_deviation", "local_I", "p", "class", "z", "lag_z", "significance"), rows);
            return 0;
        }
        // the keys of the univariate command as before, the bivariate and slope keys after them
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", in.indicator);
        if (in.year >= 0) json.put("year", in.year);
        json.put("level", in.level);
        json.put("weights", in.weightsSpec.toString());
        json.put("weights_kind", w.kind());
        json.put("n", in.used.size());
        json.put("I", moran != null ? moran.I() : bi.I());
        // E[I] = −1/(n−1) and the normal approximation hold for the univariate statistic only
        json.put("expected_I", moran != null ? moran.expectedI() : null);
        json.put("z", moran != null ? moran.zSim() : bi.zSim());
        json.put("p", moran != null ? moran.pSim() : bi.pSim());
        json.put("z_normal", moran != null ? moran.zNormal() : null);
        json.put("p_normal", moran != null ? moran.pNormal() : null);
        json.put("variance_normal", moran != null ? moran.varianceNormal() : null);
        json.put("permutations", in.permutations);
        json.put("seed", in.seed);
        json.put("alpha", in.alpha);
        json.put("dropped", in.dropped);
        json.put("bivariate", bivariate.orElse(null));
        // slope of the scatterplot's regression line: lag of z_y on z_x (= I under row-standardised weights)
        json.put("slope", scatter.slope());
        List<Map<String, Object>> regions = new ArrayList<>();
        for (int i = 0; i < lisa.regions().size(); i++) {
            Lisa.Local l = lisa.regions().get(i);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kato", l.code());
            r.put("name", in.name(l.code()));
            r.put("value", l.value());
            r.put("lag_deviation", l.lag());
            r.put("local_I", l.localI());
            r.put("p", Double.isNaN(l.p()) ? null : l.p());
            r.put("class", l.cls().id());
            r.put("z", scatter.points().get(i).z());
            r.put("lag_z", scatter.points().get(i).lag());
            Significance s = sig.get(l.code());
            r.put("significance", s == Significance.NOT_SIGNIFICANT ? null : s.level());
            regions.add(r);
        }
        json.put("lisa", regions);
        List<Map<String, Object>> legend = new ArrayList<>();
        lisa.counts().forEach((cls, count) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("class", cls.id());
            e.put("code", cls.code());
            e.put("color", cls.color());
            e.put("label_en", cls.label("en"));
            e.put("label_ru", cls.label("ru"));
            e.put("label_kk", cls.label("kk"));
            e.put("count", count);
            legend.add(e);
        });
        json.put("legend", legend);
        Output.json(out, json);
        return 0;
    }

    static Map<String, Double> bundledValues(String id, int year, String level, RegionLayer layer) {
        IndicatorData data = IndicatorData.bundled();
        data.catalog().require(id);
        if (level.equals("district")) {
            // as in 'table --level district': the area is measured on the polygons; no other
            // indicator has district figures in the bundled data
            if (id.equals("area_km2")) {
                Map<String, Double> v = new LinkedHashMap<>();
                for (MapRegion r : layer.regions()) v.put(r.code(), r.areaKm2());
                return v;
            }
            throw new CliException("there are no bundled district values of " + id
                    + "; pass --values FILE.csv with columns kato,value (9-digit district KATO codes)");
        }
        if (!data.years(id).contains(year))
            throw new CliException("no data for " + id + " in " + year + "; years with data: " + data.years(id));
        Map<String, Double> v = new LinkedHashMap<>();
        for (MapRegion r : layer.regions()) data.current(id, year, r.code()).ifPresent(d -> v.put(r.code(), d));
        return v;
    }

    /** A CSV with a code column (kato or code) and a value column; oblast codes may be written KZ-10, 10 or 100000000. */
    static Map<String, Double> readValues(Path file, boolean oblastCodes) throws IOException {
        Map<String, Double> v = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(file)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get().parse(r);
            List<String> header = parser.getHeaderNames();
            String codeCol = header.stream().filter(h -> h.equalsIgnoreCase("kato") || h.equalsIgnoreCase("code")).findFirst()
                    .orElseThrow(() -> new CliException(file + ": needs a 'kato' (or 'code') column; found " + header));
            String valueCol = header.stream().filter(h -> h.equalsIgnoreCase("value")).findFirst()
                    .orElseThrow(() -> new CliException(file + ": needs a 'value' column; found " + header));
            for (CSVRecord rec : parser) {
                String code = oblastCodes ? RegionCatalog.normaliseKato(rec.get(codeCol)) : rec.get(codeCol), text = rec.get(valueCol);
                if (text.isEmpty()) continue;
                try {
                    v.put(code, Double.parseDouble(text.replace(',', '.')));
                } catch (NumberFormatException e) {
                    throw new CliException(file + " line " + rec.getRecordNumber() + ": value '" + text + "' is not a number");
                }
            }
        } catch (NoSuchFileException e) {
            throw new CliException("values file not found: " + file);
        }
        return v;
    }

}
