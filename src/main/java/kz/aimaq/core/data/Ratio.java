package kz.aimaq.core.data;

/**
 * An indicator defined as a ratio of two others: value = numerator / denominator × factor
 * (GRP per capita = grp / population_avg × 1000, in thousand KZT). Used to aggregate such
 * indicators over several regions by the ratio of sums, which is exact, instead of a weighted
 * mean of rounded ratios; {@code derived} says whether Aimaq also computes the values itself
 * (an indicator the sources do not publish as a rate).
 */
public record Ratio(String indicator, String numerator, String denominator, double factor, boolean derived) {

    @Override
    public String toString() {
        String f = factor == 1 ? "" : " × " + (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor));
        return numerator + " / " + denominator + f;
    }
}
