package kz.aimaq.core.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks that a layer's coordinates are longitude/latitude before anything projects, repairs
 * or unions them. Projected metres (UTM 42N gives x ≈ 500 000, y ≈ 5 000 000) read as degrees
 * make polygons that wrap the globe many times, and the coverage repair then spins for
 * minutes; a non-finite coordinate means a damaged file. Edge cases: an empty layer passes;
 * only the first bad coordinate is named.
 */
final class LonLatCheck {
    private LonLatCheck() {}

    /**
     * @param fromPrj true when the coordinates were converted with the file's .prj (then the .prj
     *                is wrong, not missing)
     * @param hintKey bundle key of the advice for this format (.prj for shapefiles, EPSG:4326 for GeoJSON)
     */
    static void check(Path file, List<Feature> features, boolean fromPrj, String hintKey) throws GeoReadException {
        int n = 0;
        for (Feature f : features) {
            n++;
            Geometry g = f.geometry();
            if (g == null) continue;
            Bad bad = new Bad();
            g.apply(bad);
            if (bad.nonFinite) throw GeoReadException.keyed(file, "geo.error.nonFinite", n);
            if (bad.first != null) {
                String at = String.format(java.util.Locale.ROOT, "%.1f, %.1f", bad.first.x, bad.first.y);
                throw GeoReadException.keyed(file, fromPrj ? "geo.error.prjMismatch" : hintKey, n, at);
            }
        }
    }

    private static final class Bad implements CoordinateFilter {
        Coordinate first;
        boolean nonFinite;

        @Override public void filter(Coordinate c) {
            if (nonFinite || first != null) return;
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) nonFinite = true;
            else if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) first = c;
        }
    }
}
