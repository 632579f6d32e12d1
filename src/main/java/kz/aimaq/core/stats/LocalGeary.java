package kz.aimaq.core.stats;

import java.util.*;

/**
 * Local Geary's c (Anselin 2019, "A local indicator of multivariate spatial association: extending
 * Geary's c", <i>Geographical Analysis</i> 51): for each region the weighted squared difference
 * between its standardised value and its neighbours',
 * <pre>
 *   c_i = Σ_j w_ij (z_i − z_j)²,   z = (x − x̄)/s  (population s),
 * </pre>
 * with row-standardised weights (as GeoDa and PySAL esda). Small c_i means the region is like its
 * neighbours (positive association), large c_i unlike them (negative association).
 *
 * <p>Inference by conditional randomisation (z_i stays, the neighbours' values are drawn from the
 * other n − 1 regions), pseudo p one-sided in the observed direction. A significant region is
 * "positive" when c_i lies below the mean of its simulated values, "negative" otherwise; positive
 * ones are split like GeoDa does by the Moran-scatterplot quadrant: high–high (z_i &gt; 0 and the
 * lag of z &gt; 0), low–low (both &lt; 0) and other positive (mixed signs).
 */
public final class LocalGeary {
    private LocalGeary() {}

    /** Local Geary cluster classes with GeoDa's colours; labels in the bundles under {@link #key()}. */
    public enum Cluster {
        NOT_SIGNIFICANT(0, "not-significant", "#EEEEEE", "stats.geary.none"),
        HIGH_HIGH(1, "high-high", "#B2182B", "stats.geary.highHigh"),
        LOW_LOW(2, "low-low", "#EF8A62", "stats.geary.lowLow"),
        OTHER_POSITIVE(3, "other-positive", "#FDDBC7", "stats.geary.otherPositive"),
        NEGATIVE(4, "negative", "#67ADC7", "stats.geary.negative"),
        ISOLATED(6, "isolated", "#999999", "stats.isolated");

        private final int code;
        private final String id, color, key;
        Cluster(int code, String id, String color, String key) { this.code = code; this.id = id; this.color = color; this.key = key; }
        public int code() { return code; }
        public String id() { return id; }
        public String color() { return color; }
        public String key() { return key; }
    }

    /** One region: its c_i, the lag of z, the pseudo p-value and its class. */
    public record Local(String code, double value, double z, double lag, double c, double p, Cluster cluster) {}

    public record Result(List<Local> regions, int permutations, long seed, double alpha) {
        public Result { regions = List.copyOf(regions); }

        public Map<String, Integer> classCodes() {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (Local l : regions) m.put(l.code(), l.cluster().code());
            return m;
        }

        public Map<Cluster, Integer> counts() {
            Map<Cluster, Integer> m = new EnumMap<>(Cluster.class);
            for (Cluster c : Cluster.values()) m.put(c, 0);
            for (Local l : regions) m.merge(l.cluster(), 1, Integer::sum);
            return m;
        }
    }

    /** Pass row-standardised weights. */
    public static Result of(double[] x, SpatialWeights w, int permutations, long seed, double alpha) {
        Permutations.checkInput(x, w, "local Geary");
        if (permutations < 1) throw new IllegalArgumentException("local Geary needs at least one permutation");
        double[] z = Permutations.standardised(x, "local Geary");
        double[][] m = w.weights();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Local> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Permutations.Row row = Permutations.Row.of(m, i);
            String code = w.codes().get(i);
            if (row.size() == 0) { out.add(new Local(code, x[i], z[i], 0, Double.NaN, Double.NaN, Cluster.ISOLATED)); continue; }
            double c = 0, lag = 0;
            for (int k = 0; k < row.size(); k++) {
                double d = z[i] - z[row.columns()[k]];
                c += row.weights()[k] * d * d;
                lag += row.weights()[k] * z[row.columns()[k]];
            }
            double zi = z[i];
            double[] p = Permutations.conditional(i, row, z, c, drawn -> {
                double s = 0;
                for (int k = 0; k < drawn.length; k++) { double d = zi - drawn[k]; s += row.weights()[k] * d * d; }
                return s;
            }, permutations, rnd);
            Cluster cl = Cluster.NOT_SIGNIFICANT;
            if (p[0] <= alpha) {
                if (c < p[3]) cl = zi > 0 && lag > 0 ? Cluster.HIGH_HIGH : zi < 0 && lag < 0 ? Cluster.LOW_LOW : Cluster.OTHER_POSITIVE;
                else cl = Cluster.NEGATIVE;
            }
            out.add(new Local(code, x[i], z[i], lag, c, p[0], cl));
        }
        return new Result(out, permutations, seed, alpha);
    }
}
