package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SimulateCommandTest {

    static CliRun run(String... argv) { return CliRun.of(argv); }

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void oneRowPerYearFromTheBaseYear() throws Exception {
        CliRun r = run("simulate", "--scenario", "inertial", "--years", "10", "--weights", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("year,national_grp,gini,gini_weighted,theil,theil_between,theil_within,williamson,"
                + "cv,max_min_ratio,regions_below_avg,sd_log\n"), r.out());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(11, rows.size(), "2025 (data) and 2026-2035");
        assertEquals("2025", rows.getFirst().get("year"));
        assertEquals("159608552.9", rows.getFirst().get("national_grp"), "2025 national GRP, BNS, million KZT");
        assertEquals("2035", rows.getLast().get("year"));
        // Inertial: the nation grows at g_nat = 3.906 %/yr (2011-2025): 159,608,552.9 × 1.039058^10 = 234.1 trillion
        assertEquals(159_608_552.9 * Math.pow(1.0390583115, 10), Double.parseDouble(rows.getLast().get("national_grp")), 2e4);
        for (CSVRecord row : rows) {
            double t = Double.parseDouble(row.get("theil"));
            double b = Double.parseDouble(row.get("theil_between")), w = Double.parseDouble(row.get("theil_within"));
            assertEquals(t, b + w, 2e-6, "between + within = total (6 decimals) in " + row.get("year"));
        }
    }

    @Test
    void monteCarloAddsBandsThatContainTheCentralRun() throws Exception {
        CliRun r = run("simulate", "--scenario", "mix", "--years", "5", "--runs", "200", "--seed", "7", "--weights", "none");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = csv(r.out());
        CSVRecord end = rows.getLast();
        double p5 = Double.parseDouble(end.get("national_grp_p5")), p95 = Double.parseDouble(end.get("national_grp_p95"));
        double central = Double.parseDouble(end.get("national_grp"));
        assertTrue(p5 < central && central < p95, "2030 GRP " + central + " within [" + p5 + ", " + p95 + "]");
        assertTrue(Double.parseDouble(end.get("theil_p5")) < Double.parseDouble(end.get("theil_p95")));
        assertEquals(r.out(), run("simulate", "--scenario", "mix", "--years", "5", "--runs", "200", "--seed", "7",
                "--weights", "none").out(), "same seed, same output");
    }

    @Test
    void regionsAddOneRowPerRegionAndYear() throws Exception {
        CliRun r = run("simulate", "--scenario", "selective", "--years", "5", "--regions", "--weights", "none");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(6 + 20 * 6, rows.size(), "6 national rows + 20 regions × 6 years");
        CSVRecord kyzylorda2025 = rows.stream().filter(x -> x.get("kato").equals("43") && x.get("year").equals("2025")).findFirst().orElseThrow();
        // BNS 2025: GRP 3,051,041.2 million KZT, population 846,208 → 3,605.5 thousand KZT per person
        assertEquals("3051041.2", kyzylorda2025.get("grp"));
        assertEquals("846208", kyzylorda2025.get("population"));
        assertEquals("3605.5", kyzylorda2025.get("grp_per_capita"));
        assertEquals("", kyzylorda2025.get("theil"), "regional rows leave national measures empty");
        double pop = rows.stream().filter(x -> !x.get("kato").equals("00") && x.get("year").equals("2030"))
                .mapToDouble(x -> Double.parseDouble(x.get("population"))).sum();
        double national = rows.stream().filter(x -> x.get("kato").equals("00") && x.get("year").equals("2030"))
                .mapToDouble(x -> Double.parseDouble(x.get("population"))).sum();
        assertEquals(national, pop, 20, "regional populations add up to the national one (rounding of 20 rows)");
    }

    @Test
    void spilloversFromTheMapRaisePoleNeighbours() throws Exception {
        // Growth poles in 2050: no weights 428.6, queen contiguity 428.9 trillion KZT; distance decay adds too
        double none = endGrp("none"), queen = endGrp("queen"), distance = endGrp("distance");
        assertEquals(428.6e6, none, 0.1e6);
        assertEquals(428.9e6, queen, 0.1e6);
        assertTrue(distance > none, "inverse-distance spread also adds GRP: " + distance + " > " + none);
        assertEquals(2, run("simulate", "--scenario", "mix", "--weights", "distance", "--gamma", "0").code());
    }

    private static double endGrp(String weights) throws Exception {
        CliRun r = run("simulate", "--scenario", "growth-poles", "--weights", weights);
        assertEquals(0, r.code(), r.err());
        return Double.parseDouble(csv(r.out()).getLast().get("national_grp"));
    }

    @Test
    void jsonHasTheSameColumns() throws Exception {
        CliRun r = run("simulate", "--scenario", "growth-poles", "--years", "5", "--alpha", "0.8", "--format", "json", "--weights", "none");
        assertEquals(0, r.code(), r.err());
        JsonNode arr = Output.mapper().readTree(r.out());
        assertEquals(6, arr.size());
        assertEquals(2030, arr.get(5).get("year").asInt());
        assertTrue(arr.get(5).has("theil_between"));
    }

    @Test
    void scenarioFilesAreReadAndOptionsOverrideThem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kyzylorda.json");
        Files.writeString(f, "{\"preset\": \"selective\", \"targets\": [\"43\"], \"budget\": 0.02, \"horizon\": 8}");
        CliRun r = run("simulate", "--scenario", f.toString(), "--weights", "none");
        assertEquals(0, r.code(), r.err());
        assertEquals(9, csv(r.out()).size(), "horizon 8 from the file");
        assertEquals(6, csv(run("simulate", "--scenario", f.toString(), "--years", "5", "--weights", "none").out()).size());
        Files.writeString(f, "{\"preset\": \"selective\", \"targets\": [\"43\", \"99\"]}");
        CliRun bad = run("simulate", "--scenario", f.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown region code '99' in targets"), bad.err());
    }

    @Test
    void userMistakesGetOneLineAndExitCode2() {
        for (String[] argv : new String[][]{
                {"simulate", "--scenario", "poles"},
                {"simulate"},
                {"simulate", "--scenario", "mix", "--alpha", "1.4"},
                {"simulate", "--scenario", "mix", "--years", "50"},
                {"simulate", "--scenario", "mix", "--grouping", "seven"},
                {"simulate", "--scenario", "mix", "--runs", "0"},
                {"simulate", "--scenario", "mix", "--alpah", "0.3"}}) {
            CliRun r = run(argv);
            assertEquals(2, r.code(), String.join(" ", argv));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("aimaq simulate: "), r.err());
        }
        assertTrue(run("simulate", "--scenario", "mix", "--years", "50").err().contains("5 to 30 years, got 50"));
    }
}
