package kz.aimaq.core.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * Applies a 2-D {@link MathTransform} to a JTS geometry, one coordinate sequence at a time in a
 * single bulk call (much faster than point by point). The input geometry is not modified.
 */
final class GeometryProjector {
    private GeometryProjector() {}

    static Geometry transform(Geometry g, MathTransform mt) throws TransformException {
        if (g == null || mt == null || mt.isIdentity()) return g;
        try {
            return new Bulk(mt).transform(g);
        } catch (Failure f) {
            throw f.cause;
        }
    }

    /** Wraps the checked exception through GeometryTransformer, which cannot throw it. */
    private static final class Failure extends RuntimeException {
        final TransformException cause;
        Failure(TransformException cause) { super(cause); this.cause = cause; }
    }

    private static final class Bulk extends GeometryTransformer {
        private final MathTransform mt;
        Bulk(MathTransform mt) { this.mt = mt; }

        @Override protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
            int n = coords.size();
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                xy[2 * i] = coords.getX(i);
                xy[2 * i + 1] = coords.getY(i);
            }
            try {
                mt.transform(xy, 0, xy, 0, n);
            } catch (TransformException e) {
                throw new Failure(e);
            }
            CoordinateSequence out = factory.getCoordinateSequenceFactory().create(n, 2);
            for (int i = 0; i < n; i++) {
                out.setOrdinate(i, 0, xy[2 * i]);
                out.setOrdinate(i, 1, xy[2 * i + 1]);
            }
            return out;
        }
    }
}
