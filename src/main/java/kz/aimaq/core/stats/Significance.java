package kz.aimaq.core.stats;

import kz.aimaq.core.i18n.InvalidInputException;
/**
 * The classes of a significance map (GeoDa's, beside the LISA cluster map): the pseudo p-value of
 * each region in bands 0.05, 0.01, 0.001, greens darker as p falls. Only bands at or below the
 * chosen α are shown; the rest is "not significant". Labels come from the bundles under
 * {@link #key()}.
 */
public enum Significance {
    NOT_SIGNIFICANT(0, 1, "#EEEEEE", "stats.significance.none"),
    P05(1, 0.05, "#4BFF50", "stats.significance.p05"),
    P01(2, 0.01, "#06C40B", "stats.significance.p01"),
    P001(3, 0.001, "#037406", "stats.significance.p001");

    private final int code;
    private final double level;
    private final String color, key;

    Significance(int code, double level, String color, String key) {
        this.code = code; this.level = level; this.color = color; this.key = key;
    }

    public int code() { return code; }
    /** The band's upper bound on p. */
    public double level() { return level; }
    public String color() { return color; }
    /** Bundle key of the label. */
    public String key() { return key; }

    /** The α values the user may choose. */
    public static final double[] ALPHAS = {0.05, 0.01, 0.001};

    /** @throws IllegalArgumentException unless alpha is 0.05, 0.01 or 0.001 */
    public static double checkAlpha(double alpha) {
        for (double a : ALPHAS) if (a == alpha) return alpha;
        throw new InvalidInputException("core.stats.alpha", Double.toString(alpha));
    }

    /** The band of a pseudo p-value under α (NaN, e.g. a region without neighbours, is not significant). */
    public static Significance of(double p, double alpha) {
        if (Double.isNaN(p) || p > alpha) return NOT_SIGNIFICANT;
        if (p <= 0.001) return P001;
        if (p <= 0.01) return P01;
        return P05;
    }
}
