package kz.aimaq.core.map;

import java.util.Arrays;

/**
 * Class breaks for a change or difference map, symmetric around zero in an odd number k of
 * classes. M is the largest absolute value rounded up to a readable number. The middle class
 * (−h, +h] with h = M/20 (rounded) holds "no change" and takes the palette's neutral colour;
 * each side splits (h, M] into (k−1)/2 equal classes. So a gain is never drawn in a loss colour,
 * equal gains and losses get mirror colours, and small changes are not lost in a wide white class.
 */
public final class DivergingBreaks {
    private DivergingBreaks() {}

    /** Upper bounds, ascending, the last equal to +M. */
    public static double[] symmetric(double[] values, int k) {
        if (k < 3 || k % 2 == 0) throw new IllegalArgumentException("a diverging scale needs an odd number of classes ≥ 3, got " + k);
        double m = Arrays.stream(values).filter(Double::isFinite).map(Math::abs).max().orElse(0);
        m = niceCeiling(m == 0 ? 1 : m);
        double h = niceCeiling(m / 20);
        int side = (k - 1) / 2;
        double w = (m - h) / side;
        double[] breaks = new double[k];
        for (int j = 0; j < side; j++) breaks[j] = -m + w * (j + 1);   // upper bounds of the loss classes
        breaks[side - 1] = -h;
        breaks[side] = h;                                               // the neutral class (−h, h]
        for (int j = 1; j <= side; j++) breaks[side + j] = h + w * j;
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
