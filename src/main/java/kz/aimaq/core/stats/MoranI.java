package kz.aimaq.core.stats;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.SplittableRandom;

/**
 * Global Moran's I of one variable under given spatial weights (Moran 1950; Cliff &amp; Ord 1981):
 * <pre>
 *   I = (n / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²,   z = x − mean(x),   S0 = Σ_i Σ_j w_ij
 * </pre>
 * with E[I] = −1/(n−1), the variance under the normality assumption, and a pseudo p-value from
 * random permutations of the values over the regions (seeded, so a run can be repeated exactly).
 * The weights are used as given: pass {@code weights.rowStandardised()} for the usual form.
 */
public final class MoranI {
    private MoranI() {}

    public static final int DEFAULT_PERMUTATIONS = 999;
    public static final long DEFAULT_SEED = 12345;

    /**
     * @param I            Moran's I
     * @param expectedI    −1/(n−1)
     * @param varianceNormal variance of I under normality
     * @param zNormal      (I − E[I]) / sqrt(varianceNormal)
     * @param pNormal      two-sided p-value of zNormal
     * @param permutations number of random permutations (0 = none)
     * @param zSim         (I − mean of permuted I) / sd of permuted I (NaN without permutations)
     * @param pSim         pseudo p-value (extreme + 1) / (permutations + 1), where "extreme" counts the
     *                     permuted I at least as far out on the observed side (NaN without permutations)
     */
    public record Result(double I, double expectedI, double varianceNormal, double zNormal, double pNormal,
                         int permutations, double zSim, double pSim, int n, double s0) {}

    public static Result of(double[] x, SpatialWeights w) {
        return of(x, w, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
    }

    public static Result of(double[] x, SpatialWeights w, int permutations, long seed) {
        int n = x.length;
        if (n != w.size()) throw new IllegalArgumentException("need one value per region of the weights: " + n + " values, " + w.size() + " regions");
        if (n < 3) throw new InvalidInputException("core.stats.tooFewRegions");
        for (double v : x) if (!Double.isFinite(v)) throw new InvalidInputException("core.stats.notFinite");
        double[][] m = w.weights();
        double[] z = deviations(x);
        double m2 = 0;
        for (double v : z) m2 += v * v;
        if (m2 == 0) throw new InvalidInputException("core.stats.allEqual", "Moran's I");

        double s0 = 0, s1 = 0, s2 = 0;
        for (int i = 0; i < n; i++) {
            double rowSum = 0, colSum = 0;
            for (int j = 0; j < n; j++) {
                s0 += m[i][j];
                double sym = m[i][j] + m[j][i];
                s1 += sym * sym;
                rowSum += m[i][j];
                colSum += m[j][i];
            }
            s2 += (rowSum + colSum) * (rowSum + colSum);
        }
        s1 /= 2;
        if (s0 == 0) throw new InvalidInputException("core.stats.noNeighbours");

        double I = statistic(z, m, s0, m2);
        double ei = -1.0 / (n - 1);
        double vi = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((double) (n * n - 1) * s0 * s0) - ei * ei;
        double zn = (I - ei) / Math.sqrt(vi);
        double pn = 2 * (1 - Normal.cdf(Math.abs(zn)));

        double sumOfWeights = s0, sumOfSquares = m2; // the lambda below needs final copies
        Permutations.Global sim = Permutations.global(I, z, permutations, seed, perm -> statistic(perm, m, sumOfWeights, sumOfSquares));
        double zSim = sim.z(), pSim = sim.p();
        return new Result(I, ei, vi, zn, pn, permutations, zSim, pSim, n, s0);
    }

    static double statistic(double[] z, double[][] w, double s0, double m2) {
        int n = z.length;
        double cross = 0;
        for (int i = 0; i < n; i++) {
            double lag = 0;
            double[] row = w[i];
            for (int j = 0; j < n; j++) lag += row[j] * z[j];
            cross += z[i] * lag;
        }
        return n / s0 * cross / m2;
    }

    static double[] deviations(double[] x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.length;
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) z[i] = x[i] - mean;
        return z;
    }

    /** Fisher–Yates shuffle. */
    static void shuffle(double[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
}
