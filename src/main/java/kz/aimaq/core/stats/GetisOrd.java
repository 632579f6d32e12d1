package kz.aimaq.core.stats;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.*;

/**
 * Getis–Ord G_i* hot spots (Getis &amp; Ord 1992; the standardised form of Ord &amp; Getis 1995): for
 * each region the sum of the values of it and its neighbours, as a z-score against what the same
 * number of regions would sum to at random,
 * <pre>
 *   G_i* = (Σ_j w_ij x_j − x̄ W_i) / ( s · √[(n S1_i − W_i²)/(n − 1)] ),
 *   W_i = Σ_j w_ij,  S1_i = Σ_j w_ij²,  x̄ = Σ x / n,  s = √(Σ x²/n − x̄²),
 * </pre>
 * where j runs over all regions <em>including i</em> (the star: w_ii = 1). Pass the binary weights
 * (not row-standardised); the diagonal is set to 1 here. A large positive G_i* is a hot spot (high
 * values cluster around i), a large negative one a cold spot.
 *
 * <p>p-values: {@code pNormal} is two-sided from the normal approximation; {@code p} is the pseudo
 * p-value of conditional randomisation (x_i stays, its neighbours' values are drawn from the other
 * n − 1 regions), which the classes use, as in GeoDa. A region without neighbours has no G_i*.
 */
public final class GetisOrd {
    private GetisOrd() {}

    /** Hot spot classes with GeoDa's colours; labels in the bundles under {@link #key()}. */
    public enum Spot {
        NOT_SIGNIFICANT(0, "not-significant", "#EEEEEE", "stats.gi.none"),
        HOT(1, "hot-spot", "#FF0000", "stats.gi.hot"),
        COLD(2, "cold-spot", "#0000FF", "stats.gi.cold"),
        ISOLATED(6, "isolated", "#999999", "stats.isolated");

        private final int code;
        private final String id, color, key;
        Spot(int code, String id, String color, String key) { this.code = code; this.id = id; this.color = color; this.key = key; }
        public int code() { return code; }
        public String id() { return id; }
        public String color() { return color; }
        public String key() { return key; }
    }

    /** One region: its G_i* z-score, both p-values and its class. */
    public record Local(String code, double value, double z, double pNormal, double p, Spot spot) {}

    public record Result(List<Local> regions, int permutations, long seed, double alpha) {
        public Result { regions = List.copyOf(regions); }

        public Map<String, Integer> classCodes() {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (Local l : regions) m.put(l.code(), l.spot().code());
            return m;
        }

        public Map<Spot, Integer> counts() {
            Map<Spot, Integer> m = new EnumMap<>(Spot.class);
            for (Spot s : Spot.values()) m.put(s, 0);
            for (Local l : regions) m.merge(l.spot(), 1, Integer::sum);
            return m;
        }
    }

    public static Result of(double[] x, SpatialWeights w, int permutations, long seed, double alpha) {
        Permutations.checkInput(x, w, "Getis–Ord G*");
        if (permutations < 1) throw new IllegalArgumentException("G* needs at least one permutation");
        int n = x.length;
        double mean = 0, sq = 0;
        for (double v : x) { mean += v; sq += v * v; }
        mean /= n;
        double s = Math.sqrt(Math.max(0, sq / n - mean * mean));
        if (!(s > 0)) throw new InvalidInputException("core.stats.allEqualAny");
        double[][] m = w.weights();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Local> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Permutations.Row row = Permutations.Row.of(m, i);
            String code = w.codes().get(i);
            if (row.size() == 0) { out.add(new Local(code, x[i], Double.NaN, Double.NaN, Double.NaN, Spot.ISOLATED)); continue; }
            double wi = 1, s1 = 1, sum = x[i];
            for (int k = 0; k < row.size(); k++) { double wk = row.weights()[k]; wi += wk; s1 += wk * wk; sum += wk * x[row.columns()[k]]; }
            double denom = s * Math.sqrt((n * s1 - wi * wi) / (n - 1));
            double z = (sum - mean * wi) / denom;
            double xi = x[i], fwi = wi, fmean = mean;
            double[] p = Permutations.conditional(i, row, x, z, drawn -> {
                double t = xi;
                for (int k = 0; k < drawn.length; k++) t += row.weights()[k] * drawn[k];
                return (t - fmean * fwi) / denom;
            }, permutations, rnd);
            double pNormal = 2 * (1 - Normal.cdf(Math.abs(z)));
            Spot spot = p[0] <= alpha ? (z > 0 ? Spot.HOT : Spot.COLD) : Spot.NOT_SIGNIFICANT;
            out.add(new Local(code, x[i], z, pNormal, p[0], spot));
        }
        return new Result(out, permutations, seed, alpha);
    }
}
