package kz.aimaq.cli;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.GroupingFiles;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.regionalize.*;
import kz.aimaq.core.stats.SpatialWeights;
import kz.aimaq.core.stats.WeightsSpec;
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
 * {@code aimaq regionalize}: k contiguous groups proposed by SKATER or REDCAP (or k-means without
 * contiguity) from standardised indicators, one row per region, and the fit figures of the
 * proposal beside the official {@code five} and {@code five-plus-cities} groupings. {@code --out}
 * saves the proposal as a grouping file (oblast level; grouping files hold the 20 regions).
 */
final class RegionalizeCommand implements Command {
    @Override public String name() { return "regionalize"; }

    @Override public String usage() {
        return "regionalize --indicators ID[:WEIGHT],... --year Y [--groups K] [--method skater|redcap|kmeans]"
                + " [--min-population P] [--level oblast|district] [--within-oblasts] [--weights queen|rook]"
                + " [--values FILE.csv] [--seed S] [--format csv|json] [--out FILE.json]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String spec = args.require("indicators");
        int year = args.intOpt("year", -1);
        int k = args.intOpt("groups", 5);
        String method = args.choice("method", Skater.METHOD, Skater.METHOD, Redcap.METHOD, KMeans.METHOD);
        double minPop = args.doubleOpt("min-population", 0);
        String level = args.choice("level", "oblast", "oblast", "district");
        boolean withinOblasts = args.flag("within-oblasts");
        String weightsText = args.choice("weights", "queen", "queen", "rook");
        Optional<String> valuesFile = args.opt("values");
        long seed = args.intOpt("seed", (int) KMeans.DEFAULT_SEED);
        String format = Output.format(args);
        Optional<String> outFile = args.opt("out");
        args.rejectUnknown();

        boolean district = level.equals("district");
        if (withinOblasts && !district) throw new CliException("--within-oblasts applies to --level district only");
        if (outFile.isPresent() && district) throw new CliException("--out writes a grouping file of the 20 regions; it is not available at district level");
        if (valuesFile.isPresent() && !district) throw new CliException("--values is for --level district; oblast values come from the bundled datasets");
        if (!district && year < 0) throw new CliException("missing --year");
        if (minPop < 0) throw new CliException("--min-population must be 0 or more, got " + minPop);

        List<String> ids = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int colon = p.indexOf(':');
            String id = colon < 0 ? p : p.substring(0, colon).trim();
            double w = 1;
            if (colon >= 0) {
                try { w = Double.parseDouble(p.substring(colon + 1)); }
                catch (NumberFormatException e) { throw new CliException("--indicators: weight of " + id + " must be a number, got '" + p.substring(colon + 1) + "'"); }
                if (!(w > 0)) throw new CliException("--indicators: weight of " + id + " must be positive, got " + w);
            }
            if (ids.contains(id)) throw new CliException("--indicators lists " + id + " twice");
            ids.add(id);
            weights.add(w);
        }
        if (ids.isEmpty()) throw new CliException("--indicators needs at least one indicator id");
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();

        RegionLayer layer = RegionLayers.load(district ? MapLevel.DISTRICT : MapLevel.OBLAST);
        List<String> codes = layer.regions().stream().map(MapRegion::code).toList();
        if (k < 1 || k > codes.size()) throw new CliException("--groups must be between 1 and " + codes.size() + ", got " + k);
        IndicatorData data = IndicatorData.bundled();
        for (String id : ids) {
            if (data.catalog().byId(id).isEmpty() && !(district && valuesFile.isPresent()))
                throw new CliException("unknown indicator '" + id + "'; see datasets/indicator_catalog.csv for the ids");
        }

        Attributes attributes;
        double[] population = null, grpPerCapita = null;
        if (!district) {
            attributes = IndicatorAttributes.of(data, ids, w, year, codes);
            population = IndicatorAttributes.column(data, "population_avg", year, codes);
            grpPerCapita = IndicatorAttributes.column(data, "grp_per_capita", year, codes);
        } else {
            DistrictValues dv = valuesFile.isPresent() ? readDistrictValues(Path.of(valuesFile.get()), ids, codes) : polygonValues(ids, layer);
            attributes = Attributes.standardised(codes, dv.columns(), ids, w);
            population = dv.population();
            if (minPop > 0 && population == null)
                throw new CliException("--min-population at district level needs a population_avg column in --values FILE.csv");
        }

