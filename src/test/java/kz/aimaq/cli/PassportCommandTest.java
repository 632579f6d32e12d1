package kz.aimaq.cli;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.territory.Territory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code passport} and {@code atlas}: what the "done when" asks, read back from the files. */
class PassportCommandTest {

    /** Text without any whitespace: figures keep their no-break spaces, long sources wrap anywhere. */
    static String squash(String s) { return s.replaceAll("[\\s\\u00A0\\u202F]", ""); }

    static String pdfText(Path pdf, int[] pages) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages[0] = doc.getNumberOfPages();
            return new PDFTextStripper().getText(doc);
        }
    }

    static Observation latest(String indicator, String kato) {
        IndicatorData d = IndicatorData.bundled();
        int year = d.series(indicator, kato).lastKey();
        return d.get(indicator, year, kato).orElseThrow();
    }

    @Test
    void kyzylordaPassportInRussianIsOnePageWithTheLatestFiguresRankAndSource(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("k.pdf");
        CliRun r = CliRun.of("passport", "--region", "43", "--lang", "ru", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        int[] pages = new int[1];
        String text = pdfText(out, pages);
        assertEquals(1, pages[0]);
        assertTrue(text.contains("Кызылординская"), text);
        String flat = squash(text);
        IndicatorData d = IndicatorData.bundled();
        for (String id : new String[]{"grp_per_capita", "unemployment_rate"}) {
            Observation o = latest(id, "43");
            var ind = d.catalog().require(id);
            String value = NumberFormats.format(o.value(), ind.decimals(), "ru");
            assertTrue(flat.contains(squash(value)), id + " " + value + " in\n" + text);
            assertTrue(text.contains(ind.name("ru") + ", " + ind.unit("ru")) || text.contains(ind.unit("ru")), id + " unit");
            assertTrue(text.contains(String.valueOf(o.year())), id + " year");
            assertTrue(flat.contains(squash(o.source())), id + " source " + o.source());
        }
        assertTrue(text.contains("из 20"), text);
        assertTrue(text.contains("Источники"), text);
        assertFalse(text.contains("…"), "no text is cut:\n" + text);
    }

    @Test
    void kazakhPassportHasTheKazakhName(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("k.pdf");
        assertEquals(0, CliRun.of("passport", "--region", "43", "--lang", "kk", "--out", out.toString()).code());
        String text = pdfText(out, new int[1]);
        assertTrue(text.contains("Қызылорда облысы"), text);
        assertTrue(text.contains("20 ішінен"), text);
        assertFalse(text.contains("…"), text);
    }

    @Test
    void abaiPassportSaysItsLinesStartIn2022(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("abai.pdf");
        assertEquals(0, CliRun.of("passport", "--region", "10", "--lang", "ru", "--out", out.toString()).code());
        String text = squash(pdfText(out, new int[1]));
        assertTrue(text.contains(squash("линии начинаются с 2022 г.")), text);
    }

    @Test
    void atlasPdfHasAContentsPageAndTwentyRegionPages(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("atlas.pdf");
        CliRun r = CliRun.of("atlas", "--lang", "ru", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(21, doc.getNumberOfPages());
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String contents = first.getText(doc);
            assertTrue(contents.contains("Содержание"), contents);
            RegionCatalog c = RegionCatalog.bundled();
            for (String k : Territory.TODAY) assertTrue(contents.contains(c.require(k).name("ru")), k + " in contents");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(21);
            last.setEndPage(21);
            assertTrue(last.getText(doc).contains(c.require(Territory.TODAY.getLast()).name("ru")));
        }
    }

    @Test
    void passportSlideAndKazakhAtlasDeck(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("k.pptx"), atlas = dir.resolve("atlas.pptx");
        assertEquals(0, CliRun.of("passport", "--region", "43", "--lang", "ru", "--out", one.toString()).code());
        try (InputStream in = Files.newInputStream(one); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(1, ppt.getSlides().size());
            String text = slideText(ppt.getSlides().getFirst());
            assertTrue(text.contains("Кызылординская область"), text);
            assertTrue(text.contains("из 20"), text);
            Observation o = latest("unemployment_rate", "43");
            assertTrue(text.contains(NumberFormats.format(o.value(), 1, "ru")), text);
            assertTrue(squash(text).contains(squash(o.source())), text);
        }
        CliRun r = CliRun.of("atlas", "--lang", "kk", "--out", atlas.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(atlas); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(21, ppt.getSlides().size());
            assertTrue(slideText(ppt.getSlides().getFirst()).contains("Мазмұны"));
            assertTrue(slideText(ppt.getSlides().get(11)).contains("Қызылорда облысы"), "43 is the 11th region");
        }
    }

    @Test
    void mistakesAreOneLineAndExit2(@TempDir Path dir) {
        CliRun bad = CliRun.of("passport", "--region", "51", "--out", dir.resolve("x.pdf").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("51"), bad.err());
        assertEquals(2, CliRun.of("atlas", "--out", dir.resolve("x.png").toString()).code());
    }

    static String slideText(XSLFSlide s) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape sh : s.getShapes()) {
            if (sh instanceof XSLFTextShape t) b.append(t.getText()).append('\n');
            if (sh instanceof XSLFTable t) t.getRows().forEach(row -> row.getCells().forEach(c -> b.append(c.getText()).append('\n')));
        }
        return b.toString();
    }
}
