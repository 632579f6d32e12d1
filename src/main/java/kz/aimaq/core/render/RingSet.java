package kz.aimaq.core.render;

import org.locationtech.jts.geom.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A polygonal geometry flattened to coordinate arrays once, so each frame only transforms
 * numbers instead of walking JTS objects. Holes are ordinary rings: surfaces fill even-odd.
 */
public final class RingSet {
    final double[][] xs;
    final double[][] ys;
    final Envelope envelope;
    private final int vertices;

    private RingSet(List<double[]> x, List<double[]> y, Envelope env) {
        this.xs = x.toArray(double[][]::new);
        this.ys = y.toArray(double[][]::new);
        this.envelope = env;
        int v = 0;
        for (double[] r : xs) v += r.length;
        this.vertices = v;
    }

    /**
     * Flattened geometries by identity: overlays (group outlines) rebuild their scene on every
     * recolour from the same dissolved geometries, and flattening them again each time cost
     * milliseconds per frame. Weak keys: a geometry no longer used drops out.
     */
    private static final Map<Geometry, RingSet> FLATTENED = Collections.synchronizedMap(new WeakHashMap<>());

    public static RingSet of(Geometry g) {
        RingSet known = FLATTENED.get(g);
        // WeakHashMap compares keys with equals (JTS: equal coordinates) after ==: only reuse the very same object
        if (known != null && known.source.get() == g) return known;
        RingSet r = flatten(g);
        FLATTENED.put(g, r);
        return r;
    }

    /** The geometry this was made from (weakly: the cache must not keep it alive). */
    private java.lang.ref.WeakReference<Geometry> source = new java.lang.ref.WeakReference<>(null);

    private static RingSet flatten(Geometry g) {
        List<double[]> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                add(p.getExteriorRing(), xs, ys);
                for (int h = 0; h < p.getNumInteriorRing(); h++) add(p.getInteriorRingN(h), xs, ys);
            } else if (part instanceof LineString l) {
                add(l, xs, ys);
            }
        }
        RingSet r = new RingSet(xs, ys, g.getEnvelopeInternal());
        r.source = new java.lang.ref.WeakReference<>(g);
        return r;
    }

    private static void add(LineString ring, List<double[]> xs, List<double[]> ys) {
        CoordinateSequence cs = ring.getCoordinateSequence();
        int n = cs.size();
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) { x[i] = cs.getX(i); y[i] = cs.getY(i); }
        xs.add(x);
        ys.add(y);
    }

    /** Coarser copies of the same shape, finest first, with the tolerance (metres) each was simplified to. */
    private volatile RingSet[] coarser = new RingSet[0];
    private volatile double[] tolerances = new double[0];

    /**
     * Attaches simplified versions (finest first). The painter picks the coarsest one whose
     * tolerance is below a pixel, so a country-wide frame draws a fraction of the vertices.
     */
    void setLevelsOfDetail(double[] tolerancesMetres, RingSet[] simplified) {
        this.coarser = simplified.clone();
        this.tolerances = tolerancesMetres.clone();
    }

    /** The version to draw at this scale. */
    RingSet forScale(double metresPerPixel) {
        RingSet best = this;
        double[] t = tolerances;
        RingSet[] c = coarser;
        for (int i = 0; i < c.length; i++) if (t[i] <= metresPerPixel * 0.75) best = c[i];
        return best;
    }

    public Envelope envelope() { return envelope; }

    public int vertices() { return vertices; }

    /**
     * Adds the rings to the surface's current path in device coordinates. Consecutive points
     * closer than half a pixel are merged: at country scale that drops most vertices, which is
     * what keeps a district frame fast without a separate simplified copy.
     */
    void emit(Surface s, Viewport v, double[] bufX, double[] bufY) {
        RingSet lod = forScale(v.metresPerPixel());
        double[][] xs = lod.xs, ys = lod.ys;
        for (int r = 0; r < xs.length; r++) {
            double[] x = xs[r], y = ys[r];
            int n = 0;
            double lx = Double.NaN, ly = Double.NaN;
            for (int i = 0; i < x.length; i++) {
                double dx = v.toDeviceX(x[i]), dy = v.toDeviceY(y[i]);
                if (n > 0 && Math.abs(dx - lx) < 0.5 && Math.abs(dy - ly) < 0.5 && i < x.length - 1) continue;
                bufX[n] = dx;
                bufY[n] = dy;
                n++;
                lx = dx;
                ly = dy;
            }
            if (n >= 3) s.ring(bufX, bufY, n);
        }
    }

    /**
     * Whether the world point lies inside, by the even-odd rule over every ring (holes are rings
     * too, and parts of a multipolygon never overlap). For hover and click: a point exactly on a
     * border may count for either neighbour.
     */
    public boolean contains(double wx, double wy) {
        if (!envelope.contains(wx, wy)) return false;
        boolean inside = false;
        for (int r = 0; r < xs.length; r++) {
            double[] x = xs[r], y = ys[r];
            for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
                // the edge (j, i) crosses the horizontal line through the point, right of it
                if ((y[i] > wy) != (y[j] > wy) && wx < x[i] + (x[j] - x[i]) * (wy - y[i]) / (y[j] - y[i])) inside = !inside;
            }
        }
        return inside;
    }

    int maxRing() {
        int m = 0;
        for (double[] r : xs) m = Math.max(m, r.length);
        return m;
    }
}
