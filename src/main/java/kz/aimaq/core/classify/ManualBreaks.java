package kz.aimaq.core.classify;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.Arrays;

/**
 * Breaks the user chose (mapclassify's {@code UserDefined}): upper bounds, strictly ascending. When
 * the last one is below the largest value, the maximum is added as a last break so every value
 * has a class.
 */
public final class ManualBreaks {
    private ManualBreaks() {}

    public static Classification classify(double[] values, double[] manualBreaks) {
        double[] sorted = Values.sortedData(values);
        return ClassFit.of(ClassificationMethod.MANUAL, sorted, breaks(sorted, manualBreaks));
    }

    static double[] breaks(double[] sorted, double[] manual) {
        if (manual == null || manual.length == 0) {
            throw new InvalidInputException("core.classify.noBreaks");
        }
        for (int i = 0; i < manual.length; i++) {
            if (!Double.isFinite(manual[i])) throw new InvalidInputException("core.classify.breakNaN", i + 1, manual[i]);
            if (i > 0 && !(manual[i] > manual[i - 1])) {
                throw new InvalidInputException("core.classify.breaksIncrease", manual[i - 1], manual[i]);
            }
        }
        double max = sorted[sorted.length - 1];
        if (manual[manual.length - 1] >= max) return manual.clone();
        double[] withMax = Arrays.copyOf(manual, manual.length + 1);
        withMax[manual.length] = max;
        return withMax;
    }
}
