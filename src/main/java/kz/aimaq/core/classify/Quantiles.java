package kz.aimaq.core.classify;

/**
 * Quantile classes: each holds about the same number of values.
 *
 * <p>As mapclassify's {@code quantile}: the breaks are the 100·j/k-th percentiles (j = 1..k) with
 * linear interpolation between order statistics (numpy/scipy's default), and repeated percentiles
 * are merged, so heavily tied data gives fewer than k classes rather than empty ones. Never fails
 * for lack of distinct values; a constant data set gives a single class.
 */
public final class Quantiles {
    private Quantiles() {}

    public static Classification classify(double[] values, int k) {
        double[] sorted = Values.sortedData(values);
        return ClassFit.of(ClassificationMethod.QUANTILE, sorted, breaks(sorted, k));
    }

    /** Upper bounds (before merging ties) for ascending finite values. */
    static double[] breaks(double[] sorted, int k) {
        Values.requireK(k);
        double[] q = new double[k];
        for (int j = 1; j <= k; j++) {
            q[j - 1] = j == k ? sorted[sorted.length - 1] : percentile(sorted, 100.0 * j / k);
        }
        return q;
    }

    /** The p-th percentile (0..100), linear between the two nearest ranks: index p/100·(n−1). */
    static double percentile(double[] sorted, double p) {
        double idx = p / 100.0 * (sorted.length - 1);
        int i = (int) Math.floor(idx);
        if (i >= sorted.length - 1) return sorted[sorted.length - 1];
        double frac = idx - i;
        return frac == 0 ? sorted[i] : sorted[i] + (sorted[i + 1] - sorted[i]) * frac;
    }
}
