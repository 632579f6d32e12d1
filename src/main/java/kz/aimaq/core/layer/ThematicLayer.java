package kz.aimaq.core.layer;

import java.util.List;

/**
 * A map as a layer: features with their figures and the classes that colour them.
 *
 * @param name       table / layer name, letters, digits and underscores ({@code grp_per_capita_2024})
 * @param title      what the layer shows, in the layer's language ("GRP per capita, 2024")
 * @param unit       the value's unit in the layer's language
 * @param decimals   decimals the indicator is published with
 * @param noDataRgb  the fill of units without data
 * @param notes      source, territory, classification method, grouping (for descriptions)
 * @param grouped    true when {@link LayerFeature#macroRegion()} was asked for
 */
public record ThematicLayer(String name, String title, String unit, int decimals, List<LayerFeature> features,
                            List<LayerClass> classes, int noDataRgb, List<String> notes, boolean grouped, String lang) {
    public ThematicLayer {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
        notes = List.copyOf(notes);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new IllegalArgumentException("layer name must be an identifier: " + name);
    }

    /** The class breaks (upper bounds), lowest first: what {@code aimaq classify} prints. */
    public double[] breaks() { return classes.stream().mapToDouble(LayerClass::upper).toArray(); }
}
