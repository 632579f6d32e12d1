package kz.aimaq.core.classify;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a choropleth's values are cut into classes. The ids are short, stable words used by the CLI,
 * saved workspaces and the UI.
 */
public enum ClassificationMethod {
    /** Equal numbers of regions per class ({@link Quantiles}). */
    QUANTILE("quantile"),
    /** Classes of equal width between the minimum and the maximum ({@link EqualInterval}). */
    EQUAL_INTERVAL("equal"),
    /** Fisher–Jenks optimal breaks, minimising the variance within classes ({@link NaturalBreaks}). */
    NATURAL_BREAKS("jenks"),
    /** Mean ± 1 and 2 standard deviations ({@link StdMean}); ignores the requested class count. */
    STD_MEAN("stddev"),
    /** Breaks in the k − 1 widest gaps between sorted values ({@link MaximumBreaks}). */
    MAXIMUM_BREAKS("maxbreaks"),
    /** Breaks the user typed ({@link ManualBreaks}). */
    MANUAL("manual"),
    /** No classes: a continuous colour ramp from the minimum to the maximum ({@link Unclassed}). */
    UNCLASSED("unclassed");

    private final String id;

    ClassificationMethod(String id) { this.id = id; }

    public String id() { return id; }

    /** Whether the requested class count k shapes the result (not for stddev, manual, unclassed). */
    public boolean usesClassCount() {
        return this == QUANTILE || this == EQUAL_INTERVAL || this == NATURAL_BREAKS || this == MAXIMUM_BREAKS;
    }

    /**
     * The method with that id (case-insensitive).
     * @throws IllegalArgumentException listing the valid ids
     */
    public static ClassificationMethod fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ClassificationMethod m : values()) {
            if (m.id.equals(wanted)) return m;
        }
        throw new InvalidInputException("core.classify.unknownMethod", id,
                Arrays.stream(values()).map(ClassificationMethod::id).collect(Collectors.joining(", ")));
    }
}
