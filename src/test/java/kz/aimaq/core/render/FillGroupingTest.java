package kz.aimaq.core.render;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The painter fills regions of one colour together, and keeps the picture: an enclave in its
 * region's hole stays filled, and a region drawn over another (a user's layer without a hole)
 * stays on top.
 */
class FillGroupingTest {
    static final GeometryFactory GF = new GeometryFactory();
    static final int RED = 0xFFCC0000, BLUE = 0xFF0000CC;

    static Polygon square(double x0, double y0, double size, Polygon... holes) {
        LinearRing[] in = new LinearRing[holes.length];
        for (int i = 0; i < holes.length; i++) in[i] = holes[i].getExteriorRing();
        return GF.createPolygon(ring(x0, y0, size), in);
    }

    static LinearRing ring(double x0, double y0, double s) {
        return GF.createLinearRing(new Coordinate[]{new Coordinate(x0, y0), new Coordinate(x0 + s, y0),
                new Coordinate(x0 + s, y0 + s), new Coordinate(x0, y0 + s), new Coordinate(x0, y0)});
    }

    static MapScene.Area area(String code, Polygon p, int argb) {
        return new MapScene.Area(code, RingSet.of(p), argb, null, p.getCentroid().getX(), p.getCentroid().getY(), 0, null);
    }

    static MapScene scene(List<MapScene.Area> areas) {
        var d = new MapScene.Decorations(null, null, null, null, null, false, false, false, false, "en");
        Envelope world = new Envelope();
        for (MapScene.Area a : areas) world.expandToInclude(a.rings().envelope());
        return new MapScene(areas, List.of(), null, d, world, null, null);
    }

    /** The colour painted at world point (x, y) of a 400 x 400 picture of the whole scene. */
    static int pixel(MapScene s, double x, double y) {
        BufferedImage img = PngExporter.render(s, 400, 400);
        Viewport v = new MapPainter().fitViewport(s, 400, 400);
        return img.getRGB((int) v.toDeviceX(x), (int) v.toDeviceY(y)) | 0xFF000000;
    }

    @Test
    void aRegionOverAnotherOfTheSameColourStaysFilled() {
        // a city drawn over its oblast without a hole in it: in one even-odd path it would be a hole
        Polygon oblast = square(0, 0, 1000);
        Polygon city = square(400, 400, 200);
        MapScene s = scene(List.of(area("O", oblast, RED), area("C", city, RED)));
        assertEquals(RED, pixel(s, 500, 500), "the city is filled, not cut out of its oblast");
        assertEquals(RED, pixel(s, 100, 100));
        // and an enclave in a hole of its region, of the same colour
        Polygon enclave = square(400, 400, 200);
        MapScene holed = scene(List.of(area("R", square(0, 0, 1000, enclave), RED), area("E", enclave, RED)));
        assertEquals(RED, pixel(holed, 500, 500));
    }

    @Test
    void aRegionDrawnOverAnotherStaysOnTop() {
        // a city drawn over its oblast without a hole, and a region of the city's colour before both
        Polygon far = square(2000, 0, 300);
        Polygon oblast = square(0, 0, 1000);
        Polygon city = square(400, 400, 200);
        MapScene s = scene(List.of(area("F", far, BLUE), area("O", oblast, RED), area("C", city, BLUE)));
        assertEquals(BLUE, pixel(s, 500, 500), "the city, after its oblast in the scene, is painted over it");
        assertEquals(RED, pixel(s, 100, 100));
        assertEquals(BLUE, pixel(s, 2150, 150));
    }

    @Test
    void theDistrictMapIsFilledOnceAColourNotOnceARegion() throws Exception {
        IndicatorData data = IndicatorData.bundled();
        PreparedLayer districts = new PreparedLayer(RegionLayers.load(MapLevel.DISTRICT));
        MapScene s = ChoroplethScenes.build(data, districts, data.catalog().require("area_km2"), 2024,
                ChoroplethSpec.defaults("ru").withClasses(9)).scene();
        Set<Integer> colours = new HashSet<>();
        for (MapScene.Area a : s.areas()) if (a.hasData()) colours.add(a.fillArgb());
        int[] fills = {0};
        Surface counting = new Surface() {
            public void beginPath() {}
            public void ring(double[] xs, double[] ys, int n) {}
            public void fillPath(int argb) { fills[0]++; }
            public void strokePath(int argb, double width) {}
            public void clipToPath() {}
            public void save() {}
            public void restore() {}
            public void fillRect(double x, double y, double w, double h, int argb) {}
            public void strokeRect(double x, double y, double w, double h, int argb, double width) {}
            public void line(double x1, double y1, double x2, double y2, int argb, double width) {}
            public void text(String t, double x, double y, double size, boolean bold, int argb, double align, int halo) {}
            public double textWidth(String t, double size, boolean bold) { return t.length() * size / 2; }
        };
        MapPainter p = new MapPainter();
        p.paintFills(s, counting, 1000, 700, p.fitViewport(s, 1000, 700));
        assertEquals(224, s.areas().size());
        assertEquals(9, colours.size());
        // a city's district inside another district's box is filled on its own: a few more than 9
        assertTrue(fills[0] <= colours.size() + 3, fills[0] + " fills for " + colours.size() + " colours");
    }
}
