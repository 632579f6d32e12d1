package kz.aimaq.core.geo;

import org.locationtech.jts.geom.Geometry;

import java.util.Locale;

/**
 * One polygon unit of a region layer, joined to the catalogue by code.
 *
 * @param code       two-digit KATO for oblasts ("10"), nine-digit KATO for districts ("101010000")
 * @param parentKato the two-digit KATO of the oblast it lies in (itself for an oblast)
 * @param lonLat     geometry in WGS84 longitude/latitude degrees, repaired if it was invalid
 * @param projected  the same geometry in the Albers equal-area projection for Kazakhstan, metres
 * @param areaKm2    area of the projected geometry in km²
 */
public record MapRegion(String code, String parentKato, String nameEn, String nameRu, String nameKk,
                        Geometry lonLat, Geometry projected, double areaKm2) {

    public String name(String lang) {
        return switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }
}
