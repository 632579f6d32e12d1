package kz.aimaq.core.geo;

import org.locationtech.jts.geom.Geometry;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One record of a vector file: a geometry in WGS84 longitude/latitude (null for a null shape)
 * and its attributes by field name, in file order.
 */
public record Feature(Geometry geometry, Map<String, Object> attributes) {

    /** The attribute as trimmed text ("" when missing); whole numbers are written without ".0". */
    public String text(String field) {
        Object v = attributes.get(field);
        if (v == null) return "";
        if (v instanceof BigDecimal bd) return bd.stripTrailingZeros().toPlainString();
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return Long.toString(d.longValue());
        return v.toString().trim();
    }
}
