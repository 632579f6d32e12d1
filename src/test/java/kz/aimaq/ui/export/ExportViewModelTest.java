package kz.aimaq.ui.export;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.PreparedLayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The export dialog's state and commands, without a window. */
class ExportViewModelTest {
    static PreparedLayer oblasts;
    static final IndicatorData data = IndicatorData.bundled();
    static Choropleth map;
    static Indicator unemployment;

    @BeforeAll
    static void load() throws Exception {
        oblasts = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
        unemployment = data.catalog().require("unemployment_rate");
        map = ChoroplethScenes.build(data, oblasts, unemployment, 2024, ChoroplethSpec.defaults("ru"));
    }

    static ExportViewModel vm(String scenario) {
        return new ExportViewModel(map.scene(), unemployment, 2024, scenario, "Границы: geokz", "ru");
    }

    @Test
    void titleDefaultsToIndicatorYearAndScenario() {
        assertEquals("Уровень безработицы, 2024", vm(null).titleProperty().get());
        assertEquals("Уровень безработицы, 2024 — Полюса роста", vm("Полюса роста").titleProperty().get());
        assertEquals("%", vm(null).subtitleProperty().get());
    }

    @Test
    void switchesReachTheScene() {
        ExportViewModel v = vm(null);
        v.titleProperty().set("  ");
        v.legendProperty().set(false);
        v.attributionProperty().set(false);
        var d = v.scene().decorations();
        assertNull(d.title(), "a blank title is no title line");
        assertFalse(d.legend());
        assertNull(d.attributionLine());
        assertTrue(d.scaleBar());
        assertNotNull(d.sourceLine());
    }

    @Test
    void customSizeIsCheckedAndFileNameIsSafe() {
        ExportViewModel v = vm(null);
        assertArrayEquals(new int[]{1920, 1080}, v.pixelSize());
        v.sizeProperty().set(PngExporter.SizePreset.CUSTOM);
        v.customWidthProperty().set("abc");
        assertNull(v.pixelSize());
        v.customWidthProperty().set("1000");
        v.customHeightProperty().set("50000");
        assertNull(v.pixelSize());
        v.customHeightProperty().set(" 500 ");
        assertArrayEquals(new int[]{1000, 500}, v.pixelSize());
        assertEquals(2.0, v.aspect(), 1e-9);
        v.titleProperty().set("ВРП: регионы / 2024?");
        v.formatProperty().set(ExportViewModel.Format.SVG);
        assertEquals("ВРП регионы 2024.svg", v.suggestedFileName());
    }

    @Test
    void exportWritesThePresetSizeAndPreviewKeepsTheAspect(@TempDir Path dir) throws Exception {
        ExportViewModel v = vm(null);
        v.sizeProperty().set(PngExporter.SizePreset.A4_300DPI);
        Path png = dir.resolve("a4.png");
        v.export(png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(3508, img.getWidth());
        assertEquals(2480, img.getHeight());
        BufferedImage p = v.preview(480);
        assertEquals(480, p.getWidth());
        assertEquals(Math.round(480 * 2480 / 3508.0), p.getHeight());

        v.formatProperty().set(ExportViewModel.Format.PDF);
        Path pdf = dir.resolve("m.pdf");
        v.export(pdf);
        assertTrue(Files.size(pdf) > 10_000);
        try (var stream = Files.list(dir)) {
            assertEquals(2, stream.count(), "no temporary files left behind");
        }
    }
}
