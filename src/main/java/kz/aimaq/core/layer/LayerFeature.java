package kz.aimaq.core.layer;

import org.locationtech.jts.geom.MultiPolygon;

import java.util.Objects;

/**
 * One unit of a {@link ThematicLayer}.
 *
 * @param kato        two-digit oblast or nine-digit district KATO code
 * @param value       the figure, null when the unit has no data that year
 * @param classNumber the class, 1 for the lowest; null without data
 * @param colour      the fill the map gives it, {@code #rrggbb} (the no-data grey without data)
 * @param macroRegion the macro-region's name in the layer's language; null without a grouping or
 *                    for a unit in no group
 * @param geometry    WGS84 longitude/latitude, always a MultiPolygon
 */
public record LayerFeature(String kato, String nameKk, String nameRu, String nameEn, Double value,
                           Integer classNumber, String colour, String macroRegion, MultiPolygon geometry) {
    public LayerFeature {
        Objects.requireNonNull(kato, "kato");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(geometry, "geometry");
    }
}
