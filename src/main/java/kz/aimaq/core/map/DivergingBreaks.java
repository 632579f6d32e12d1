package kz.aimaq.core.map;

import java.util.Arrays;

/**
 * Class breaks for a change or difference map: k (odd) equal classes from −M to +M, where M is
 * the largest absolute value rounded up to a readable number. The middle class is (−w/2, +w/2]
 * and contains zero, so "no change" always gets the palette's neutral colour and a gain is never
 * drawn in a loss colour, whatever the spread of the values.
 */
public final class DivergingBreaks {
    private DivergingBreaks() {}

    /** Upper bounds, ascending, the last equal to +M. */
    public static double[] symmetric(double[] values, int k) {
        if (k < 3 || k % 2 == 0) throw new IllegalArgumentException("a diverging scale needs an odd number of classes ≥ 3, got " + k);
        double m = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).max().orElse(0);
        m = niceCeiling(m == 0 ? 1 : m);
        double w = 2 * m / k;
        double[] breaks = new double[k];
        for (int j = 0; j < k; j++) breaks[j] = -m + w * (j + 1);
        breaks[k - 1] = m;
        return breaks;
    }

    /** 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten, at or above x. */
    static double niceCeiling(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double f : new double[]{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) if (f * p >= x * (1 - 1e-12)) return f * p;
        return 10 * p;
    }
}
