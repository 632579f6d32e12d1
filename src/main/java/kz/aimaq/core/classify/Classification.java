package kz.aimaq.core.classify;

import java.util.Arrays;

/**
 * The result of classifying a set of values: class upper bounds, how many values fell in each
 * class, the range, and how well the classes fit the data.
 *
 * <p>Breaks are upper bounds, as in PySAL mapclassify: a value y is in class j when
 * {@code breaks[j-1] < y <= breaks[j]}; the first class takes everything up to {@code breaks[0]}
 * (so it includes the minimum). A value equal to a break therefore goes in the lower class.
 *
 * @param breaks class upper bounds, strictly ascending; the last is the maximum of the data
 *               (or above it, for {@link ClassificationMethod#STD_MEAN} and manual breaks)
 * @param counts values per class, lowest class first; same length as breaks
 * @param min    smallest value classified
 * @param max    largest value classified
 * @param gvf    Jenks' goodness of variance fit, 1 − SDCM/SDAM (1 = classes explain all variance)
 * @param adcm   sum of absolute deviations around class medians (mapclassify's fit figure; lower is better)
 */
public record Classification(ClassificationMethod method, double[] breaks, int[] counts,
                             double min, double max, double gvf, double adcm) {

    public Classification {
        if (breaks.length == 0 || breaks.length != counts.length) {
            throw new IllegalArgumentException("a classification needs one count per break, got "
                    + breaks.length + " breaks and " + counts.length + " counts");
        }
        for (int i = 1; i < breaks.length; i++) {
            if (!(breaks[i] > breaks[i - 1])) {
                throw new IllegalArgumentException("breaks must be strictly ascending: " + Arrays.toString(breaks));
            }
        }
        breaks = breaks.clone();
        counts = counts.clone();
    }

    /** Number of classes. */
    public int k() { return breaks.length; }

    /** Number of values classified (no-data values are not counted). */
    public int n() { return Arrays.stream(counts).sum(); }

    /**
     * The class of a value, 0 for the lowest: the first class whose upper bound is at least v.
     * Values below the first break fall in class 0, values above the last one in the top class
     * (as mapclassify's {@code find_bin}), so a value added after classifying still gets a colour.
     * @return the class index, or −1 for NaN (no data)
     */
    public int classOf(double v) {
        if (Double.isNaN(v)) return -1;
        int lo = 0, hi = breaks.length - 1;
        if (v > breaks[hi]) return hi;
        while (lo < hi) {            // first index with breaks[i] >= v
            int mid = (lo + hi) >>> 1;
            if (breaks[mid] >= v) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /**
     * Where a value sits between the minimum and maximum, in [0, 1]: the colour-ramp position of an
     * unclassed map. Values outside the range are clamped; a constant data set maps to 0.5.
     * @return the position, or NaN for NaN (no data)
     */
    public double position(double v) {
        if (Double.isNaN(v)) return Double.NaN;
        if (!(max > min)) return 0.5;
        return Math.clamp((v - min) / (max - min), 0.0, 1.0);
    }

    /** Lower bound shown for class j: the previous break, or the minimum for the first class. */
    public double lower(int j) { return j == 0 ? Math.min(min, breaks[0]) : breaks[j - 1]; }

    /** Upper bound of class j. */
    public double upper(int j) { return breaks[j]; }

    @Override public double[] breaks() { return breaks.clone(); }

    @Override public int[] counts() { return counts.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof Classification c && c.method == method && Arrays.equals(c.breaks, breaks)
                && Arrays.equals(c.counts, counts) && Double.compare(c.min, min) == 0 && Double.compare(c.max, max) == 0
                && Double.compare(c.gvf, gvf) == 0 && Double.compare(c.adcm, adcm) == 0;
    }

    @Override public int hashCode() {
        return (method.hashCode() * 31 + Arrays.hashCode(breaks)) * 31 + Arrays.hashCode(counts);
    }

    @Override public String toString() {
        return "Classification[" + method.id() + ", breaks=" + Arrays.toString(breaks) + ", counts="
                + Arrays.toString(counts) + ", min=" + min + ", max=" + max + ", gvf=" + gvf + ", adcm=" + adcm + "]";
    }
}
