package kz.aimaq.core.stats;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
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
 * border of one region lying within the tolerance of the other must be longer than
 * {@value #ROOK_MIN_SHARED_FACTOR} × tolerance: a mere corner contact, thickened by the tolerance,
 * produces a stretch of about 2 × tolerance, so this threshold separates corners from shared edges.
 *
 * <p>Candidate pairs come from an STRtree of envelopes grown by the tolerance, so the district
 * layer (~220 polygons) is cheap; nothing is cached between calls.
 */
public final class Contiguity {
    private Contiguity() {}

    /** Snapping tolerance in metres of the projected (Albers) coordinates. */
    public static final double DEFAULT_TOLERANCE_M = 300;
    /** A rook border must be longer than this many tolerances (a corner gives about 2). */
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
        for (int i = 0; i < n; i++) {
            Envelope e = new Envelope(geoms.get(i).getEnvelopeInternal());
            e.expandBy(tol);
            tree.insert(e, i);
        }
        tree.build();

        // The tolerance zone around each region, built lazily: only regions with candidates need one.
        Geometry[] zone = new Geometry[n];
        PreparedGeometry[] preparedZone = new PreparedGeometry[n];
        double minShared = ROOK_MIN_SHARED_FACTOR * tol;
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            Envelope e = new Envelope(geoms.get(i).getEnvelopeInternal());
            e.expandBy(tol);
            @SuppressWarnings("unchecked")
            List<Integer> candidates = tree.query(e);
            for (int j : candidates) {
                if (j <= i) continue;
                if (zone[i] == null) {
                    zone[i] = tol > 0 ? geoms.get(i).buffer(tol) : geoms.get(i);
                    preparedZone[i] = PreparedGeometryFactory.prepare(zone[i]);
                }
                Geometry other = geoms.get(j);
                if (!preparedZone[i].intersects(other)) continue;
                boolean neighbour = true;
                if (rook) {
                    double shared = zone[i].intersection(other.getBoundary()).getLength();
                    // with no tolerance, a shared edge has positive length and a corner has none
                    neighbour = tol > 0 ? shared > minShared : shared > 0;
                }
                if (neighbour) w[i][j] = w[j][i] = 1;
            }
        }
        return new SpatialWeights(kind, codes, w);
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
