package kz.aimaq.core.classify;

import java.util.Arrays;

/**
 * Maximum breaks: sort the values and put a break in the middle of each of the k − 1 widest gaps
 * between neighbours (mapclassify's {@code MaximumBreaks}); the last break is the maximum.
 *
 * <p>Needs at least k different values (else there are fewer than k − 1 real gaps). mapclassify
 * then only warns "breaks are random"; we refuse instead, with its "not enough unique values"
 * message, because a break placed in a zero-width gap would sit on a data value. Among gaps of
 * equal width the later one wins, as numpy's stable sort does on small arrays.
 */
public final class MaximumBreaks {
    private MaximumBreaks() {}

    public static Classification classify(double[] values, int k) {
        double[] sorted = Values.sortedData(values);
        return ClassFit.of(ClassificationMethod.MAXIMUM_BREAKS, sorted, breaks(sorted, k));
    }

    static double[] breaks(double[] sorted, int k) {
        Values.requireK(k);
        Values.requireDistinct(sorted, k);
        int n = sorted.length;
        Integer[] gapAt = new Integer[n - 1];
        for (int i = 0; i < n - 1; i++) gapAt[i] = i;
        // widest first; equal widths: higher index first
        Arrays.sort(gapAt, (a, b) -> {
            int c = Double.compare(sorted[b + 1] - sorted[b], sorted[a + 1] - sorted[a]);
            return c != 0 ? c : Integer.compare(b, a);
        });
        double[] cuts = new double[k];
        for (int c = 0; c < k - 1; c++) {
            int i = gapAt[c];
            cuts[c] = (sorted[i] + sorted[i + 1]) / 2.0;
        }
        cuts[k - 1] = sorted[n - 1];
        Arrays.sort(cuts);
        return cuts;
    }
}
