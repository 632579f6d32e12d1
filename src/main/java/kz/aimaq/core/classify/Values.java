package kz.aimaq.core.classify;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.Arrays;

/** Input checks shared by the classifiers: drop no-data, refuse what cannot be drawn, sort. */
final class Values {
    private Values() {}

    /**
     * The finite values, ascending. NaN means "no data" and is left out.
     * @throws IllegalArgumentException for infinite values or when nothing is left to classify
     */
    static double[] sortedData(double[] values) {
        if (values == null) throw new InvalidInputException("core.classify.noValues");
        double[] kept = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        for (double v : kept) {
            if (Double.isInfinite(v)) throw new InvalidInputException("core.classify.infinite", v);
        }
        if (kept.length == 0) throw new InvalidInputException("core.classify.allMissing");
        Arrays.sort(kept);
        return kept;
    }

    /** Number of different values in an ascending array. */
    static int distinct(double[] sorted) {
        int d = sorted.length == 0 ? 0 : 1;
        for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[i - 1]) d++;
        return d;
    }

    static void requireK(int k) {
        if (k < 2) throw new InvalidInputException("core.classify.tooFewClasses", k);
    }

    /** mapclassify's error, word for word, so users and tests recognise it. */
    static IllegalArgumentException notEnoughUnique(int k) {
        return new InvalidInputException("core.classify.notEnoughUnique", k);
    }

    /** Fails when fewer than k different values exist (methods whose k breaks must all differ). */
    static void requireDistinct(double[] sorted, int k) {
        if (distinct(sorted) < k) throw notEnoughUnique(k);
    }
}
