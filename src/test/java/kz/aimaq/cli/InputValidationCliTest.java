package kz.aimaq.cli;

import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 14 through the command line: each bad input gives one line on stderr and exit 2, or the right values. */
class InputValidationCliTest {
    @TempDir Path dir;

    private static CliRun run(String... args) { return CliRun.of(args); }

    /** Exit 2 and exactly one line that is neither a stack trace nor an internal error. */
    private static String oneLineRefusal(CliRun r) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return r.err();
    }

    @Test
    void aNegativeYearIsRefusedAsNotAYear() {
        String err = oneLineRefusal(run("table", "--indicator", "grp", "--year", "-5"));
        assertTrue(err.contains("--year must be a year") && err.contains("'-5'"), err);
        assertFalse(err.contains("missing --year"), err);
    }

    @Test
    void anOptionFollowedByAnotherOptionNeedsAValue() {
        String err = oneLineRefusal(run("table", "--indicator", "--year", "2024"));
        assertTrue(err.contains("--indicator needs a value"), err);
        assertFalse(err.contains("'true'"), err);
        // flags still work without a value
        CliRun flag = run("simulate", "--scenario", "inertial", "--years", "5", "--regions");
        assertEquals(0, flag.code(), flag.err());
    }

    @Test
    void nonFiniteOptionValuesAreRefused() {
        String err = oneLineRefusal(run("simulate", "--scenario", "inertial", "--alpha", "1e400"));
        assertTrue(err.contains("--alpha must be a finite number"), err);
    }

    @Test
    void formulaLikeLabelsAreNeutralisedInCsvOutput() throws Exception {
        Path csv = Files.writeString(dir.resolve("inject.csv"), """
                region;2024
                =HYPERLINK("http://evil.example","click");1
                @SUM(A1:A9);2
                +cmd;3
                Акмолинская область;-4
                """);
        CliRun r = run("import-check", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("'=HYPERLINK("), r.out());
        assertTrue(r.out().contains("'@SUM(A1:A9)"), r.out());
        assertTrue(r.out().contains("'+cmd"), r.out());
        for (String line : r.out().lines().toList()) {
            assertFalse(line.startsWith("=") || line.contains(",=") || line.contains(",@") || line.contains(",\"="), line);
        }
        CliRun v = run("import-check", csv.toString(), "--values");
        assertTrue(v.out().contains(",11,2024,-4,"), "negative numbers stay numbers: " + v.out());
    }

    @Test
    void valuesPrintsWhatWasReadForEveryRegion() throws Exception {
        StringBuilder text = new StringBuilder("Регион;2024\n");
        List<Region> regions = RegionCatalog.bundled().current().stream().filter(x -> !x.isNational()).toList();
        for (Region reg : regions) text.append(reg.nameRu()).append(";4,143\n");
        Path csv = Files.writeString(dir.resolve("v.csv"), text);
        CliRun r = run("import-check", csv.toString(), "--values");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("row,region,year,value,boundary", lines.getFirst());
        assertEquals(21, lines.size(), r.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",2024,4.143,")), r.out());
        // the user can insist on the other reading
        CliRun point = run("import-check", csv.toString(), "--values", "--decimal", "point");
        assertTrue(point.out().lines().skip(1).allMatch(l -> l.contains(",2024,4143,")), point.out());
    }

    @Test
    void absurdIndexWeightsAreRefused() throws Exception {
        Path spec = Files.writeString(dir.resolve("i.json"), """
                {"id": "huge", "components": [{"indicator": "grp_per_capita", "weight": 1e308},
                                              {"indicator": "unemployment_rate", "direction": "lower", "weight": 1}]}""");
        String err = oneLineRefusal(run("index", "--spec", spec.toString()));
        assertTrue(err.contains("must be between"), err);
    }

    @Test
    void aCorruptShapefileIsOneLineAndExit2() throws Exception {
        Path shp = dir.resolve("x.shp");
        byte[] header = new byte[100];
        header[2] = 0x27; header[3] = 0x0A; // 9994 big-endian
        Files.write(shp, header);
        Files.write(dir.resolve("x.shx"), header);
        Files.write(dir.resolve("x.dbf"), new byte[10]);
        String err = oneLineRefusal(run("import-check", shp.toString()));
        assertTrue(err.contains("x.dbf") && err.contains("truncated"), err);
    }
}
