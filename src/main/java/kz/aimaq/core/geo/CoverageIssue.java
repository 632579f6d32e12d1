package kz.aimaq.core.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * A region whose edges do not match its neighbours' exactly (overlap, gap edge or mismatched
 * vertices), as found by JTS {@code CoverageValidator}.
 *
 * @param code     the region's code
 * @param segments the offending boundary segments, projected metres
 */
public record CoverageIssue(String code, Geometry segments) {
    /** Total length of the offending segments in km, to judge how bad it is. */
    public double lengthKm() { return segments.getLength() / 1000; }
}
