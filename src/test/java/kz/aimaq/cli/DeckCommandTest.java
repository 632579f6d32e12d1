package kz.aimaq.cli;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.scenario.Calibration;
import org.apache.poi.xslf.usermodel.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What the command promises: the requested maps or scenarios, in the requested order, language and horizon. */
class DeckCommandTest {

    @Test
    void mapsDeckHasOneSlidePerRequestedMapInOrder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("maps.pptx");
        var r = RenderCommandTest.run("deck", "--maps", "grp_per_capita:2024,unemployment_rate:2023", "--lang", "ru", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Indicator grp = IndicatorData.bundled().catalog().require("grp_per_capita");
        Indicator unemployment = IndicatorData.bundled().catalog().require("unemployment_rate");
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(2, slides.size());
            assertEquals(List.of(grp.name("ru") + ", 2024", grp.unit("ru")), texts(slides.get(0)));
            assertEquals(List.of(unemployment.name("ru") + ", 2023", unemployment.unit("ru")), texts(slides.get(1)));
            byte[] first = pictures(slides.get(0)).getFirst().getPictureData().getData();
            byte[] second = pictures(slides.get(1)).getFirst().getPictureData().getData();
            assertEquals(1, pictures(slides.get(0)).size());
            assertEquals(1, pictures(slides.get(1)).size());
            assertFalse(Arrays.equals(first, second), "each slide shows its own map");
        }
    }

    @Test
    void scenarioDeckComparesTheTwoPresetsOverTheRequestedYearsInKazakh(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp.pptx");
        var r = RenderCommandTest.run("deck", "--scenarios", "inertial,selective", "--years", "10", "--lang", "kk", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Messages kk = Messages.of("kk");
        String a = kk.get("scenario.preset.inertial"), b = kk.get("scenario.preset.selective");
        int end = Calibration.bundled().baseYear() + 10;
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(5, slides.size());
            assertTrue(texts(slides.get(0)).getFirst().contains(a + " және " + b), texts(slides.get(0)).toString());
            String mapA = texts(slides.get(1)).getFirst(), mapB = texts(slides.get(2)).getFirst();
            assertTrue(mapA.startsWith(a + ": ") && mapA.endsWith(", " + end), mapA);
            assertTrue(mapB.startsWith(b + ": ") && mapB.endsWith(", " + end), mapB);
            assertTrue(texts(slides.get(3)).getFirst().endsWith("–" + end), texts(slides.get(3)).toString());

            XSLFTable table = slides.get(4).getShapes().stream().filter(s -> s instanceof XSLFTable)
                    .map(s -> (XSLFTable) s).findFirst().orElseThrow();
            List<XSLFTableRow> rows = table.getRows();
            assertEquals(List.of(a, b), List.of(rows.getFirst().getCells().get(1).getText(), rows.getFirst().getCells().get(2).getText()));
            assertTrue(rows.size() >= 5, "a row per metric: " + rows.size());
            for (XSLFTableRow row : rows.subList(1, rows.size())) {
                var c = row.getCells();
                double va = number(c.get(1).getText()), vb = number(c.get(2).getText()), diff = number(c.get(3).getText());
                assertEquals(vb - va, diff, halfUnit(c.get(1).getText()) * 2 + halfUnit(c.get(3).getText()),
                        "difference column is B − A: " + c.get(0).getText());
            }
        }
    }

    /** A number as the kk/ru table prints it: "11 179", "-0,006", "+0,26". */
    static double number(String s) {
        return Double.parseDouble(s.replaceAll("[\\s\\u00A0\\u202F+]", "").replace('−', '-').replace(',', '.'));
    }

    /** Half of the last printed digit: the rounding a printed number may carry. */
    static double halfUnit(String s) {
        int comma = s.indexOf(',');
        int decimals = comma < 0 ? 0 : s.length() - comma - 1;
        return 0.5 * Math.pow(10, -decimals);
    }

    @Test
    void mistakesAreOneLine(@TempDir Path dir) {
        var one = RenderCommandTest.run("deck", "--scenarios", "inertial", "--out", dir.resolve("x.pptx").toString());
        assertEquals(2, one.code());
        assertTrue(one.err().contains("two scenarios"), one.err());
        var both = RenderCommandTest.run("deck", "--out", dir.resolve("x.pptx").toString());
        assertTrue(both.err().contains("either --scenarios"), both.err());
        var ext = RenderCommandTest.run("deck", "--maps", "grp:2024", "--out", dir.resolve("x.ppt").toString());
        assertTrue(ext.err().contains(".pptx"), ext.err());
        var unknown = RenderCommandTest.run("deck", "--scenarios", "inertial,nope", "--out", dir.resolve("x.pptx").toString());
        assertTrue(unknown.err().contains("neither a preset"), unknown.err());
        for (var e : List.of(one, both, ext, unknown)) assertEquals(1, e.err().strip().lines().count(), e.err());
        assertFalse(Files.exists(dir.resolve("x.pptx")));
    }

    private static List<String> texts(XSLFSlide s) {
        List<String> t = new ArrayList<>();
        for (XSLFShape sh : s.getShapes()) if (sh instanceof XSLFTextBox b) t.add(b.getText());
        return t;
    }

    private static List<XSLFPictureShape> pictures(XSLFSlide s) {
        return s.getShapes().stream().filter(x -> x instanceof XSLFPictureShape).map(x -> (XSLFPictureShape) x).toList();
    }
}
