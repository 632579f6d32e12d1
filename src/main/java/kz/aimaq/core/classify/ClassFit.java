package kz.aimaq.core.classify;

import java.util.Arrays;

/**
 * The one place that turns breaks into a {@link Classification}: it bins the values (upper bounds,
 * lower &lt; y &lt;= upper, the first class from minus infinity), counts them and measures the fit.
 * Every classifier computes only its breaks and ends here, so counts, GVF and ADCM mean the same
 * thing for every method.
 */
final class ClassFit {
    private ClassFit() {}

    /**
     * @param sorted finite values in ascending order (at least one)
     * @param breaks ascending upper bounds; repeated breaks are merged first (mapclassify's
     *               {@code np.unique} on quantiles), so no class is defined twice
     */
    static Classification of(ClassificationMethod method, double[] sorted, double[] breaks) {
        double[] bins = Arrays.stream(breaks).sorted().distinct().toArray();
        int k = bins.length;
        int n = sorted.length;
        int[] counts = new int[k];
        // class boundaries as index ranges: class j holds sorted[start[j] .. start[j+1]-1]
        int[] start = new int[k + 1];
        int i = 0;
        for (int j = 0; j < k; j++) {
            start[j] = i;
            while (i < n && (sorted[i] <= bins[j] || j == k - 1)) i++;   // above the last break: top class
            counts[j] = i - start[j];
        }
        start[k] = n;

        double mean = 0;
        for (double v : sorted) mean += v;
        mean /= n;
        double sdam = 0;
        for (double v : sorted) sdam += (v - mean) * (v - mean);

        double sdcm = 0, adcm = 0;
        for (int j = 0; j < k; j++) {
            int from = start[j], to = start[j + 1];
            if (from == to) continue;
            double classMean = 0;
            for (int t = from; t < to; t++) classMean += sorted[t];
            classMean /= (to - from);
            double median = median(sorted, from, to);
            for (int t = from; t < to; t++) {
                sdcm += (sorted[t] - classMean) * (sorted[t] - classMean);
                adcm += Math.abs(sorted[t] - median);
            }
        }
        double gvf = sdam == 0 ? 1.0 : 1.0 - sdcm / sdam;
        return new Classification(method, bins, counts, sorted[0], sorted[n - 1], gvf, adcm);
    }

    /** Median of sorted[from, to), the mean of the two middle values when the count is even. */
    static double median(double[] sorted, int from, int to) {
        int m = to - from;
        int mid = from + m / 2;
        return m % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