        SpatialWeights sw = (weightsText.equals("rook") ? new WeightsSpec(WeightsSpec.Kind.ROOK, 0) : WeightsSpec.QUEEN).build(layer);
        if (withinOblasts) sw = withinParents(sw, layer);
        Constraint constraint = minPop > 0 ? Constraint.minPopulation(population, minPop) : Constraint.none();
        if (method.equals(KMeans.METHOD) && minPop > 0) throw new CliException("--min-population applies to skater and redcap; k-means has no such constraint");
        Regionalisation r = switch (method) {
            case Skater.METHOD -> Skater.of(attributes, sw, k, constraint);
            case Redcap.METHOD -> Redcap.of(attributes, sw, k, constraint);
            default -> KMeans.of(attributes, k, seed);
        };

        RegionGraph graph = RegionGraph.of(sw);
        Map<String, Fit> fits = new LinkedHashMap<>();
        fits.put(method, Fit.of(r.labels(), attributes, grpPerCapita, population, graph));
        Grouping five = null;
        if (!district) {
            five = Groupings.preset("five");
            for (String preset : Groupings.presetIds())
                fits.put(preset, Fit.of(Fit.labels(Groupings.preset(preset), codes), attributes, grpPerCapita, population, graph));
        }
        Set<String> moved = five == null ? Set.of() : new HashSet<>(r.moved(five));

        if (outFile.isPresent()) {
            Grouping g = r.toGrouping(method + "-" + k, method.toUpperCase(Locale.ROOT) + ", " + k + " groups, " + year + " (" + String.join(", ", ids) + ")");
            GroupingFiles.write(Path.of(outFile.get()), g);
        }

