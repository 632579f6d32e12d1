package kz.aimaq.core.render;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

/** The whole map pipeline on the real boundary file and the bundled data. */
class ChoroplethRenderTest {
    static PreparedLayer oblasts;
    static IndicatorData data = IndicatorData.bundled();

    @BeforeAll
    static void load() throws Exception {
        oblasts = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
    }

    @Test
    void astanaPixelHasTheColourOfItsClass() {
        Indicator grppc = data.catalog().require("grp_per_capita");
        Choropleth c = ChoroplethScenes.build(data, oblasts, grppc, 2024,
                ChoroplethSpec.defaults("ru").withMethod(ClassificationMethod.QUANTILE).withClasses(5).withLabels(false));
        // Astana's 2024 GRP per capita (derived: GRP / population) is among the highest: top quintile
        double astana = c.values().get("71");
        assertEquals(4, c.classification().classOf(astana), "Astana " + astana + " in the top class");
        int expected = c.legend().entries().get(4).color();

        int w = 1600, h = 1000;
        BufferedImage img = PngExporter.render(c.scene(), w, h);
        Viewport v = new MapPainter().fitViewport(c.scene(), w, h);
        Coordinate inside = oblasts.anchor("71");
        int px = (int) Math.round(v.toDeviceX(inside.x)), py = (int) Math.round(v.toDeviceY(inside.y));
        int actual = img.getRGB(px, py) & 0xFFFFFF;
        assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), "pixel at Astana (" + px + "," + py + ")");
    }

    /** The painter keeps its last label placement for the hover layer: it must never be another scene's. */
    @Test
    void aPainterDrawsEachScenesOwnLabelsAfterAnotherScene() {
        Indicator grppc = data.catalog().require("grp_per_capita");
        MapScene russian = ChoroplethScenes.build(data, oblasts, grppc, 2024, ChoroplethSpec.defaults("ru")).scene();
        MapScene kazakh = ChoroplethScenes.build(data, oblasts, grppc, 2024, ChoroplethSpec.defaults("kk")).scene();
        int w = 1200, h = 800;
        MapPainter reused = new MapPainter();
        BufferedImage first = picture(reused, russian, w, h);
        BufferedImage afterRussian = picture(reused, kazakh, w, h);
        BufferedImage fresh = picture(new MapPainter(), kazakh, w, h);
        int differing = 0, differingFromRussian = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (afterRussian.getRGB(x, y) != fresh.getRGB(x, y)) differing++;
                if (first.getRGB(x, y) != fresh.getRGB(x, y)) differingFromRussian++;
            }
        }
        assertEquals(0, differing, "pixels that differ from a fresh painter's picture of the same scene");
        assertTrue(differingFromRussian > 1000, "the Kazakh labels are other text: " + differingFromRussian + " pixels differ");
    }

    static BufferedImage picture(MapPainter painter, MapScene scene, int w, int h) {
        return PngExporter.render((s, pw, ph) -> painter.paint(scene, s, pw, ph, null), w, h);
    }

    @Test
    void regionsWithOldTerritoryFiguresAreNoDataNotTheirParentsValue() {
        // 2020 unemployment for Almaty oblast (19) describes the pre-2022 territory incl. Zhetisu
        Indicator u = data.catalog().require("unemployment_rate");
        Choropleth c = ChoroplethScenes.build(data, oblasts, u, 2020, ChoroplethSpec.defaults("en"));
        assertFalse(c.values().containsKey("19"));
        assertFalse(c.values().containsKey("33"), "Zhetisu did not exist in 2020");
        assertEquals(0, c.fillOf("19"));
        assertNotEquals(0, c.fillOf("11"), "Akmola has a 2020 value on its unchanged territory");
        assertEquals(6, c.scene().legend().noData().count(), "19, 35, 63 (old territory) + 10, 33, 62 (not yet created)");
    }

    @Test
    void legendCountsAddUpToRegionsWithData() {
        Indicator pop = data.catalog().require("population_avg");
        Choropleth c = ChoroplethScenes.build(data, oblasts, pop, 2024,
                ChoroplethSpec.defaults("kk").withMethod(ClassificationMethod.NATURAL_BREAKS).withClasses(4));
        int sum = c.scene().legend().entries().stream().mapToInt(LegendBlock.Entry::count).sum();
        assertEquals(20, sum);
        assertNull(c.scene().legend().noData());
        assertEquals("Халық саны (жылдық орташа)", c.scene().legend().title());
    }

    @Test
    void anOblastIndicatorOnTheDistrictMapIsDrawnAsNoDataWithAReason() throws Exception {
        PreparedLayer districts = new PreparedLayer(RegionLayers.load(MapLevel.DISTRICT));
        Choropleth c = ChoroplethScenes.build(data, districts, data.catalog().require("grp"), 2024, ChoroplethSpec.defaults("en"));
        assertTrue(c.values().isEmpty());
        assertEquals(224, c.scene().legend().noData().count());
        assertTrue(c.scene().legend().footnote().contains("no district figures"), c.scene().legend().footnote());
        // area does exist per district, from the polygons
        Choropleth area = ChoroplethScenes.build(data, districts, data.catalog().require("area_km2"), 2024, ChoroplethSpec.defaults("en"));
        assertEquals(224, area.values().size());
    }
}
