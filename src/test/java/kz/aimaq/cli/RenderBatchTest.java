package kz.aimaq.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code render} over several years and indicators in one run, and its animation output. */
class RenderBatchTest {

    private static List<Path> files(Path dir) throws Exception {
        try (var s = Files.walk(dir)) { return s.filter(Files::isRegularFile).sorted().toList(); }
    }

    @Test
    void twoIndicatorsTimesThreeYearsWriteSixNamedFilesInNewFoldersOneLineEach(@TempDir Path dir) throws Exception {
        String pattern = dir.resolve("maps/{indicator}/{year}.png").toString();
        CliRun r = CliRun.of("render", "--indicator", "grp_per_capita,unemployment_rate", "--years", "2017-2018,2022",
                "--size", "400x300", "--out", pattern);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> expected = List.of("grp_per_capita/2017", "grp_per_capita/2018", "grp_per_capita/2022",
                "unemployment_rate/2017", "unemployment_rate/2018", "unemployment_rate/2022").stream()
                .map(n -> dir.resolve("maps/" + n + ".png").toString()).toList();
        assertEquals(expected, r.out().strip().lines().toList(), "one line per file, in the order asked");
        assertEquals(expected.stream().map(Path::of).sorted().toList(), files(dir));
        var img = ImageIO.read(Path.of(expected.getFirst()).toFile());
        assertEquals(400, img.getWidth());
    }

    @Test
    void aPatternThatWouldOverwriteItselfIsRefusedBeforeAnyWork(@TempDir Path dir) throws Exception {
        CliRun years = CliRun.of("render", "--indicator", "grp", "--years", "2016-2018", "--out", dir.resolve("out/grp.png").toString());
        assertEquals(2, years.code());
        assertTrue(years.err().contains("3 years would all be written to") && years.err().contains("put {year} in --out"), years.err());
        CliRun indicators = CliRun.of("render", "--indicator", "grp,grp_per_capita", "--year", "2024",
                "--out", dir.resolve("out/{year}.png").toString());
        assertEquals(2, indicators.code());
        assertTrue(indicators.err().contains("2 indicators would all be written to") && indicators.err().contains("{indicator}"),
                indicators.err());
        CliRun typo = CliRun.of("render", "--indicator", "grp", "--years", "2016-2018", "--out", dir.resolve("{indicator}-{yr}.png").toString());
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("--out has {yr}"), typo.err());
        CliRun gifYear = CliRun.of("render", "--indicator", "grp", "--years", "2016-2018", "--out", dir.resolve("m-{year}.gif").toString());
        assertEquals(2, gifYear.code());
        assertTrue(gifYear.err().contains("take {year} out of --out"), gifYear.err());
        CliRun fps = CliRun.of("render", "--indicator", "grp", "--year", "2018", "--fps", "2", "--out", dir.resolve("m.png").toString());
        assertEquals(2, fps.code());
        assertTrue(fps.err().contains("--fps is for an animation"), fps.err());
        CliRun backwards = CliRun.of("render", "--indicator", "grp", "--years", "2020-2016", "--out", dir.resolve("{year}.png").toString());
        assertEquals(2, backwards.code());
        assertTrue(backwards.err().contains("ends before it starts"), backwards.err());
        for (CliRun r : List.of(years, indicators, typo, gifYear, fps, backwards)) assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "no folder made, no map drawn");
        assertEquals(List.of(), files(dir));
    }

    @Test
    void yearsWithoutAMapAreNamedWithTheReasonAndTheOthersWritten(@TempDir Path dir) throws Exception {
        // hourly earnings: published from 2014; before 2018 only for today's units, not the 16 of that map
        CliRun r = CliRun.of("render", "--indicator", "avg_hourly_earnings", "--years", "2013,2016,2018-2019", "--size", "400x300",
                "--out", dir.resolve("{year}.png").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(dir.resolve("2018.png").toString(), dir.resolve("2019.png").toString()), r.out().strip().lines().toList());
        assertTrue(r.err().contains("no map of avg_hourly_earnings for 2013: no figures in the data (years with data: 2014–"), r.err());
        assertTrue(r.err().contains("for 2016: figures exist but none for the units of that year's map, the territory before 2018"), r.err());
        assertEquals(2, files(dir).size());

        CliRun none = CliRun.of("render", "--indicator", "avg_hourly_earnings", "--years", "2010-2011", "--out", dir.resolve("x-{year}.png").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("for 2010, 2011: no figures"), none.err());
    }

    @Test
    void aGifOutIsAnAnimationWithOneFramePerYear(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("anim/grp.gif");
        CliRun r = CliRun.of("render", "--indicator", "grp_per_capita", "--years", "2017-2019", "--fps", "2", "--size", "400x300",
                "--lang", "kk", "--out", gif.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(gif.toString(), r.out().strip());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
        }
        CliRun gap = CliRun.of("render", "--indicator", "avg_hourly_earnings", "--years", "2016-2019", "--out", dir.resolve("e.gif").toString());
        assertEquals(2, gap.code());
        assertTrue(gap.err().contains("an animation needs a map for every year") && gap.err().contains("--years 2018-2019"), gap.err());
        assertFalse(Files.exists(dir.resolve("e.gif")));
    }

    /** The legend's class labels of an SVG map ("838,2 – 1 976,9"): text stays text in SVG. */
    private static List<String> classLabels(Path svg) throws Exception {
        var m = java.util.regex.Pattern.compile(">([0-9][^<>]*\u2013[^<>]*)<").matcher(Files.readString(svg));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1).replaceAll("\\s+\\(\\d+\\)$", "")); // without the region count
        return out;
    }

    @Test
    void sameClassesGiveEveryYearTheLegendOfThePooledYears(@TempDir Path dir) throws Exception {
        CliRun own = CliRun.of("render", "--indicator", "grp_per_capita", "--years", "2016,2024", "--lang", "ru", "--out",
                dir.resolve("own/{year}.svg").toString());
        assertEquals(0, own.code(), own.err());
        CliRun same = CliRun.of("render", "--indicator", "grp_per_capita", "--years", "2016,2024", "--same-classes", "--lang", "ru",
                "--out", dir.resolve("same/{year}.svg").toString());
        assertEquals(0, same.code(), same.err());
        List<String> own2016 = classLabels(dir.resolve("own/2016.svg")), own2024 = classLabels(dir.resolve("own/2024.svg"));
        List<String> same2016 = classLabels(dir.resolve("same/2016.svg")), same2024 = classLabels(dir.resolve("same/2024.svg"));
        assertEquals(5, own2016.size(), own2016.toString());
        assertNotEquals(own2016, own2024, "each year classified alone: nominal GRP per capita grew");
        assertEquals(same2016, same2024, "one set of classes for both years");
        assertNotEquals(own2016, same2016);
    }

    @Test
    void yearListsParse() {
        assertEquals(List.of(2010, 2011, 2012, 2020), RenderCommand.years("2010-2012, 2020"));
        assertEquals(List.of(2020, 2010), RenderCommand.years("2020,2010,2020"));
        assertEquals("2010–2012, 2015", RenderCommand.ranges(List.of(2015, 2010, 2011, 2012)));
    }
}
