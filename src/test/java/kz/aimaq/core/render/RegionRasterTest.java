package kz.aimaq.core.render;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.territory.Territory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The screen's fill layer at rest comes from a raster of region ids: it must show what painting
 * the fills as paths shows (the exports' way), and a recolour must reuse it while any change of
 * view must not.
 */
class RegionRasterTest {
    static PreparedLayer oblasts;
    static IndicatorData data = IndicatorData.bundled();
    static final int W = 1000, H = 700;

    @BeforeAll
    static void load() throws Exception {
        oblasts = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
    }

    /** A scene fitted into W x H with its raster and the fill pixels painted through it. */
    record View(MapPainter painter, Viewport viewport, RegionRaster raster, int[] pixels) {}

    static View view(MapScene s, double pixelScale) {
        MapPainter p = new MapPainter();
        Viewport v = p.fitViewport(s, W, H);
        RegionRaster r = p.regionRaster(s, W, H, v, pixelScale);
        int[] pixels = new int[r.deviceWidth() * r.deviceHeight()];
        p.paintFills(s, r, pixels);
        return new View(p, v, r, pixels);
    }

    static Choropleth grpPerCapita(int year) { return choropleth("grp_per_capita", year, 5); }

    /** An indicator's oblast map in Russian, without labels, in {@code classes} quantile classes. */
    static Choropleth choropleth(String indicator, int year, int classes) {
        return ChoroplethScenes.build(data, oblasts, data.catalog().require(indicator), year,
                ChoroplethSpec.defaults("ru").withLabels(false).withClasses(classes));
    }

    @Test
    void astanasPixelsAreAstanasAndHaveItsClassColour() {
        Choropleth c = grpPerCapita(2024);
        View view = view(c.scene(), 1);
        RegionRaster r = view.raster();
        int[] pixels = view.pixels();
        Coordinate astana = oblasts.anchor("71");
        int x = (int) view.viewport().toDeviceX(astana.x), y = (int) view.viewport().toDeviceY(astana.y);
        assertEquals("71", c.scene().areas().get(r.areaAt(x, y)).code());
        assertEquals(Integer.toHexString(c.fillOf("71") | 0xFF000000), Integer.toHexString(pixels[y * r.deviceWidth() + x]));
        assertEquals(-1, r.areaAt(0, 0), "the corner is background");
        // rows of long stretches of one region: a run per region a row crosses, not per pixel
        assertTrue(r.runs() > H && r.runs() < W * H / 50, r.runs() + " runs");
        assertEquals(MapPainter.BACKGROUND | 0xFF000000, pixels[0]);
    }

    @Test
    void theRasterShowsWhatPaintingTheFillsAsPathsShows() {
        Choropleth c = grpPerCapita(2024);
        View view = view(c.scene(), 1);
        RegionRaster r = view.raster();
        int[] pixels = view.pixels();
        BufferedImage paths = PngExporter.render((s, pw, ph) -> view.painter().paintFills(c.scene(), s, pw, ph, view.viewport()), W, H);
        int differing = 0, filled = 0, missed = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (r.areaAt(x, y) >= 0) filled++;
                if ((paths.getRGB(x, y) | 0xFF000000) == pixels[y * W + x]) continue;
                differing++;
                // antialiased there, whole here: on a region's edge, which the borders cover; or an island
                // thinner than a pixel, which no pixel's centre falls in (its border still shows it)
                if (!nearAnEdge(r, x, y)) missed++;
            }
        }
        assertTrue(filled > W * H / 4, filled + " pixels in regions");
        assertTrue(differing > 0, "the paths are antialiased, the raster is not: edges differ");
        assertTrue(differing < filled / 20, differing + " of " + filled + " pixels differ");
        assertTrue(missed <= 20, missed + " pixels differ away from any edge (12 measured: Caspian islands, one sliver)");
    }

    /** Whether a pixel within 2 of (x, y) is of another region: an edge, or a sliver of a region thinner than a pixel. */
    static boolean nearAnEdge(RegionRaster r, int x, int y) {
        int id = r.areaAt(x, y);
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int nx = x + dx, ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= r.deviceWidth() || ny >= r.deviceHeight()) return true;
                if (r.areaAt(nx, ny) != id) return true;
            }
        }
        return false;
    }

    @Test
    void aRegionWithoutDataIsGreyAndHatched() {
        // 2020: Almaty oblast's figure is for its old territory, Abai, Zhetisu, Ulytau did not exist
        Choropleth c = choropleth("unemployment_rate", 2020, 5);
        assertEquals(0, c.fillOf("19"));
        View view = view(c.scene(), 1);
        RegionRaster r = view.raster();
        int[] pixels = view.pixels();
        int almaty = indexOf(c.scene(), "19");
        // diagonal lines every 6 px, as the screen's hatch tile: a pixel's grey depends on (x + y) mod 6 only
        Integer[] byDiagonal = new Integer[6];
        Set<Integer> greys = new HashSet<>();
        for (int k = 0; k < pixels.length; k++) {
            int x = k % W, y = k / W;
            if (r.areaAt(x, y) != almaty) continue;
            greys.add(pixels[k]);
            int d = (x + y) % 6;
            if (byDiagonal[d] == null) byDiagonal[d] = pixels[k];
            assertEquals(byDiagonal[d], pixels[k], "pixel (" + x + "," + y + ")");
        }
        assertTrue(greys.contains(MapPainter.NO_DATA_FILL | 0xFF000000), "grey between the lines");
        assertTrue(greys.size() >= 2, "and darker lines: " + greys.size());
        for (int g : greys) {
            int red = (g >> 16) & 0xFF, green = (g >> 8) & 0xFF, blue = g & 0xFF;
            assertTrue(Math.abs(red - green) < 8 && Math.abs(green - blue) < 8, "grey, not a class colour: " + Integer.toHexString(g));
        }
    }

    /**
     * Colouring the same pixels again skips the runs whose colour stays: whatever goes from one
     * colouring to the next (unemployment 2020 with its hatched no-data regions, GRP 2024, seven
     * classes, unemployment again), the pixels equal a colouring into fresh ones.
     */
    @Test
    void colouringAgainGivesThePixelsOfAFreshColouring() {
        Choropleth first = grpPerCapita(2024);
        View view = view(first.scene(), 1);
        MapPainter p = view.painter();
        int[] again = view.pixels();
        List<MapScene> scenes = List.of(choropleth("unemployment_rate", 2020, 5).scene(), first.scene(),
                choropleth("grp_per_capita", 2024, 7).scene(), choropleth("unemployment_rate", 2020, 5).scene());
        for (MapScene s : scenes) {
            assertTrue(p.rasterShows(view.raster(), s, W, H, view.viewport(), 1));
            p.paintFills(s, view.raster(), again);
            int[] fresh = new int[again.length]; // through a raster of its own, which has coloured nothing yet
            p.paintFills(s, p.regionRaster(s, W, H, view.viewport(), 1), fresh);
            assertArrayEquals(fresh, again);
        }
    }

    @Test
    void aRecolourKeepsTheRasterAndAnyChangeOfViewDoesNot() throws Exception {
        Choropleth c = grpPerCapita(2024);
        View view = view(c.scene(), 1);
        MapPainter p = view.painter();
        Viewport v = view.viewport();
        RegionRaster r = view.raster();
        List<MapScene.Area> recoloured = new ArrayList<>();
        for (MapScene.Area a : c.scene().areas()) recoloured.add(a.withFill(0xFF123456));
        MapScene other = c.scene().withAreas(recoloured);
        assertTrue(p.rasterShows(r, other, W, H, v, 1), "another indicator on the same regions");
        int[] pixels = new int[W * H];
        p.paintFills(other, r, pixels);
        Coordinate astana = oblasts.anchor("71");
        assertEquals(0xFF123456, pixels[(int) v.toDeviceY(astana.y) * W + (int) v.toDeviceX(astana.x)]);

        assertFalse(p.rasterShows(r, other, W + 1, H, v, 1), "another size");
        assertFalse(p.rasterShows(r, other, W, H, v, 2), "a Retina screen");
        Viewport panned = v.pan(10, 0);
        assertFalse(p.rasterShows(r, other, W, H, panned, 1), "panned");
        PreparedLayer territory2015 = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST, Territory.forYear(2015)));
        MapScene in2015 = ChoroplethScenes.build(data, territory2015, data.catalog().require("grp_per_capita"), 2015,
                ChoroplethSpec.defaults("ru").withLabels(false)).scene();
        assertEquals(16, in2015.areas().size());
        assertFalse(p.rasterShows(r, in2015, W, H, v, 1), "2015: the regions of 2015");
    }

    @Test
    void onARetinaScreenTheRasterHasTwoDevicePixelsPerPx() {
        Choropleth c = grpPerCapita(2024);
        View view = view(c.scene(), 2);
        Viewport v = view.viewport();
        RegionRaster r = view.raster();
        assertEquals(2 * W, r.deviceWidth());
        assertEquals(2 * H, r.deviceHeight());
        Coordinate astana = oblasts.anchor("71");
        int x = (int) (2 * v.toDeviceX(astana.x)), y = (int) (2 * v.toDeviceY(astana.y));
        assertEquals("71", c.scene().areas().get(r.areaAt(x, y)).code());
    }

    static int indexOf(MapScene s, String code) {
        for (int i = 0; i < s.areas().size(); i++) if (s.areas().get(i).code().equals(code)) return i;
        throw new AssertionError(code);
    }
}
