package kz.aimaq.core.classify;

/**
 * Classes of equal width: the range max − min cut into k equal steps (mapclassify's
 * {@code EqualInterval}). Classes may be empty when the data are skewed; that is the point of the
 * method (the map shows where values are, on a uniform scale).
 *
 * <p>Fails only when every value is the same (there is no range to cut).
 */
public final class EqualInterval {
    private EqualInterval() {}

    public static Classification classify(double[] values, int k) {
        double[] sorted = Values.sortedData(values);
        return ClassFit.of(ClassificationMethod.EQUAL_INTERVAL, sorted, breaks(sorted, k));
    }

    static double[] breaks(double[] sorted, int k) {
        Values.requireK(k);
        double min = sorted[0], max = sorted[sorted.length - 1];
        if (min == max) throw Values.notEnoughUnique(k);
        double width = (max - min) / k;
        double[] cuts = new double[k];
        for (int j = 0; j < k - 1; j++) cuts[j] = min + width * (j + 1);
        cuts[k - 1] = max;   // exactly the maximum, not min + k·width with its rounding error
        return cuts;
    }
}
