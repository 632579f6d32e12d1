package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Text;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.util.FactoryException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a shapefile's .prj (ESRI WKT) with Apache SIS and gives the transform of its
 * coordinates to WGS84 longitude/latitude, or null when they already are.
 */
final class PrjFile {
    private PrjFile() {}

    /** The transform to WGS84 lon/lat; null when the file is absent (assumed WGS84) or already lon/lat WGS84. */
    static MathTransform toLonLat(Path prj) throws GeoReadException {
        if (prj == null || !Files.isRegularFile(prj)) return null;
        String wkt;
        try {
            wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).trim();
        } catch (IOException e) {
            throw new GeoReadException(prj, Text.of("core.geo.prjUnreadable", e.getMessage()), e);
        }
        return fromWkt(prj, wkt);
    }

    /**
     * The transform to WGS84 lon/lat of a coordinate system given as WKT (a .prj's ESRI WKT or a
     * GeoPackage's OGC WKT); null when it already is lon/lat WGS84 or the text is empty.
     * {@code prj} names the file in messages.
     */
    static MathTransform fromWkt(Path prj, String wkt) throws GeoReadException {
        if (wkt == null || wkt.isBlank() || isPlainWgs84(wkt)) return null;
        return parse(prj, wkt);
    }

    /**
     * The ESRI WKT of plain WGS84 longitude/latitude in degrees (what geokz, OCHA and most
     * exports write), ignoring spaces, case and trailing zeros. Such a file needs no transform, and
     * recognising it spares Apache SIS's start-up (about a tenth of a second and a few hundred
     * classes) on every load; any other text, including WGS84 with a non-Greenwich meridian or an
     * axis order, is left to SIS.
     */
    static boolean isPlainWgs84(String wkt) {
        String w = wkt.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT).replaceAll("(\\d\\.\\d*?)0+(?=[],])", "$1")
                .replaceAll("(\\d)\\.(?=[],])", "$1");
        return PLAIN_WGS84.matcher(w).matches();
    }

    private static final java.util.regex.Pattern PLAIN_WGS84 = java.util.regex.Pattern.compile(
            "GEOGCS\\[\"(GCS_WGS_1984|WGS84|WGS_84|WGS1984)\",DATUM\\[\"(D_WGS_1984|WGS_1984|D_WGS84)\","
                    + "SPHEROID\\[\"(WGS_1984|WGS84|WGS_84)\",6378137,298\\.257223563\\]\\],"
                    + "PRIMEM\\[\"GREENWICH\",0\\],UNIT\\[\"DEGREE\",0\\.(0174532925199433|017453292519943295)\\]\\]");

    private static MathTransform parse(Path prj, String wkt) throws GeoReadException {
        try {
            CoordinateReferenceSystem crs = CRS.fromWKT(wkt);
            // ESRI and EPSG disagree on axis order; normalise to (east, north) = (lon, lat) or (x, y).
            CoordinateReferenceSystem source = AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.RIGHT_HANDED);
            CoordinateReferenceSystem target = CommonCRS.WGS84.normalizedGeographic();
            MathTransform mt = CRS.findOperation(source, target, null).getMathTransform();
            if (mt.getSourceDimensions() != 2 || mt.getTargetDimensions() != 2) {
                throw new GeoReadException(prj, Text.of("core.geo.prjNot2d", crs.getName()));
            }
            return mt.isIdentity() ? null : mt;
        } catch (FactoryException e) {
            throw new GeoReadException(prj, Text.of("core.geo.prjWkt", e.getMessage()), e);
        }
    }
}
