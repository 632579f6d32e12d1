package kz.aimaq.core.workspace;

import java.util.List;

/**
 * One saved view of a workshop: what the map showed when the planner kept it, so the views can
 * be stepped through on a projector and exported as slides. Kept in the project file
 * ({@code views}, format version 2).
 *
 * @param name            the planner's name for the view ("Poverty 2024 by macro-region")
 * @param map             indicator, year, level and classes (method, number, palette, breaks, labels)
 * @param todaysTerritory true when older years were shown on today's regions
 * @param grouping        id of the macro-region grouping drawn over the map, or null for none
 * @param layers          the layers that were visible above the indicator layer (id and kind), bottom first
 * @param scenario        the name of the scenario whose map was shown, or null
 */
public record SavedView(String name, MapSettings map, boolean todaysTerritory, String grouping, List<Layer> layers,
                        String scenario) {

    /** A visible layer: its id in the layer list ({@code analysis:lisa}, {@code groups}) and kind ({@code ANALYSIS}, {@code GROUPS}). */
    public record Layer(String id, String kind) {}

    public SavedView {
        name = name == null ? "" : name;
        if (map == null) map = MapSettings.defaults("en");
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    public SavedView withName(String n) { return new SavedView(n, map, todaysTerritory, grouping, layers, scenario); }
}
