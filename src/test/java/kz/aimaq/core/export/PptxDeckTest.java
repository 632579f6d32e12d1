package kz.aimaq.core.export;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.scenario.Calibration;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.scenario.Scenario;
import kz.aimaq.core.scenario.Simulator;
import kz.aimaq.core.stats.Contiguity;
import org.apache.poi.xslf.usermodel.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Dimension;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Decks written and opened again with POI: slide count, 16:9 page, picture pixels, editable text and table. */
class PptxDeckTest {
    static PreparedLayer oblasts;
    static final IndicatorData data = IndicatorData.bundled();
    static ScenarioComparison comparison;

    @BeforeAll
    static void load() throws Exception {
        oblasts = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
        Calibration cal = Calibration.bundled();
        Simulator sim = new Simulator(cal, Contiguity.queen(oblasts.layer()), Groupings.defaultGrouping());
        comparison = ScenarioComparison.run(Scenario.of(Preset.GROWTH_POLES, cal.defaultParameters()),
                Scenario.of(Preset.REDISTRIBUTION, cal.defaultParameters()), sim, oblasts, data, "ru");
    }

    @Test
    void comparisonMapsShareTheirClassBreaksSoColoursCompare() {
        assertArrayEquals(comparison.mapA().classification().breaks(), comparison.mapB().classification().breaks());
        assertNotEquals(comparison.mapA().values(), comparison.mapB().values(), "the two policies end in different places");
        // redistribution ends with less disparity than growth poles (docs/scenario-model.md, tested properties)
        double theilA = comparison.a().end().inequality().theil(), theilB = comparison.b().end().inequality().theil();
        assertTrue(theilB < theilA, theilA + " vs " + theilB);
        assertEquals("Полюса роста", comparison.nameA());
        assertEquals("Перераспределение", comparison.nameB());
    }

    @Test
    void runsOfDifferentLengthAreNotCompared() {
        Calibration cal = Calibration.bundled();
        Simulator sim = new Simulator(cal, null, Groupings.defaultGrouping());
        var ten = sim.run(Scenario.of(Preset.INERTIAL, cal.defaultParameters()).withHorizon(10));
        var twenty = sim.run(Scenario.of(Preset.MIX, cal.defaultParameters()).withHorizon(20));
        var e = assertThrows(IllegalArgumentException.class, () -> ScenarioComparison.of(ten, twenty, oblasts, data, "en"));
        assertTrue(e.getMessage().contains("same year"), e.getMessage());
    }

    @Test
    void comparisonDeckHasTitleTwoMapsChartAndAnEditableTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("deck.pptx");
        PptxDeck.writeComparison(comparison, out);
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(new Dimension(960, 540), ppt.getPageSize(), "13.333 × 7.5 in");
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(5, slides.size());
            assertTrue(texts(slides.get(0)).getFirst().contains("Полюса роста и Перераспределение"), texts(slides.get(0)).toString());
            int year = comparison.a().end().year();
            assertEquals("Полюса роста: ВРП на душу населения (модель), " + year, texts(slides.get(1)).getFirst());
            assertEquals("Перераспределение: ВРП на душу населения (модель), " + year, texts(slides.get(2)).getFirst());
            for (int i = 1; i <= 3; i++) {
                List<XSLFPictureShape> pics = pictures(slides.get(i));
                assertEquals(1, pics.size(), "one picture on slide " + (i + 1));
                Dimension px = pics.getFirst().getPictureData().getImageDimensionInPixels();
                assertEquals(new Dimension(1920, 1080), px);
                var a = pics.getFirst().getAnchor();
                assertEquals(16.0 / 9, a.getWidth() / a.getHeight(), 1e-6, "picture not distorted");
                assertTrue(a.getMinX() >= 0 && a.getMaxX() <= 960 && a.getMaxY() <= 540, "picture inside the slide: " + a);
            }
            XSLFTable table = slides.get(4).getShapes().stream().filter(s -> s instanceof XSLFTable).map(s -> (XSLFTable) s)
                    .findFirst().orElseThrow();
            assertEquals(8, table.getNumberOfRows(), "header + 7 metrics");
            assertEquals(4, table.getNumberOfColumns());
            assertEquals("Полюса роста", table.getCell(0, 1).getText());
            assertEquals("Индекс Тейла", table.getCell(4, 0).getText());
            // the table's figures are the trajectory's end-year values, formatted for Russian
            String theil = table.getCell(4, 1).getText();
            assertEquals(comparison.a().end().inequality().theil(), Double.parseDouble(theil.replace(',', '.')), 5e-5);
        }
    }

    @Test
    void mapDeckHasOneSlidePerMapWithItsTitle(@TempDir Path dir) throws Exception {
        var c = kz.aimaq.core.render.ChoroplethScenes.build(data, oblasts, data.catalog().require("grp_per_capita"), 2024,
                kz.aimaq.core.render.ChoroplethSpec.defaults("kk"));
        var layout = SnapshotLayout.defaults(data.catalog().require("grp_per_capita"), 2024, "kk");
        var scene = layout.apply(c.scene(), SnapshotLayout.attributionFor(oblasts.layer().attribution(), "kk"), "kk");
        Path out = dir.resolve("maps.pptx");
        PptxDeck.writeMaps(List.of(new PptxDeck.MapSlide(layout.title(), layout.subtitle(), scene),
                new PptxDeck.MapSlide("Екінші", null, scene)), out);
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(2, ppt.getSlides().size());
            assertEquals(List.of("Жан басына шаққандағы ЖӨӨ, 2024", "мың теңге"), texts(ppt.getSlides().getFirst()));
            assertEquals(List.of("Екінші"), texts(ppt.getSlides().get(1)));
            assertEquals(new Dimension(1920, 1080), pictures(ppt.getSlides().get(1)).getFirst().getPictureData().getImageDimensionInPixels());
        }
    }

    private static List<String> texts(XSLFSlide s) {
        List<String> t = new ArrayList<>();
        for (XSLFShape sh : s.getShapes()) if (sh instanceof XSLFTextBox b) t.add(b.getText());
        return t;
    }

    private static List<XSLFPictureShape> pictures(XSLFSlide s) {
        return Arrays.stream(s.getShapes().toArray(new XSLFShape[0])).filter(x -> x instanceof XSLFPictureShape)
                .map(x -> (XSLFPictureShape) x).toList();
    }
}
