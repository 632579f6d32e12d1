package kz.aimaq.core.classify;

/**
 * Standard-deviation classes: breaks at mean − 2s, mean − s, mean + s, mean + 2s (s the sample
 * standard deviation, n − 1 in the denominator), plus the maximum when it lies above mean + 2s;
 * mapclassify's {@code StdMean} with its default multiples. Gives 4 or 5 classes whatever k was
 * asked; the outer classes are often empty, which tells the reader there are no outliers there.
 *
 * <p>Fails when every value is the same (no spread to measure).
 */
public final class StdMean {
    private StdMean() {}

    /** The multiples of the standard deviation that make the breaks. */
    static final double[] MULTIPLES = {-2, -1, 1, 2};

    public static Classification classify(double[] values) {
        double[] sorted = Values.sortedData(values);
        return ClassFit.of(ClassificationMethod.STD_MEAN, sorted, breaks(sorted));
    }

    static double[] breaks(double[] sorted) {
        int n = sorted.length;
        if (n < 2 || sorted[0] == sorted[n - 1]) throw Values.notEnoughUnique(MULTIPLES.length + 1);
        double mean = 0;
        for (double v : sorted) mean += v;
        mean /= n;
        double ss = 0;
        for (double v : sorted) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double max = sorted[n - 1];
        double top = mean + sd * MULTIPLES[MULTIPLES.length - 1];
        double[] cuts = new double[top < max ? MULTIPLES.length + 1 : MULTIPLES.length];
        for (int j = 0; j < MULTIPLES.length; j++) cuts[j] = mean + sd * MULTIPLES[j];
        if (top < max) cuts[MULTIPLES.length] = max;
        return cuts;
    }
}
