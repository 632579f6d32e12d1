package kz.aimaq.cli;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.stats.MoranI;
import kz.aimaq.core.stats.Significance;
import kz.aimaq.core.stats.SpatialWeights;
import kz.aimaq.core.stats.WeightsSpec;

import java.nio.file.Path;
import java.util.*;

/**
 * The options the spatial-statistics commands (moran, hotspots, geary) share, read once: the
 * indicator (or a values file), year, level, weights, permutations, seed and significance level,
 * and the regions with a value (the others are dropped and listed).
 */
final class SpatialInput {
    /** The options every local-statistic command reads through this class, for its usage line. */
    static final String OPTIONS = "--indicator ID --year Y [--level oblast|district] [--weights queen|rook|knn:K|distance:KM]"
            + " [--permutations N] [--seed S] [--alpha 0.05|0.01|0.001] [--values FILE.csv] [--format csv|json]";

    final String indicator;
    final int year;
    final String level;
    final WeightsSpec weightsSpec;
    final int permutations;
    final long seed;
    final double alpha;
    final Optional<String> valuesFile;
    RegionLayer layer;
    /** Binary weights restricted to the regions with values, in that order. */
    SpatialWeights weights;
    List<String> used, dropped;
    double[] x;

    SpatialInput(Args args) {
        valuesFile = args.opt("values");
        indicator = valuesFile.isPresent() ? args.get("indicator", "values") : args.require("indicator");
        year = args.intOpt("year", -1);
        level = args.choice("level", "oblast", "oblast", "district");
        try { weightsSpec = WeightsSpec.parse(args.get("weights", "queen")); }
        catch (IllegalArgumentException e) { throw new CliException("--" + e.getMessage()); }
        permutations = args.intOpt("permutations", MoranI.DEFAULT_PERMUTATIONS);
        seed = args.intOpt("seed", (int) MoranI.DEFAULT_SEED);
        double a = args.doubleOpt("alpha", 0.05);
        try { alpha = Significance.checkAlpha(a); }
        catch (IllegalArgumentException e) { throw new CliException("--alpha must be 0.05, 0.01 or 0.001, got " + a); }
    }

    /** Loads the layer and the values; call after {@code rejectUnknown}. */
    void load(String... otherIndicators) throws Exception {
        if (permutations < 1 || permutations > 1_000_000) throw new CliException("--permutations must be between 1 and 1000000, got " + permutations);
        if (valuesFile.isEmpty() && year < 0) throw new CliException("missing --year");
        layer = RegionLayers.load(level.equals("district") ? MapLevel.DISTRICT : MapLevel.OBLAST);
        Map<String, Double> values = valuesFile.isPresent()
                ? MoranCommand.readValues(Path.of(valuesFile.get()), level.equals("oblast"))
                : MoranCommand.bundledValues(indicator, year, level, layer);
        List<Map<String, Double>> others = new ArrayList<>();
        for (String o : otherIndicators) {
            if (year < 0) throw new CliException("--bivariate needs --year (the second indicator comes from the bundled data)");
            others.add(MoranCommand.bundledValues(o, year, level, layer));
        }
        SpatialWeights all = weightsSpec.build(layer);
        used = new ArrayList<>();
        dropped = new ArrayList<>();
        for (String c : all.codes()) {
            boolean ok = values.containsKey(c) && others.stream().allMatch(m -> m.containsKey(c));
            (ok ? used : dropped).add(c);
        }
        if (used.size() < 3) throw new CliException("only " + used.size() + " regions of the " + level + " layer have a value; at least 3 are needed"
                + (valuesFile.isPresent() ? " (are the codes in the file the layer's KATO codes?)" : ""));
        weights = all.reorder(used);
        x = used.stream().mapToDouble(values::get).toArray();
        otherValues = new ArrayList<>();
        for (Map<String, Double> m : others) otherValues.add(used.stream().mapToDouble(m::get).toArray());
    }

    List<double[]> otherValues = List.of();

    String name(String code) { return layer.byCode(code).map(r -> r.nameEn()).orElse(code); }

    /** The options every spatial command prints in its JSON header. */
    Map<String, Object> header() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", indicator);
        if (year >= 0) json.put("year", year);
        json.put("level", level);
        json.put("weights", weightsSpec.toString());
        json.put("n", used.size());
        json.put("permutations", permutations);
        json.put("seed", seed);
        json.put("alpha", alpha);
        json.put("dropped", dropped);
        return json;
    }

    static Object nullIfNaN(double v) { return Double.isNaN(v) ? null : v; }
}
