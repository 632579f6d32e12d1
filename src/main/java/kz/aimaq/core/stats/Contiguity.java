package kz.aimaq.core.stats;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.List;

/**
 * Contiguity weights from a polygon coverage: two regions are neighbours when their borders meet.
 * <ul>
 *   <li><b>queen</b>: the borders share at least one point;</li>
 *   <li><b>rook</b>: the borders share a stretch of positive length (a corner touch is not enough).</li>
 * </ul>
 * Weights are binary (1 for a neighbour, 0 otherwise, 0 on the diagonal) and symmetric; call
 * {@link SpatialWeights#rowStandardised()} for the usual row-standardised form.
 *
 * <p><b>Why a snapping tolerance.</b> Our boundaries come from a 1:1,000,000 generalised source
 * (geokz / COD-AB). At that scale a drawn line is uncertain by a few hundred metres, and shared
 * borders were generalised separately in places, leaving slivers and gaps of tens to hundreds of
 * metres between polygons that really touch. Exact topological predicates would then miss real
 * neighbours. So two regions count as touching where they come within {@code tolerance} metres of
 * each other (default {@value #DEFAULT_TOLERANCE_M} m, about 0.3 mm on a 1:1M sheet, well below
 * the width of any region, so it cannot invent a neighbour across a real region). For rook, the
 * stretch of one region's border that runs within the tolerance of the other's (segments whose
 * ends and middle are all that close) must be longer than {@value #ROOK_MIN_SHARED_FACTOR} ×
 * tolerance, so a corner contact, or a border that merely grazes another within the tolerance,
 * does not count as a shared edge.
 *
 * <p>Candidate pairs come from an STRtree of envelopes grown by the tolerance, so the district
 * layer (~220 polygons) is cheap; nothing is cached between calls.
 */
public final class Contiguity {
    private Contiguity() {}

    /** Snapping tolerance in metres of the projected (Albers) coordinates. */
    public static final double DEFAULT_TOLERANCE_M = 300;
    /** A rook border must be longer than this many tolerances (a corner contact gives none). */
    public static final double ROOK_MIN_SHARED_FACTOR = 5;

    /** Queen contiguity with the default tolerance. */
    public static SpatialWeights queen(RegionLayer layer) { return queen(layer, DEFAULT_TOLERANCE_M); }

    /** Rook contiguity with the default tolerance. */
    public static SpatialWeights rook(RegionLayer layer) { return rook(layer, DEFAULT_TOLERANCE_M); }

    public static SpatialWeights queen(RegionLayer layer, double toleranceM) {
        return build("queen contiguity", codes(layer), projected(layer), toleranceM, false);
    }

    public static SpatialWeights rook(RegionLayer layer, double toleranceM) {
        return build("rook contiguity", codes(layer), projected(layer), toleranceM, true);
    }

    /**
     * Contiguity of arbitrary polygons in a metric CRS (used by the layer methods and by tests
     * with hand-made geometries).
     */
    public static SpatialWeights of(List<String> codes, List<Geometry> polygons, double toleranceM, boolean rook) {
        return build(rook ? "rook contiguity" : "queen contiguity", codes, polygons, toleranceM, rook);
    }

    private static SpatialWeights build(String kind, List<String> codes, List<Geometry> geoms, double tol, boolean rook) {
        if (codes.size() != geoms.size()) throw new IllegalArgumentException("one geometry per code");
        if (tol < 0) throw new IllegalArgumentException("tolerance must not be negative");
        int n = codes.size();
        STRtree tree = new STRtree();
        Envelope[] grown = new Envelope[n];
        for (int i = 0; i < n; i++) {
            grown[i] = new Envelope(geoms.get(i).getEnvelopeInternal());
            grown[i].expandBy(tol);
            tree.insert(grown[i], i);
        }
        tree.build();

        // Distances are measured between boundaries (facets): in a coverage, regions meet along
        // their boundaries, and an enclave (Astana in Akmola) touches the ring of its hole.
        // The facet indexes are built lazily, only for regions with candidate neighbours.
        Geometry[] boundary = new Geometry[n];
        IndexedFacetDistance[] facets = new IndexedFacetDistance[n];
        SegmentIndex[] segments = new SegmentIndex[n];
        double minShared = tol > 0 ? ROOK_MIN_SHARED_FACTOR * tol : 0;
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked")
            List<Integer> candidates = tree.query(grown[i]);
            for (int j : candidates) {
                if (j <= i) continue;
                if (facets[i] == null) { boundary[i] = geoms.get(i).getBoundary(); facets[i] = new IndexedFacetDistance(boundary[i]); }
                if (boundary[j] == null) boundary[j] = geoms.get(j).getBoundary();
                if (!facets[i].isWithinDistance(boundary[j], tol)) continue;
                if (rook && segments[i] == null) segments[i] = new SegmentIndex(boundary[i]);
                if (!rook || sharedLength(boundary[j], segments[i], grown[i], tol) > minShared) w[i][j] = w[j][i] = 1;
            }
        }
        return new SpatialWeights(kind, codes, w);
    }

    /**
     * Length of the parts of {@code line} that run along the other region's boundary: the segments
     * whose two ends and middle all lie within the tolerance of it. A corner contact has no such
     * segment (its segments leave the contact point at once), a shared border consists of them.
     */
    private static double sharedLength(Geometry line, SegmentIndex other, Envelope otherGrown, double tol) {
        double length = 0;
        for (int g = 0; g < line.getNumGeometries(); g++) {
            Coordinate[] cs = line.getGeometryN(g).getCoordinates();
            for (int k = 1; k < cs.length; k++) {
                Coordinate a = cs[k - 1], b = cs[k];
                if (!otherGrown.contains(a) || !otherGrown.contains(b)) continue;
                Coordinate mid = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
                if (other.near(a, tol) && other.near(b, tol) && other.near(mid, tol)) length += a.distance(b);
            }
        }
        return length;
    }

    /** The segments of a boundary in an STRtree, for "is this point within d of the boundary?" without building geometries. */
    private static final class SegmentIndex {
        private final STRtree tree = new STRtree();

        SegmentIndex(Geometry boundary) {
            for (int g = 0; g < boundary.getNumGeometries(); g++) {
                Coordinate[] cs = boundary.getGeometryN(g).getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    LineSegment seg = new LineSegment(cs[k - 1], cs[k]);
                    tree.insert(new Envelope(seg.p0, seg.p1), seg);
                }
            }
            tree.build();
        }

        boolean near(Coordinate p, double d) {
            Envelope e = new Envelope(p);
            e.expandBy(d);
            boolean[] found = {false};
            tree.query(e, item -> { if (!found[0] && ((LineSegment) item).distance(p) <= d) found[0] = true; });
            return found[0];
        }
    }

    private static List<String> codes(RegionLayer layer) {
        List<String> c = new ArrayList<>();
        for (MapRegion r : layer.regions()) c.add(r.code());
        return c;
    }

    private static List<Geometry> projected(RegionLayer layer) {
        List<Geometry> g = new ArrayList<>();
        for (MapRegion r : layer.regions()) g.add(r.projected());
        return g;
    }
}
