package kz.aimaq.core.group;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.*;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

import java.util.*;

/**
 * Dissolves the regions of each group into one territory.
 *
 * <p>A region layer is a polygon coverage (neighbours share identical vertices along their
 * border): JTS {@link CoverageUnion} merges it by dropping the shared edges, fast and exact, with
 * none of the slivers a general overlay union leaves where two borders differ in the last digit.
 * The geokz files are not clean coverages (17 oblasts have mismatched border segments); the
 * loader repairs them into exact ones ({@code CoverageRepair}), and with that every preset group
 * dissolves validly by coverage union. Should a layer still not be clean (checked with
 * {@link CoverageValidator}; before that repair the coverage union of North, Central, West and
 * South came out invalid), we fall back to an overlay union snap-rounded to a grid of
 * {@link #GAP_M} ({@link UnaryUnionNG}), which joins borders that miss each other by less than
 * that. The plain overlay union left the gaps as holes of a few square millimetres, and the
 * unrepaired layer carried a 114 m² splinter of Almaty oblast a nanometre off its main part.
 * So, after either union: holes smaller than {@link #MIN_AREA_M2}
 * are filled, since no real enclave (Astana 808 km², Almaty 704 km², Shymkent 1,165 km²) comes
 * near it, and parts smaller than that lying within {@link #GAP_M} of a larger part are dropped
 * as splinters; a small island standing apart stays.
 *
 * <p>Works for both levels: a district belongs to the group of its {@code parentKato}.
 */
public final class GroupDissolver {
    private GroupDissolver() {}

    /** Holes and splinters below one hectare are artefacts of mismatched borders, not territory. */
    public static final double MIN_AREA_M2 = 10_000;
    /** A splinter this close to a larger part belongs to it. */
    public static final double GAP_M = 1.0;
    /** The same hectare and metre in degrees at Kazakhstan's latitudes (1° ≈ 111 km × 70 km), rounded down. */
    static final double MIN_AREA_DEG2 = 1e-6, GAP_DEG = 1e-5;

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
            Geometry p = union(projected, MIN_AREA_M2, GAP_M);
            Geometry ll = union(lonLat, MIN_AREA_DEG2, GAP_DEG);
            out.add(new DissolvedGroup(g, p, ll, p.getArea() / 1e6, labelPoint(p), notOnLayer));
        }
        return out;
    }

    /**
     * The union of polygons forming a coverage, always as a MultiPolygon (possibly empty) so
     * callers count parts the same way for one piece or several. Holes smaller than {@code minArea}
     * (in the geometry's units squared) are filled, and parts smaller than it within {@code gap}
     * of a larger part are dropped. When the input is not an exact coverage, the union is computed
     * on a grid of {@code gap} (coordinates are rounded to it).
     */
    public static MultiPolygon union(List<Geometry> coverage, double minArea, double gap) {
        GeometryFactory f = coverage.isEmpty() ? new GeometryFactory() : coverage.getFirst().getFactory();
        if (coverage.isEmpty()) return f.createMultiPolygon();
        Geometry[] parts = coverage.toArray(Geometry[]::new);
        Geometry u = null;
        if (isCleanCoverage(parts, gap)) {
            try {
                u = CoverageUnion.union(parts);
            } catch (RuntimeException e) {
                u = null; // JTS signals a broken coverage with a TopologyException: use the overlay below
            }
        }
        if (u == null || !u.isValid()) {
            // Not a clean coverage: a union on a grid of the gap width snaps borders that miss each
            // other by less than that onto one line (snap-rounding), closing gap slivers.
            u = gap > 0 ? UnaryUnionNG.union(f.buildGeometry(coverage), new PrecisionModel(1 / gap))
                    : OverlayNGRobust.union(f.buildGeometry(coverage));
        }
        return toMulti(u, f, minArea, gap);
    }

    /** No overlaps, no mismatched shared edges, and no gaps narrower than {@code gap} between parts. */
    private static boolean isCleanCoverage(Geometry[] parts, double gap) {
        for (Geometry bad : CoverageValidator.validate(parts, gap)) {
            if (bad != null && !bad.isEmpty()) return false;
        }
        return true;
    }

    /** {@link #union(List, double, double)} keeping every hole and part. */
    public static MultiPolygon union(List<Geometry> coverage) { return union(coverage, 0, 0); }

    private static MultiPolygon toMulti(Geometry g, GeometryFactory f, double minArea, double gap) {
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polys.add(withoutSmallHoles(p, minArea));
        }
        List<Polygon> kept = new ArrayList<>();
        for (Polygon p : polys) {
            boolean splinter = p.getArea() < minArea && polys.stream()
                    .anyMatch(q -> q != p && q.getArea() > p.getArea() && q.isWithinDistance(p, gap));
            if (!splinter) kept.add(p);
        }
        return f.createMultiPolygon(kept.toArray(Polygon[]::new));
    }

    private static Polygon withoutSmallHoles(Polygon p, double minHoleArea) {
        List<LinearRing> keep = new ArrayList<>();
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            LinearRing ring = p.getInteriorRingN(h);
            if (Math.abs(Area.ofRingSigned(ring.getCoordinateSequence())) >= minHoleArea) keep.add(ring);
        }
        if (keep.size() == p.getNumInteriorRing()) return p;
        return p.getFactory().createPolygon(p.getExteriorRing(), keep.toArray(LinearRing[]::new));
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
