package kz.aimaq.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class RenderCommandTest {

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void writesAPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("map.png");
        CliRun r = run("render", "--indicator", "unemployment_rate", "--year", "2024", "--method", "jenks", "--classes", "5",
                "--lang", "ru", "--size", "1280x720", "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
    }

    @Test
    void writesSvgAndPdfWithTheGivenTitleAndSwitchedOffLegend(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("map.svg"), pdf = dir.resolve("map.pdf");
        CliRun r = run("render", "--indicator", "population_avg", "--year", "2024", "--lang", "ru", "--title", "Население регионов",
                "--no-legend", "--out", svg.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"), text.substring(0, 40));
        assertTrue(text.contains(">Население регионов</text>"));
        assertFalse(text.contains(">Численность населения (среднегодовая)</text>"), "legend title absent with --no-legend");
        assertTrue(text.contains("id=\"region-75\"") || text.contains("id='region-75'"));

        CliRun p = run("render", "--indicator", "population_avg", "--year", "2024", "--lang", "kk", "--page", "16x9",
                "--out", pdf.toString());
        assertEquals(0, p.code(), p.err());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    }

    @Test
    void unsupportedExtensionIsExplained(@TempDir Path dir) {
        CliRun r = run("render", "--indicator", "grp", "--year", "2024", "--out", dir.resolve("map.jpg").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("use .png, .svg or .pdf"), r.err());
    }

    @Test
    void badArgumentsGiveOneLineAndExitCode2(@TempDir Path dir) {
        CliRun r = run("render", "--indicator", "nope", "--year", "2024", "--out", dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown indicator 'nope'"), r.err());
        assertEquals(1, r.err().strip().lines().count());

        CliRun size = run("render", "--indicator", "grp", "--year", "2024", "--size", "big", "--out", dir.resolve("x.png").toString());
        assertEquals(2, size.code());
        assertTrue(size.err().contains("--size must look like 1920x1080"), size.err());

        CliRun typo = run("render", "--indicatr", "grp", "--year", "2024", "--out", "x.png");
        assertEquals(2, typo.code());
        assertFalse(Files.exists(Path.of("x.png")));
    }

    @Test
    void tableHasTwentyRegionsAndTheNationalRow() {
        CliRun r = run("table", "--indicator", "population_avg", "--year", "2024");
        assertEquals(0, r.code(), r.err());
        var lines = r.out().strip().lines().toList();
        assertEquals("kato,iso,name_en,name_ru,name_kk,value,unit", lines.getFirst());
        assertEquals(22, lines.size(), "header + 20 regions + national");
        assertTrue(lines.contains("75,KZ-75,Almaty (city),город Алматы,Алматы қаласы,2260365,persons"), r.out());
        assertTrue(lines.getLast().startsWith("00,KZ,"), lines.getLast());
    }
}
