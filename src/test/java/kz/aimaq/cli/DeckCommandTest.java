package kz.aimaq.cli;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class DeckCommandTest {

    @Test
    void mapsDeckHasOneSlidePerRequestedMap(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("maps.pptx");
        var r = RenderCommandTest.run("deck", "--maps", "grp_per_capita:2024,unemployment_rate:2023", "--lang", "en", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(2, ppt.getSlides().size());
        }
    }

    @Test
    void scenarioDeckFromTwoPresets(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp.pptx");
        var r = RenderCommandTest.run("deck", "--scenarios", "inertial,selective", "--years", "10", "--lang", "kk", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(5, ppt.getSlides().size());
        }
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
        assertFalse(Files.exists(dir.resolve("x.pptx")));
    }
}
