package kz.aimaq.core.workspace;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.render.ChoroplethSpec;

import java.util.List;

/**
 * How the map was set up when the work was saved: what it shows and how it is classified.
 * Enum-like fields are stored as the words the CLI uses ({@code oblast}, {@code quantile}), so a
 * planner can read and edit a workspace file by hand.
 *
 * @param level          {@code oblast} or {@code district}
 * @param indicator      indicator id ({@code grp_per_capita}, or an imported indicator's id)
 * @param method         classification method id ({@code quantile}, {@code jenks}, ...)
 * @param palette        ColorBrewer palette id, or null for the default chosen from the indicator
 * @param manualBreaks   upper bounds of the classes when {@code method} is {@code manual}, else empty
 * @param language       {@code kk}, {@code ru} or {@code en}: the language of labels and legends
 */
public record MapSettings(String level, String indicator, int year, String method, int classes, String palette,
                          boolean reversePalette, List<Double> manualBreaks, boolean labels, String language) {

    public MapSettings {
        manualBreaks = manualBreaks == null ? List.of() : List.copyOf(manualBreaks);
    }

    /**
     * The classification these settings ask for, made from {@code current}: a method this build
     * does not know, or no class count, keeps the current one; the language stays the current one
     * (the interface language is the user's choice, not the file's).
     */
    public ChoroplethSpec spec(ChoroplethSpec current) {
        ClassificationMethod m;
        try {
            m = ClassificationMethod.fromId(method);
        } catch (IllegalArgumentException e) {
            m = current.method();
        }
        double[] breaks = manualBreaks.isEmpty() ? null : manualBreaks.stream().mapToDouble(Double::doubleValue).toArray();
        return new ChoroplethSpec(m, classes > 0 ? classes : current.classes(), palette, reversePalette, breaks, current.lang(), labels);
    }

    /** What a new, empty workspace shows: the app's start-up map. */
    public static MapSettings defaults(String language) {
        return new MapSettings("oblast", "grp_per_capita", 2024, "quantile", 5, null, false, List.of(), true, language);
    }
}
