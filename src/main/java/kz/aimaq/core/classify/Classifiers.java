package kz.aimaq.core.classify;

/**
 * The entry point for the map: classify values by any {@link ClassificationMethod}.
 *
 * <p>Conventions (PySAL mapclassify's, whose published results the tests reproduce):
 * <ul>
 *   <li>NaN is "no data" and is left out; {@link #noDataCount(double[])} counts it for the legend.</li>
 *   <li>Breaks are class upper bounds: lower &lt; y &lt;= upper, the first class includes the minimum.</li>
 *   <li>Too few different values for k classes is an {@link IllegalArgumentException} saying
 *       "Not enough unique values in array to form k classes." — except that quantiles merge tied
 *       breaks into fewer classes, and equal intervals may leave classes empty, as mapclassify does.</li>
 * </ul>
 */
public final class Classifiers {
    private Classifiers() {}

    /** Class counts the UI offers (the ColorBrewer schemes have 3 to 9 colours). */
    public static final int MIN_UI_CLASSES = 3, MAX_UI_CLASSES = 9;

    /**
     * @param k            requested classes, at least 2 (the UI offers 3..9); ignored by stddev,
     *                     manual and unclassed
     * @param manualBreaks upper bounds for {@link ClassificationMethod#MANUAL}; ignored otherwise
     * @throws IllegalArgumentException with a message for the user (no data, k too small, too few
     *                                  distinct values, bad manual breaks)
     */
    public static Classification classify(ClassificationMethod m, double[] values, int k, double[] manualBreaks) {
        return switch (m) {
            case QUANTILE -> Quantiles.classify(values, k);
            case EQUAL_INTERVAL -> EqualInterval.classify(values, k);
            case NATURAL_BREAKS -> NaturalBreaks.classify(values, k);
            case STD_MEAN -> StdMean.classify(values);
            case MAXIMUM_BREAKS -> MaximumBreaks.classify(values, k);
            case MANUAL -> ManualBreaks.classify(values, manualBreaks);
            case UNCLASSED -> Unclassed.classify(values);
        };
    }

    /** How many values are NaN (regions without data), for the legend's "no data" entry. */
    public static int noDataCount(double[] values) {
        int c = 0;
        for (double v : values) if (Double.isNaN(v)) c++;
        return c;
    }
}
