package kz.aimaq.cli;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
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
        return "moran --indicator ID --year Y [--level oblast|district] [--weights queen|rook|knn:K|distance:KM]"
                + " [--permutations N] [--seed S] [--values FILE.csv] [--format json|csv]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        Optional<String> valuesFile = args.opt("values");
        String id = valuesFile.isPresent() ? args.get("indicator", "values") : args.require("indicator");
        int year = args.intOpt("year", -1);
        String level = args.choice("level", "oblast", "oblast", "district");
        WeightsSpec weightsSpec;
        try { weightsSpec = WeightsSpec.parse(args.get("weights", "queen")); }
        catch (IllegalArgumentException e) { throw new CliException("--" + e.getMessage()); }
        int permutations = args.intOpt("permutations", MoranI.DEFAULT_PERMUTATIONS);
        long seed = args.intOpt("seed", (int) MoranI.DEFAULT_SEED);
        String format = args.choice("format", "json", "json", "csv");
        args.rejectUnknown();
        if (permutations < 1 || permutations > 1_000_000) throw new CliException("--permutations must be between 1 and 1000000, got " + permutations);
        if (valuesFile.isEmpty() && year < 0) throw new CliException("missing --year");

        RegionLayer layer = RegionLayers.load(level.equals("district") ? MapLevel.DISTRICT : MapLevel.OBLAST);
        Map<String, Double> values = valuesFile.isPresent()
                ? readValues(Path.of(valuesFile.get()), level.equals("oblast"))
                : bundledValues(id, year, level, layer);

        SpatialWeights all = weightsSpec.build(layer);
        List<String> used = new ArrayList<>(), dropped = new ArrayList<>();
        for (String c : all.codes()) (values.containsKey(c) ? used : dropped).add(c);
        if (used.size() < 3) throw new CliException("only " + used.size() + " regions of the " + level + " layer have a value; Moran's I needs at least 3"
                + (valuesFile.isPresent() ? " (are the codes in the file the layer's KATO codes?)" : ""));
        SpatialWeights w = all.reorder(used).rowStandardised();
        double[] x = used.stream().mapToDouble(values::get).toArray();

        MoranI.Result moran = MoranI.of(x, w, permutations, seed);
        Lisa.Result lisa = Lisa.of(x, w, permutations, seed, Lisa.DEFAULT_ALPHA);

        if (format.equals("csv")) {
            List<List<Object>> rows = new ArrayList<>();
            for (Lisa.Local l : lisa.regions())
                rows.add(List.of(l.code(), name(layer, l.code()), l.value(), l.lag(), l.localI(), l.p(), l.cls().id()));
            Output.rows(out, "csv", List.of("kato", "name_en", "value", "lag_deviation", "local_I", "p", "class"), rows);
            return 0;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", id);
        if (year >= 0) json.put("year", year);
        json.put("level", level);
        json.put("weights", weightsSpec.toString());
        json.put("weights_kind", w.kind());
        json.put("n", used.size());
        json.put("I", moran.I());
        json.put("expected_I", moran.expectedI());
        json.put("z", moran.zSim());
        json.put("p", moran.pSim());
        json.put("z_normal", moran.zNormal());
        json.put("p_normal", moran.pNormal());
        json.put("variance_normal", moran.varianceNormal());
        json.put("permutations", permutations);
        json.put("seed", seed);
        json.put("alpha", Lisa.DEFAULT_ALPHA);
        json.put("dropped", dropped);
        List<Map<String, Object>> regions = new ArrayList<>();
        for (Lisa.Local l : lisa.regions()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kato", l.code());
            r.put("name", name(layer, l.code()));
            r.put("value", l.value());
            r.put("lag_deviation", l.lag());
            r.put("local_I", l.localI());
            r.put("p", Double.isNaN(l.p()) ? null : l.p());
            r.put("class", l.cls().id());
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

    private static Map<String, Double> bundledValues(String id, int year, String level, RegionLayer layer) {
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

    private static String name(RegionLayer layer, String code) {
        return layer.byCode(code).map(r -> r.nameEn()).orElse(code);
    }
}
