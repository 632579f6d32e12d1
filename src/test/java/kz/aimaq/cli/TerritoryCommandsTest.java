package kz.aimaq.cli;

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
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** table, render and groups show a year on its own territory (issue 12). */
class TerritoryCommandsTest {

    private static CliRun run(String... argv) { return CliRun.of(argv); }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void table2016HasSixteenRegionsWithSouthKazakhstanAndNoBlanks() throws Exception {
        CliRun r = run("table", "--indicator", "grp_per_capita", "--year", "2016");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(17, rows.size(), "16 regions + national");
        for (CSVRecord row : rows) assertFalse(row.get("value").isEmpty(), row.toString());
        CSVRecord south = rows.stream().filter(x -> x.get("kato").equals("51")).findFirst().orElseThrow();
        assertEquals("South Kazakhstan Region", south.get("name_en"));
        assertEquals("975.3", south.get("value"));
        assertEquals("00", rows.getLast().get("kato"));
        // Karaganda 2016 as published on its pre-2022 territory
        assertTrue(r.out().contains("35,KZ-35,Karaganda Region,Карагандинская область,Қарағанды облысы,2682.6,"), r.out());
    }

    @Test
    void table2019HasSeventeenAndTodayKeepsTwenty() throws Exception {
        List<CSVRecord> y2019 = csv(run("table", "--indicator", "grp_per_capita", "--year", "2019").out());
        assertEquals(18, y2019.size());
        assertTrue(y2019.stream().noneMatch(x -> x.get("value").isEmpty()));
        List<CSVRecord> today = csv(run("table", "--indicator", "grp_per_capita", "--year", "2016", "--territory", "today").out());
        assertEquals(21, today.size());
        assertEquals(8, today.stream().filter(x -> x.get("value").isEmpty()).count(), "the eight changed units are blank");
        assertEquals(2, run("table", "--indicator", "grp", "--year", "2016", "--territory", "then").code());
    }

    private static long count(String svg, String regex) {
        return Pattern.compile(regex).matcher(svg).results().count();
    }

    @Test
    void renderDrawsTheYearsTerritory(@TempDir Path dir) throws Exception {
        Path m2016 = dir.resolve("m2016.svg");
        assertEquals(0, run("render", "--indicator", "grp_per_capita", "--year", "2016", "--out", m2016.toString()).code());
        String svg = Files.readString(m2016);
        assertEquals(16, count(svg, "id='region-\\d+'"));
        assertEquals(1, count(svg, "id='region-51'"));
        assertEquals(0, count(svg, "rgb\\(154,154,154\\)"), "no hatching");
        assertTrue(svg.contains("territory before 2018"), "the source line names the territory");

        Path m2019 = dir.resolve("m2019.svg");
        assertEquals(0, run("render", "--indicator", "grp_per_capita", "--year", "2019", "--out", m2019.toString()).code());
        String svg19 = Files.readString(m2019);
        assertEquals(17, count(svg19, "id='region-\\d+'"));
        assertEquals(0, count(svg19, "rgb\\(154,154,154\\)"));

        Path today = dir.resolve("today.svg");
        assertEquals(0, run("render", "--indicator", "grp_per_capita", "--year", "2016", "--territory", "today",
                "--out", today.toString()).code());
        String svgToday = Files.readString(today);
        assertEquals(20, count(svgToday, "id='region-\\d+'"));
        assertTrue(count(svgToday, "rgb\\(154,154,154\\)") > 0, "today's map hatches the changed units");
    }

    @Test
    void groups2015HasValuesForAllFive() throws Exception {
        CliRun r = run("groups", "--grouping", "five", "--year", "2015");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = csv(r.out());
        assertEquals(List.of("north", "central", "east", "west", "south"), rows.stream().map(x -> x.get("group")).toList());
        for (CSVRecord row : rows) {
            assertFalse(row.get("grp").isEmpty(), row.toString());
            assertFalse(row.get("grp_per_capita").isEmpty(), row.toString());
            assertEquals("", row.get("missing"));
        }
        assertEquals("19;31;43;51;75", rows.get(4).get("regions"));
        assertEquals("15763739.2", rows.get(4).get("grp"));
    }

    @Test
    void extraIndicatorsInTableAndOnTheMap(@TempDir Path dir) throws Exception {
        List<CSVRecord> poverty = csv(run("table", "--indicator", "poverty_below_subsistence_min_pct", "--year", "2023").out());
        assertEquals(21, poverty.size(), "20 regions + national");
        assertTrue(poverty.stream().noneMatch(x -> x.get("value").isEmpty()));
        assertEquals("00", poverty.getLast().get("kato"));
        assertEquals("5.2", poverty.getLast().get("value"));

        List<CSVRecord> doctors = csv(run("table", "--indicator", "doctors_per_10k", "--year", "2016").out());
        assertEquals(17, doctors.size());
        assertTrue(doctors.stream().noneMatch(x -> x.get("value").isEmpty()));

        Path map = dir.resolve("doctors.svg");
        assertEquals(0, run("render", "--indicator", "env_protection_expenditure_per_capita", "--year", "2016",
                "--out", map.toString()).code());
        String svg = Files.readString(map);
        assertEquals(16, count(svg, "id='region-\\d+'"));
        assertEquals(0, count(svg, "rgb\\(154,154,154\\)"));
    }
}
