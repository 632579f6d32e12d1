package kz.aimaq.core.stats;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.geom.Coordinate;

import java.util.ArrayList;
import java.util.List;

/** Representative points of a layer's regions, in projected metres, for distance-based weights. */
final class Centroids {
    private Centroids() {}

    static List<String> codes(RegionLayer layer) {
        List<String> c = new ArrayList<>();
        for (MapRegion r : layer.regions()) c.add(r.code());
        return c;
    }

    /**
     * Area centroids of the projected polygons (equal-area Albers, so a centroid is a true centre of
     * mass). Used as in PySAL's distance weights; for the coverage's concave or multipart regions
     * the centroid may fall outside the polygon, which does not matter for distances.
     */
    static List<Coordinate> of(RegionLayer layer) {
        List<Coordinate> c = new ArrayList<>();
        for (MapRegion r : layer.regions()) c.add(r.projected().getCentroid().getCoordinate());
        return c;
    }
}
