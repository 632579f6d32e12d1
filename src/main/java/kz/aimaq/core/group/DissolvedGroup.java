package kz.aimaq.core.group;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import java.util.List;

/**
 * A group's territory as one geometry: the union of its members' polygons without their shared
 * borders, for drawing group outlines and labels.
 *
 * @param projected   Albers equal-area geometry in metres (what the map draws)
 * @param lonLat      the same in WGS84 degrees (for export)
 * @param areaKm2     area of {@code projected}, km²
 * @param labelPoint  where to put the group's name (projected): the centre of the largest circle
 *                    inside its largest part, so the label sits well inside even a concave shape
 * @param notOnLayer  members the region layer has no polygon for (empty normally)
 */
public record DissolvedGroup(Group group, Geometry projected, Geometry lonLat, double areaKm2,
                             Point labelPoint, List<String> notOnLayer) {
    public DissolvedGroup {
        notOnLayer = List.copyOf(notOnLayer);
    }

    /** Number of separate pieces (a group of neighbours is one; islands and exclaves add more). */
    public int parts() { return projected.getNumGeometries(); }
}
