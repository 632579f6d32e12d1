package kz.aimaq.core.classify;

/**
 * No classes: the map colours each region along a continuous ramp by
 * {@link Classification#position(double)}. The result has one "class" (upper bound the maximum)
 * holding every value, so counts, minimum and maximum are still there for the legend.
 */
public final class Unclassed {
    private Unclassed() {}

    public static Classification classify(double[] values) {
        double[] sorted = Values.sortedData(values);
        return ClassFit.of(ClassificationMethod.UNCLASSED, sorted, new double[]{sorted[sorted.length - 1]});
    }
}
