package kz.aimaq.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DisparitiesCommandTest {

    private static CliRun run(String... argv) { return CliRun.of(argv); }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void sixteenYearsTheilAddsUpAnd2025IsSimulatesFirstRow() throws Exception {
        CliRun r = run("disparities", "--indicator", "grp_per_capita", "--from", "2010", "--to", "2025", "--grouping", "five", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("year,n_units,gini,gini_weighted,theil,theil_between,theil_within,williamson,cv,sd_log,"
                + "max_min_ratio,regions_below_avg,"), r.out());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(16, rows.size());
        for (CSVRecord row : rows) {
            double t = Double.parseDouble(row.get("theil")), b = Double.parseDouble(row.get("theil_between")),
                    w = Double.parseDouble(row.get("theil_within"));
            assertEquals(t, b + w, 1.5e-6, row.get("year")); // each printed to 6 decimals
        }
        assertEquals("16", rows.get(6).get("n_units"));
        assertEquals("17", rows.get(9).get("n_units"));

        CliRun sim = run("simulate", "--scenario", "inertial");
        assertEquals(0, sim.code(), sim.err());
        CSVRecord first = csv(sim.out()).getFirst();
        CSVRecord y2025 = rows.getLast();
        assertEquals(first.get("year"), y2025.get("year"));
        for (String c : List.of("gini", "gini_weighted", "theil", "theil_between", "theil_within", "williamson", "cv",
                "sd_log", "max_min_ratio", "regions_below_avg")) {
            assertEquals(first.get(c), y2025.get(c), c);
        }
    }

    @Test
    void consistentTerritoryAndJson() throws Exception {
        CliRun r = run("disparities", "--indicator", "grp_per_capita", "--from", "2016", "--to", "2024", "--territory", "consistent",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        var rows = Output.mapper().readTree(r.out());
        assertEquals(9, rows.size());
        for (var row : rows) assertEquals(16, row.get("n_units").asInt());
    }

    @Test
    void mistakesAreOneLine() {
        CliRun total = run("disparities", "--indicator", "grp", "--from", "2010", "--to", "2025");
        assertEquals(2, total.code());
        assertTrue(total.err().contains("per-capita"), total.err());
        assertEquals(2, run("disparities", "--indicator", "grp_per_capita", "--from", "2020", "--to", "2010").code());
        assertEquals(2, run("disparities", "--indicator", "grp_per_capita", "--territory", "today").code());
    }

    @Test
    void chartWithPolicyPeriodsAndAScenario(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var svg = dir.resolve("d.svg");
        CliRun r = run("disparities", "--indicator", "grp_per_capita", "--from", "2010", "--to", "2025", "--out", svg.toString(),
                "--scenario", "inertial", "--lang", "kk");
        assertEquals(0, r.code(), r.err());
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.contains("Өсу полюстері стратегиясы (2006–2011)"), "growth-pole period in the key");
        assertTrue(text.contains("2020 жылға дейінгі болжамды схема (2011–2020)"));
        assertTrue(text.contains("Уильямсон индексі"), "a panel per measure");
        assertTrue(text.contains("Сценарий: Инерциялық"), "the projection is named in Kazakh");
        assertEquals(2, run("disparities", "--indicator", "grp_per_capita", "--scenario", "inertial").code(), "a scenario needs a chart");
        assertEquals(2, run("disparities", "--indicator", "grp_per_capita", "--out", dir.resolve("x.pdf").toString()).code());
    }

    /**
     * On a chart as narrow as the app's view at 1366 px, no title, key or source is cut with "…":
     * long measure names wrap onto two lines, the key gets smaller, the grouping is named in the
     * chart's language (it was "Five macro-regions" in a Kazakh chart).
     */
    @Test
    void aNarrowChartCutsNoWordAndNamesTheGroupingInItsLanguage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var svg = dir.resolve("narrow.svg");
        CliRun r = run("disparities", "--indicator", "grp_per_capita", "--from", "2010", "--to", "2025", "--out", svg.toString(),
                "--size", "960x560", "--scenario", "inertial", "--lang", "ru");
        assertEquals(0, r.code(), r.err());
        String text = java.nio.file.Files.readString(svg);
        assertFalse(text.contains("…"), "nothing cut");
        assertTrue(text.contains(">Джини, взвешенный<") && text.contains(">по населению<"), "the long name wraps");
        assertTrue(text.contains("«Пять макрорегионов»"), "the grouping in Russian");
        assertTrue(text.contains("Прогнозная схема до 2020 г. (2011–2020)") || text.contains("(2011–2020)"), "the whole key");
        var kk = dir.resolve("kk.svg");
        assertEquals(0, run("disparities", "--indicator", "grp_per_capita", "--from", "2010", "--to", "2025", "--out", kk.toString(),
                "--size", "960x560", "--lang", "kk").code());
        String kkText = java.nio.file.Files.readString(kk);
        assertTrue(kkText.contains("«Бес макроөңір»"), "the grouping in Kazakh");
        assertFalse(kkText.contains("Five macro-regions"));
        assertFalse(kkText.contains("…"));
    }

    /** The app's CSV export and the command print the same table. */
    @Test
    void appCsvEqualsCommandCsv() {
        var data = kz.aimaq.core.data.IndicatorData.bundled();
        var series = new kz.aimaq.core.disparity.DisparityMonitor(data).series("unemployment_rate", 2010, 2025,
                kz.aimaq.core.group.Groupings.preset("five"), kz.aimaq.core.disparity.TerritoryMode.BY_YEAR);
        CliRun r = run("disparities", "--indicator", "unemployment_rate", "--from", "2010", "--to", "2025");
        assertEquals(r.out(), kz.aimaq.core.disparity.DisparityTable.csv(series));
    }
}
