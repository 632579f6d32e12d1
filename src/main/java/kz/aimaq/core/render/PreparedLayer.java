package kz.aimaq.core.render;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A region layer turned into what drawing needs, computed once per loaded layer: flattened
 * rings and a label anchor per region (the centre of the largest inscribed circle, which stays
 * inside concave shapes such as Almaty oblast wrapped around Almaty city).
 */
public final class PreparedLayer {
    private final RegionLayer layer;
    private final Map<String, RingSet> rings = new LinkedHashMap<>();
    private final Map<String, Coordinate> anchors = new LinkedHashMap<>();

    public PreparedLayer(RegionLayer layer) {
        this.layer = layer;
        double tolerance = Math.max(layer.projectedBounds().getWidth(), layer.projectedBounds().getHeight()) / 2000;
        for (MapRegion r : layer.regions()) {
            Geometry g = r.projected();
            rings.put(r.code(), RingSet.of(g));
            anchors.put(r.code(), anchor(g, tolerance));
        }
    }

    private static Coordinate anchor(Geometry g, double tolerance) {
        Geometry largest = g;
        double best = -1;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            double a = g.getGeometryN(i).getArea();
            if (a > best) { best = a; largest = g.getGeometryN(i); }
        }
        try {
            Point c = new MaximumInscribedCircle(largest, tolerance).getCenter();
            return c.getCoordinate();
        } catch (RuntimeException e) {
            return largest.getInteriorPoint().getCoordinate();
        }
    }

    public RegionLayer layer() { return layer; }

    public RingSet rings(String code) { return rings.get(code); }

    public Coordinate anchor(String code) { return anchors.get(code); }

    /** The region whose polygon contains the world point, or null (for hover and click). */
    public MapRegion regionAt(double wx, double wy) {
        var pt = layer.regions().isEmpty() ? null
                : layer.regions().getFirst().projected().getFactory().createPoint(new Coordinate(wx, wy));
        if (pt == null) return null;
        for (MapRegion r : layer.regions()) {
            if (r.projected().getEnvelopeInternal().contains(wx, wy) && r.projected().covers(pt)) return r;
        }
        return null;
    }
}
