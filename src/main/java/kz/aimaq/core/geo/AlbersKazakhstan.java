package kz.aimaq.core.geo;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * The equal-area projection used for every map and area in Aimaq: Albers conic on WGS84 with
 * central meridian 68°E, standard parallels 44°N and 52°N and latitude of origin 48°N, which
 * spans Kazakhstan (40.6–55.4°N) with scale error under about 1.5 %. Areas of projected
 * polygons are true areas on the ellipsoid. Units: metres, x east, y north.
 */
public final class AlbersKazakhstan {

    public static final String WKT = """
            PROJCS["Albers Kazakhstan (WGS84)",
              GEOGCS["WGS 84", DATUM["WGS_1984", SPHEROID["WGS 84", 6378137.0, 298.257223563]],
                PRIMEM["Greenwich", 0.0], UNIT["degree", 0.017453292519943295]],
              PROJECTION["Albers_Conic_Equal_Area"],
              PARAMETER["latitude_of_center", 48.0],
              PARAMETER["longitude_of_center", 68.0],
              PARAMETER["standard_parallel_1", 44.0],
              PARAMETER["standard_parallel_2", 52.0],
              PARAMETER["false_easting", 0.0],
              PARAMETER["false_northing", 0.0],
              UNIT["metre", 1.0]]""";

    private static final AlbersKazakhstan INSTANCE = new AlbersKazakhstan();

    private final CoordinateReferenceSystem crs;
    private final MathTransform forward;
    private final MathTransform inverse;

    private AlbersKazakhstan() {
        try {
            crs = AbstractCRS.castOrCopy(CRS.fromWKT(WKT)).forConvention(AxesConvention.RIGHT_HANDED);
            forward = CRS.findOperation(CommonCRS.WGS84.normalizedGeographic(), crs, null).getMathTransform();
            inverse = forward.inverse();
        } catch (FactoryException | org.opengis.referencing.operation.NoninvertibleTransformException e) {
            throw new IllegalStateException("Apache SIS cannot build the Albers projection", e);
        }
    }

    public static AlbersKazakhstan get() { return INSTANCE; }

    public CoordinateReferenceSystem crs() { return crs; }

    /** lon/lat degrees → metres. A new geometry; the input is unchanged. */
    public Geometry project(Geometry lonLat) {
        try {
            return GeometryProjector.transform(lonLat, forward);
        } catch (TransformException e) {
            throw new IllegalArgumentException("Cannot project geometry to Albers: " + e.getMessage(), e);
        }
    }

    /** metres → lon/lat degrees. */
    public Geometry unproject(Geometry projected) {
        try {
            return GeometryProjector.transform(projected, inverse);
        } catch (TransformException e) {
            throw new IllegalArgumentException("Cannot convert geometry from Albers to lon/lat: " + e.getMessage(), e);
        }
    }

    /** Projects one point: returns {x, y} in metres. */
    public double[] project(double lon, double lat) {
        double[] p = {lon, lat};
        try {
            forward.transform(p, 0, p, 0, 1);
        } catch (TransformException e) {
            throw new IllegalArgumentException(e);
        }
        return p;
    }

    /** Area of a lon/lat geometry in km², via the equal-area projection. */
    public double areaKm2(Geometry lonLat) {
        return project(lonLat).getArea() / 1e6;
    }
}
