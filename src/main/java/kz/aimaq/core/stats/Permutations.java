package kz.aimaq.core.stats;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Conditional randomisation shared by the local statistics (Anselin 1995, section 4): region i
 * keeps its own value and its neighbours' values are drawn at random, without replacement, from
 * the other n − 1 regions. The pseudo p-value is one-sided in the direction of the observed value:
 * (m + 1)/(N + 1), m = number of simulated statistics at least as extreme on the observed side;
 * ties count against significance (as PySAL esda does).
 */
final class Permutations {
    private Permutations() {}

    /** The pseudo z and one-sided pseudo p of a global statistic under random permutation. */
    record Global(double z, double p) {
        static final Global NONE = new Global(Double.NaN, Double.NaN);
    }

    /**
     * Total randomisation for a global statistic (Moran's I, bivariate Moran's I): {@code values}
     * are shuffled {@code permutations} times (seeded) and {@code statistic} recomputed on each
     * shuffle. The test is one-sided in the direction of the observed value, as PySAL esda does;
     * ties count against significance. No permutations: NaN for both.
     */
    static Global global(double observed, double[] values, int permutations, long seed,
                         java.util.function.ToDoubleFunction<double[]> statistic) {
        if (permutations <= 0) return Global.NONE;
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] perm = values.clone();
        double[] sims = new double[permutations];
        double sum = 0;
        for (int p = 0; p < permutations; p++) {
            MoranI.shuffle(perm, rnd);
            sims[p] = statistic.applyAsDouble(perm);
            sum += sims[p];
        }
        double mean = sum / permutations, ss = 0;
        int atLeast = 0, atMost = 0;
        for (double s : sims) {
            ss += (s - mean) * (s - mean);
            if (s >= observed) atLeast++;
            if (s <= observed) atMost++;
        }
        double sd = Math.sqrt(ss / Math.max(1, permutations - 1));
        return new Global((observed - mean) / sd, (Math.min(atLeast, atMost) + 1.0) / (permutations + 1.0));
    }

    /** A region's statistic as a function of its neighbours' values, in the order of {@code weights}. */
    interface LocalStatistic { double of(double[] neighbourValues); }

    /** The nonzero weights of row i, without the diagonal, with their column indices. */
    record Row(int[] columns, double[] weights) {
        static Row of(double[][] w, int i) {
            List<Integer> c = new ArrayList<>();
            for (int j = 0; j < w.length; j++) if (j != i && w[i][j] != 0) c.add(j);
            int[] cols = c.stream().mapToInt(Integer::intValue).toArray();
            double[] ws = new double[cols.length];
            for (int k = 0; k < cols.length; k++) ws[k] = w[i][cols[k]];
            return new Row(cols, ws);
        }

        int size() { return columns.length; }
    }

    /**
     * @param values  the values the neighbours are drawn from (index = region)
     * @return {pseudo p, number of simulations at least as large, at most as large, mean of simulations}
     */
    static double[] conditional(int i, Row row, double[] values, double observed, LocalStatistic stat, int permutations, SplittableRandom rnd) {
        int n = values.length, k = row.size();
        int[] others = new int[n - 1];
        double[] drawn = new double[k];
        int atLeast = 0, atMost = 0;
        double sum = 0;
        for (int p = 0; p < permutations; p++) {
            for (int a = 0, b = 0; a < n; a++) if (a != i) others[b++] = a;
            // partial Fisher–Yates: the first k entries become a random k-subset of the others
            for (int s = 0; s < k; s++) {
                int r = s + rnd.nextInt(n - 1 - s);
                int t = others[s]; others[s] = others[r]; others[r] = t;
                drawn[s] = values[others[s]];
            }
            double sim = stat.of(drawn);
            sum += sim;
            if (sim >= observed) atLeast++;
            if (sim <= observed) atMost++;
        }
        return new double[]{(Math.min(atLeast, atMost) + 1.0) / (permutations + 1.0), atLeast, atMost, sum / permutations};
    }

    static void checkInput(double[] x, SpatialWeights w, String what) {
        if (x.length != w.size()) throw new IllegalArgumentException("need one value per region of the weights: " + x.length + " values, " + w.size() + " regions");
        if (x.length < 3) throw new IllegalArgumentException(what + " needs at least 3 regions");
        for (double v : x) if (!Double.isFinite(v)) throw new IllegalArgumentException("values must be finite (fill or drop missing regions first)");
    }

    /** Deviations divided by the population standard deviation; throws when the values are all equal. */
    static double[] standardised(double[] x, String what) {
        double[] z = MoranI.deviations(x);
        double m2 = 0;
        for (double v : z) m2 += v * v;
        double sd = Math.sqrt(m2 / x.length);
        if (sd == 0) throw new InvalidInputException("core.stats.allEqualAny");
        for (int i = 0; i < z.length; i++) z[i] /= sd;
        return z;
    }
}
