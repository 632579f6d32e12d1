package kz.aimaq.core.classify;

/**
 * Natural breaks by Fisher's exact method (Fisher 1958; Jenks 1977), as mapclassify's
 * {@code FisherJenks}: of all ways to cut the sorted values into k runs, the one with the smallest
 * total within-class sum of squared deviations. Dynamic programming, O(k·n²) time and O(k·n)
 * memory: fine for the 20 regions and for a few thousand districts.
 *
 * <p>Needs at least k different values. When two cuttings are equally good the one whose upper
 * class starts earliest wins, as in mapclassify's loop.
 */
public final class NaturalBreaks {
    private NaturalBreaks() {}

    public static Classification classify(double[] values, int k) {
        double[] sorted = Values.sortedData(values);
        return ClassFit.of(ClassificationMethod.NATURAL_BREAKS, sorted, breaks(sorted, k));
    }

    static double[] breaks(double[] x, int k) {
        Values.requireK(k);
        Values.requireDistinct(x, k);
        int n = x.length;
        // Prefix sums of values centred on their mean, so sums of squares stay accurate for
        // large values (populations in millions).
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        double[] s1 = new double[n + 1], s2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double c = x[i] - mean;
            s1[i + 1] = s1[i] + c;
            s2[i + 1] = s2[i] + c * c;
        }
        // cost[j][l]: least sum of squares putting x[0..l] in j+1 classes; first[j][l]: where the last of them starts
        double[][] cost = new double[k][n];
        int[][] first = new int[k][n];
        for (int l = 0; l < n; l++) cost[0][l] = ssd(s1, s2, 0, l);
        for (int j = 1; j < k; j++) {
            for (int l = j; l < n; l++) {
                double best = Double.POSITIVE_INFINITY;
                int bestStart = l;
                for (int s = l; s >= j; s--) {       // last class is x[s..l]
                    double c = cost[j - 1][s - 1] + ssd(s1, s2, s, l);
                    if (c <= best) { best = c; bestStart = s; }
                }
                cost[j][l] = best;
                first[j][l] = bestStart;
            }
        }
        double[] breaks = new double[k];
        breaks[k - 1] = x[n - 1];
        int l = n - 1;
        for (int j = k - 1; j >= 1; j--) {
            int s = first[j][l];
            breaks[j - 1] = x[s - 1];
            l = s - 1;
        }
        return breaks;
    }

    /** Sum of squared deviations from their mean of x[a..b] (inclusive), from prefix sums. */
    private static double ssd(double[] s1, double[] s2, int a, int b) {
        int m = b - a + 1;
        double sum = s1[b + 1] - s1[a];
        double v = (s2[b + 1] - s2[a]) - sum * sum / m;
        return v > 0 ? v : 0;
    }
}
