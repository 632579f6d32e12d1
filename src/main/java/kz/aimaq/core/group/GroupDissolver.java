package kz.aimaq.core.group;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.*;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import java.util.*;

/**
 * Dissolves the regions of each group into one territory.
 *
 * <p>The region layer is a polygon coverage (neighbours share identical vertices along their
 * border), so JTS {@link CoverageUnion} merges it by dropping the shared edges: fast, and exact,
 * with none of the slivers a general overlay union leaves where two borders differ in the last
 * digit. Should a layer not be a clean coverage, the union comes out invalid; we then fall back to
 * the robust overlay union ({@link OverlayNGRobust}) so the user still gets an outline.
 *
 * <p>Works for both levels: a district belongs to the group of its {@code parentKato}.
 */
public final class GroupDissolver {
    private GroupDissolver() {}

    /** One dissolved territory per group, in grouping order (empty groups give empty geometries). */
    public static List<DissolvedGroup> dissolve(RegionLayer layer, Grouping grouping) {
        Map<String, List<MapRegion>> byParent = new HashMap<>();
        for (MapRegion r : layer.regions()) byParent.computeIfAbsent(r.parentKato(), k -> new ArrayList<>()).add(r);
        List<DissolvedGroup> out = new ArrayList<>();
        for (Group g : grouping.groups()) {
            List<Geometry> projected = new ArrayList<>();
            List<Geometry> lonLat = new ArrayList<>();
            List<String> notOnLayer = new ArrayList<>();
            for (String k : g.members()) {
                List<MapRegion> parts = byParent.get(k);
                if (parts == null) { notOnLayer.add(k); continue; }
                for (MapRegion r : parts) { projected.add(r.projected()); lonLat.add(r.lonLat()); }
            }
            Geometry p = union(projected);
            Geometry ll = union(lonLat);
            out.add(new DissolvedGroup(g, p, ll, p.getArea() / 1e6, labelPoint(p), notOnLayer));
        }
        return out;
    }

    /**
     * The union of polygons forming a coverage, always as a MultiPolygon (possibly empty) so
     * callers count parts the same way for one piece or several.
     */
    public static MultiPolygon union(List<Geometry> coverage) {
        GeometryFactory f = coverage.isEmpty() ? new GeometryFactory() : coverage.getFirst().getFactory();
        if (coverage.isEmpty()) return f.createMultiPolygon();
        Geometry u = CoverageUnion.union(coverage.toArray(Geometry[]::new));
        if (u == null || !u.isValid()) {
            u = OverlayNGRobust.union(f.buildGeometry(coverage));
        }
        return toMulti(u, f);
    }

    private static MultiPolygon toMulti(Geometry g, GeometryFactory f) {
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polys.add(p);
        }
        return f.createMultiPolygon(polys.toArray(Polygon[]::new));
    }

    /** Label anchor: centre of the maximum inscribed circle of the largest part, to 1% of its size. */
    static Point labelPoint(Geometry g) {
        if (g.isEmpty()) return g.getFactory().createPoint();
        Geometry largest = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > largest.getArea()) largest = g.getGeometryN(i);
        }
        double tolerance = Math.max(Math.sqrt(largest.getArea()) / 100, 1e-9);
        return MaximumInscribedCircle.getCenter(largest, tolerance);
    }
}
