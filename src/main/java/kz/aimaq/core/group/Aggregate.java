package kz.aimaq.core.group;

import java.util.List;

/**
 * One value for a group of regions, or the honest absence of one: when any member (or its weight)
 * has no value for the year, the value is NaN and {@code missing} lists those members. A partial
 * sum is never passed off as the group's total.
 *
 * @param missing two-digit KATO codes of members without a value, empty when complete
 */
public record Aggregate(double value, List<String> missing) {
    public Aggregate {
        missing = List.copyOf(missing);
        if (!missing.isEmpty()) value = Double.NaN;
    }

    public static Aggregate of(double value) { return new Aggregate(value, List.of()); }

    public boolean complete() { return missing.isEmpty() && !Double.isNaN(value); }
}
