package kz.aimaq.core.stats;


import java.util.List;

/**
 * Regional inequality measures as pure functions of per-capita values {@code y} and populations
 * {@code n} (same length, same region order). None depends on the order of the regions, and none
 * allocates more than a few small arrays, so the Monte Carlo loop can call them every simulated year.
 *
 * <p>Conventions: the national average is ȳ = Σ n_i y_i / Σ n_i (i.e. ΣY/ΣN); population shares
 * p_i = n_i/Σn; income (GRP) shares s_i = n_i y_i / Σ n_j y_j. Standard deviations are population
 * standard deviations (divide by the count, not count − 1): the 20 regions are the whole population
 * of regions, not a sample. Zero-income regions contribute 0 to Theil (the limit of s ln s).
 */
public final class Inequality {
    private Inequality() {}

    /** Population-weighted mean ȳ = Σ n_i y_i / Σ n_i. */
    public static double weightedMean(double[] y, double[] n) {
        double sy = 0, sn = 0;
        for (int i = 0; i < y.length; i++) { sy += n[i] * y[i]; sn += n[i]; }
        return sy / sn;
    }

    /** Unweighted Gini: Σ_i Σ_j |y_i − y_j| / (2 k² μ), k regions, μ their plain mean. */
    public static double gini(double[] y) {
        int k = y.length;
        double mean = 0;
        for (double v : y) mean += v;
        mean /= k;
        double s = 0;
        for (int i = 0; i < k; i++) for (int j = i + 1; j < k; j++) s += Math.abs(y[i] - y[j]);
        return 2 * s / (2.0 * k * k * mean);
    }

    /** Population-weighted Gini: Σ_i Σ_j p_i p_j |y_i − y_j| / (2 ȳ). */
    public static double giniWeighted(double[] y, double[] n) {
        double total = 0;
        for (double v : n) total += v;
        double mean = weightedMean(y, n);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = i + 1; j < y.length; j++) s += n[i] * n[j] * Math.abs(y[i] - y[j]);
        }
        return 2 * s / (total * total) / (2 * mean);
    }

    /** Theil T = Σ s_i ln(s_i/p_i). 0 when every region has the national average. */
    public static double theil(double[] y, double[] n) {
        double sy = 0, sn = 0;
        for (int i = 0; i < y.length; i++) { sy += n[i] * y[i]; sn += n[i]; }
        double t = 0;
        for (int i = 0; i < y.length; i++) {
            double s = n[i] * y[i] / sy, p = n[i] / sn;
            if (s > 0) t += s * Math.log(s / p);
        }
        return t;
    }

    /**
     * Theil T with its exact between/within split for a grouping.
     *
     * @param group group label of each region, 0 ≤ label; regions with the same label form one group
     */
    public static TheilDecomposition theil(double[] y, double[] n, int[] group) {
        int g = 0;
        for (int l : group) g = Math.max(g, l + 1);
        double[] gs = new double[g], gp = new double[g];
        double sy = 0, sn = 0;
        for (int i = 0; i < y.length; i++) { sy += n[i] * y[i]; sn += n[i]; }
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double s = n[i] * y[i] / sy, p = n[i] / sn;
            gs[group[i]] += s;
            gp[group[i]] += p;
            if (s > 0) total += s * Math.log(s / p);
        }
        double between = 0;
        for (int k = 0; k < g; k++) if (gs[k] > 0) between += gs[k] * Math.log(gs[k] / gp[k]);
        // Within = Σ_g S_g T_g, with T_g the Theil of the group's own regions against the group's
        // totals; written out (not as total − between) so the identity is a real check.
        double within = 0;
        for (int i = 0; i < y.length; i++) {
            double s = n[i] * y[i] / sy, p = n[i] / sn;
            int k = group[i];
            if (s > 0) within += s * Math.log((s / gs[k]) / (p / gp[k]));
        }
        return new TheilDecomposition(total, between, within);
    }

    /** Williamson index: sqrt(Σ p_i (y_i − ȳ)²) / ȳ, the population-weighted coefficient of variation. */
    public static double williamson(double[] y, double[] n) {
        double sn = 0;
        for (double v : n) sn += v;
        double mean = weightedMean(y, n), v = 0;
        for (int i = 0; i < y.length; i++) v += n[i] / sn * (y[i] - mean) * (y[i] - mean);
        return Math.sqrt(v) / mean;
    }

    /** Unweighted coefficient of variation: population standard deviation of y over its plain mean. */
    public static double cv(double[] y) {
        double mean = 0;
        for (double v : y) mean += v;
        mean /= y.length;
        double var = 0;
        for (double v : y) var += (v - mean) * (v - mean);
        return Math.sqrt(var / y.length) / mean;
    }

    /** Highest y over lowest y. */
    public static double maxMinRatio(double[] y) {
        double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        for (double v : y) { max = Math.max(max, v); min = Math.min(min, v); }
        return max / min;
    }

    /** Number of regions whose y is strictly below the national average ΣY/ΣN. */
    public static int regionsBelowAverage(double[] y, double[] n) {
        double mean = weightedMean(y, n);
        int c = 0;
        for (double v : y) if (v < mean) c++;
        return c;
    }

    /** Population standard deviation of ln y across regions (unweighted): σ in σ-convergence. */
    public static double sdLog(double[] y) {
        double mean = 0;
        for (double v : y) mean += Math.log(v);
        mean /= y.length;
        double var = 0;
        for (double v : y) { double d = Math.log(v) - mean; var += d * d; }
        return Math.sqrt(var / y.length);
    }

    /**
     * Population-weighted Atkinson index A_ε = 1 − EDE/ȳ, with the equally distributed equivalent
     * EDE = (Σ p_i y_i^(1−ε))^(1/(1−ε)), or exp(Σ p_i ln y_i) at ε = 1. ε = 0 gives 0.
     */
    public static double atkinson(double[] y, double[] n, double epsilon) {
        return 1 - equallyDistributedEquivalent(y, n, epsilon) / weightedMean(y, n);
    }

    /** ȳ·(1 − A_ε): the per-capita income that, shared equally, is as good as the actual distribution. */
    public static double equallyDistributedEquivalent(double[] y, double[] n, double epsilon) {
        if (epsilon < 0) throw new IllegalArgumentException("inequality aversion ε must be ≥ 0, got " + epsilon);
        double sn = 0;
        for (double v : n) sn += v;
        if (Math.abs(epsilon - 1) < 1e-12) {
            double s = 0;
            for (int i = 0; i < y.length; i++) s += n[i] / sn * Math.log(y[i]);
            return Math.exp(s);
        }
        double e = 1 - epsilon, s = 0;
        for (int i = 0; i < y.length; i++) s += n[i] / sn * Math.pow(y[i], e);
        return Math.pow(s, 1 / e);
    }

    /** All measures at once, Theil split by {@code group} (labels as {@code Grouping.labels} gives them). */
    public static InequalityMeasures measures(double[] y, double[] n, int[] group) {
        TheilDecomposition t = theil(y, n, group);
        return new InequalityMeasures(gini(y), giniWeighted(y, n), t.total(), t.between(), t.within(),
                williamson(y, n), cv(y), maxMinRatio(y), regionsBelowAverage(y, n), sdLog(y));
    }

}
