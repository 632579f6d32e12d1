package kz.aimaq.core.render;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayers;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

import java.io.IOException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hover and click find the region under the pointer from the drawn rings alone: the answer must be
 * JTS's own point-in-polygon answer on the real oblast and district maps, holes included (Almaty
 * city in its oblast's hole, Shymkent in Turkistan's).
 */
class RegionAtTest {
    static final GeometryFactory GF = new GeometryFactory();

    @Test
    void theRegionUnderAPointIsTheOneJtsFindsOnTheOblastAndDistrictMaps() throws IOException {
        for (MapLevel level : new MapLevel[]{MapLevel.OBLAST, MapLevel.DISTRICT}) {
            PreparedLayer layer = new PreparedLayer(RegionLayers.load(level));
            Envelope box = layer.layer().projectedBounds();
            Random random = new Random(15);
            int inside = 0, checked = 0;
            for (int i = 0; i < 4000; i++) {
                double x = box.getMinX() + random.nextDouble() * box.getWidth();
                double y = box.getMinY() + random.nextDouble() * box.getHeight();
                Point p = GF.createPoint(new Coordinate(x, y));
                MapRegion jts = null;
                boolean nearABorder = false;
                for (MapRegion r : layer.layer().regions()) {
                    if (!r.projected().getEnvelopeInternal().contains(x, y)) continue;
                    // within a metre of a border either neighbour is a right answer
                    if (r.projected().getBoundary().isWithinDistance(p, 1)) nearABorder = true;
                    if (jts == null && r.projected().covers(p)) jts = r;
                }
                if (nearABorder) continue;
                MapRegion found = layer.regionAt(x, y);
                assertEquals(jts == null ? null : jts.code(), found == null ? null : found.code(),
                        level + " at " + x + ", " + y);
                checked++;
                if (found != null) inside++;
            }
            // the country fills about half of its bounding box; both answers must be exercised
            assertTrue(checked > 3900 && inside > 1000 && checked - inside > 1000, level + ": " + inside + " of " + checked);
        }
    }

    @Test
    void aCityInItsOblastsHoleIsFoundAsTheCityAndItsOblastAroundIt() throws IOException {
        PreparedLayer layer = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
        for (String city : new String[]{"75", "79"}) { // Almaty, Shymkent
            Coordinate anchor = layer.anchor(city);
            assertEquals(city, layer.regionAt(anchor.x, anchor.y).code());
            Envelope cityBox = layer.rings(city).envelope();
            // a point just outside the city's box, beside its anchor, is in the oblast around it
            MapRegion around = layer.regionAt(cityBox.getMinX() - 2_000, anchor.y);
            assertNotNull(around, city);
            assertNotEquals(city, around.code());
            // and the oblast's own rings leave the city out: its hole is a ring of its own
            assertFalse(layer.rings(around.code()).contains(anchor.x, anchor.y), around.code() + " around " + city);
            assertTrue(around.projected().getNumGeometries() > 1
                    || ((org.locationtech.jts.geom.Polygon) around.projected()).getNumInteriorRing() > 0, around.code() + " has a hole");
        }
        // the projection is centred on the country: its origin lies in Ulytau, a point 5,000 km off does not
        assertEquals("62", layer.regionAt(0, 0).code());
        assertNull(layer.regionAt(-5_000_000, -5_000_000), "far outside the country");
    }
}