        Map<String, Integer> groupOf = r.groupOf();
        if (format.equals("csv")) {
            List<String> header = new ArrayList<>(List.of("kato", "name_en", "group"));
            if (five != null) header.addAll(List.of("five", "moved"));
            List<List<Object>> rows = new ArrayList<>();
            for (String c : codes) {
                List<Object> row = new ArrayList<>(List.of(c, layer.byCode(c).map(MapRegion::nameEn).orElse(c), groupOf.get(c)));
                if (five != null) { row.add(five.groupOf(c).map(x -> x.id()).orElse("")); row.add(moved.contains(c)); }
                rows.add(row);
            }
            Output.rows(out, "csv", header, rows);
            out.println();
            List<List<Object>> fitRows = new ArrayList<>();
            fits.forEach((name, f) -> fitRows.add(List.of(name, f.groups(), f.contiguous(), round(f.withinSsd()), round(f.betweenRatio()), round(f.theilBetweenShare()))));
            Output.rows(out, "csv", List.of("grouping", "groups", "contiguous", "within_ssd", "between_ratio", "theil_between_share"), fitRows);
            return 0;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", method);
        json.put("level", level);
        if (year >= 0) json.put("year", year);
        json.put("indicators", ids);
        json.put("indicator_weights", weights);
        json.put("groups", k);
        json.put("min_population", minPop);
        json.put("weights", weightsText + (withinOblasts ? ", within oblasts" : ""));
        if (method.equals(KMeans.METHOD)) json.put("seed", seed);
        List<Map<String, Object>> regions = new ArrayList<>();
        for (String c : codes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kato", c);
            m.put("name_en", layer.byCode(c).map(MapRegion::nameEn).orElse(c));
            m.put("group", groupOf.get(c));
            if (five != null) { m.put("five", five.groupOf(c).map(x -> x.id()).orElse(null)); m.put("moved", moved.contains(c)); }
            regions.add(m);
        }
        json.put("regions", regions);
        List<Map<String, Object>> fitList = new ArrayList<>();
        fits.forEach((name, f) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("grouping", name);
            m.put("groups", f.groups());
            m.put("contiguous", f.contiguous());
            m.put("within_ssd", f.withinSsd());
            m.put("total_ssd", f.totalSsd());
            m.put("between_ratio", f.betweenRatio());
            m.put("theil_total", Double.isNaN(f.theilTotal()) ? null : f.theilTotal());
            m.put("theil_between", Double.isNaN(f.theilBetween()) ? null : f.theilBetween());
            m.put("theil_between_share", Double.isNaN(f.theilBetweenShare()) ? null : f.theilBetweenShare());
            fitList.add(m);
        });
        json.put("fit", fitList);
        if (outFile.isPresent()) json.put("out", outFile.get());
        Output.json(out, json);
        return 0;
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? Double.NaN : Math.round(v * 1e6) / 1e6;
    }

    /** Only the neighbour pairs inside one oblast: groups never cross an oblast border. */
    private static SpatialWeights withinParents(SpatialWeights sw, RegionLayer layer) {
        int n = sw.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            String pi = layer.byCode(sw.codes().get(i)).map(MapRegion::parentKato).orElse("");
            for (int j = 0; j < n; j++) {
                String pj = layer.byCode(sw.codes().get(j)).map(MapRegion::parentKato).orElse("");
                if (pi.equals(pj)) m[i][j] = sw.weights()[i][j];
            }
        }
        return new SpatialWeights(sw.kind() + ", within oblasts", sw.codes(), m);
    }

    record DistrictValues(double[][] columns, double[] population) {}

    /** Without a file only the polygons' own measure exists at district level: area. */
    private static DistrictValues polygonValues(List<String> ids, RegionLayer layer) {
        double[][] cols = new double[ids.size()][];
        for (int k = 0; k < ids.size(); k++) {
            if (!ids.get(k).equals("area_km2"))
                throw new CliException("there are no bundled district values of " + ids.get(k)
                        + "; pass --values FILE.csv with a kato column (9-digit district codes) and one column per indicator");
            cols[k] = layer.regions().stream().mapToDouble(MapRegion::areaKm2).toArray();
        }
        return new DistrictValues(cols, null);
    }

    /** A CSV with a kato (or code) column and one column per indicator id (and optionally population_avg). */
    private static DistrictValues readDistrictValues(Path file, List<String> ids, List<String> codes) throws IOException {
        Map<String, Map<String, Double>> byCol = new HashMap<>();
        List<String> wanted = new ArrayList<>(ids);
        if (!wanted.contains("population_avg")) wanted.add("population_avg");
        try (Reader rd = Files.newBufferedReader(file)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get().parse(rd);
            List<String> header = parser.getHeaderNames();
            String codeCol = header.stream().filter(h -> h.equalsIgnoreCase("kato") || h.equalsIgnoreCase("code")).findFirst()
                    .orElseThrow(() -> new CliException(file + ": needs a 'kato' (or 'code') column; found " + header));
            for (String id : ids) if (header.stream().noneMatch(h -> h.equalsIgnoreCase(id)))
                throw new CliException(file + ": needs a column '" + id + "'; found " + header);
            for (CSVRecord rec : parser) {
                for (String id : wanted) {
                    if (!rec.isMapped(id) || !rec.isSet(id)) continue;
                    String text = rec.get(id);
                    if (text.isEmpty()) continue;
                    try {
                        byCol.computeIfAbsent(id, x -> new HashMap<>()).put(rec.get(codeCol), Double.parseDouble(text.replace(',', '.')));
                    } catch (NumberFormatException e) {
                        throw new CliException(file + " line " + rec.getRecordNumber() + ": " + id + " value '" + text + "' is not a number");
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new CliException("values file not found: " + file);
        }
        double[][] cols = new double[ids.size()][codes.size()];
        for (int k = 0; k < ids.size(); k++) {
            Map<String, Double> m = byCol.getOrDefault(ids.get(k), Map.of());
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                Double v = m.get(codes.get(i));
                if (v == null) missing.add(codes.get(i)); else cols[k][i] = v;
            }
            if (!missing.isEmpty()) throw new CliException(file + ": " + ids.get(k) + " has no value for " + missing.size() + " of "
                    + codes.size() + " districts (first: " + missing.get(0) + "); regionalisation needs every district");
        }
        double[] pop = null;
        Map<String, Double> pm = byCol.get("population_avg");
        if (pm != null && codes.stream().allMatch(pm::containsKey)) pop = codes.stream().mapToDouble(pm::get).toArray();
        return new DistrictValues(cols, pop);
    }
}
