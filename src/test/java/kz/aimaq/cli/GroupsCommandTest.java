package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import kz.aimaq.core.data.IndicatorData;
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

class GroupsCommandTest {

    private static CliRun run(String... argv) { return CliRun.of(argv); }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void fiveIn2024OneRowPerGroupSharesAddUp() throws Exception {
        CliRun r = run("groups", "--grouping", "five", "--year", "2024", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("group,regions,population,population_share,area_km2,area_share,grp,grp_share,grp_per_capita,"));
        List<CSVRecord> rows = csv(r.out());
        assertEquals(List.of("north", "central", "east", "west", "south"), rows.stream().map(x -> x.get("group")).toList());
        assertEquals("11;39;55;59;71", rows.getFirst().get("regions"));
        for (String share : List.of("population_share", "area_share", "grp_share")) {
            assertEquals(100, rows.stream().mapToDouble(x -> Double.parseDouble(x.get(share))).sum(), 0.01, share);
        }
        double pop = rows.stream().mapToDouble(x -> Double.parseDouble(x.get("population"))).sum();
        assertEquals(IndicatorData.bundled().get("population_avg", 2024, "00").orElseThrow().value(), pop, 3); // 5 rows rounded to 1
        assertEquals("565810", rows.getFirst().get("area_km2"));
        CSVRecord west = rows.get(3);
        double perCapita = Double.parseDouble(west.get("grp")) / Double.parseDouble(west.get("population")) * 1000;
        assertEquals(perCapita, Double.parseDouble(west.get("grp_per_capita")), 0.06);
    }

    @Test
    void fivePlusCitiesAsJsonWithAnAggregatedIndicator() throws Exception {
        CliRun r = run("groups", "--grouping", "five-plus-cities", "--year", "2023", "--indicator", "grp_per_capita", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = Output.mapper().readTree(r.out());
        assertEquals(6, rows.size());
        JsonNode cities = rows.get(5);
        assertEquals("cities", cities.get("group").asText());
        assertEquals("71;75", cities.get("regions").asText());
        // the population-weighted mean of the regions' per-capita values is total GRP / total population
        // (within 0.1: the output rounds to 0.1 and the regions' values are rounded to 0.1)
        for (JsonNode row : rows) {
            assertEquals(row.get("grp_per_capita").asDouble(), row.get("grp_per_capita_aggregated").asDouble(), 0.1, row.get("group").asText());
        }
        assertEquals(cities.get("grp").asDouble() / cities.get("population").asDouble() * 1000, cities.get("grp_per_capita").asDouble(), 0.06);
        assertTrue(cities.get("grp").isNumber());
        assertFalse(r.out().contains("E7"), "plain decimals, no exponent");
    }

    @Test
    void areaFromTheGeometryOnRequest() throws Exception {
        CliRun r = run("groups", "--year", "2024", "--area", "geometry");
        assertEquals(0, r.code(), r.err());
        CSVRecord north = csv(r.out()).getFirst();
        // equal-area polygons of the five northern regions, vs 565,810 km² in the secondary catalogue
        assertEquals(565_425, Double.parseDouble(north.get("area_km2")), 1);
    }

    @Test
    void incompleteYearsLeaveCellsEmptyAndNameTheMissingRegions() throws Exception {
        // On today's 20 units (the default shows 2015 on its own territory, see TerritoryCommandsTest)
        CliRun r = run("groups", "--year", "2015", "--territory", "today");
        assertEquals(0, r.code(), r.err());
        CSVRecord central = csv(r.out()).get(1);
        assertEquals("", central.get("grp"));
        assertEquals("", central.get("grp_share"));
        assertEquals("35;62", central.get("missing"));
        assertFalse(central.get("population").isEmpty());
    }

    @Test
    void groupingFileWithUnknownCodeIsRefusedNamingTheCode(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{\"format\":\"aimaq-grouping\",\"version\":1,\"id\":\"m\",\"name\":\"Mine\",\"groups\":["
                + "{\"id\":\"a\",\"name_en\":\"A\",\"color\":\"#66c2a5\",\"members\":[\"11\",\"98\"]}]}");
        CliRun r = run("groups", "--grouping", f.toString(), "--year", "2024");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown region code '98' in group 'a'"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace");
    }

    @Test
    void groupingFileWithARegionInTwoGroupsIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("two.json");
        Files.writeString(f, "{\"format\":\"aimaq-grouping\",\"version\":1,\"groups\":["
                + "{\"id\":\"a\",\"color\":\"#66c2a5\",\"members\":[\"19\"]},{\"id\":\"b\",\"color\":\"#fc8d62\",\"members\":[\"19\"]}]}");
        CliRun r = run("groups", "--grouping", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("region 19 (Almaty Region) is in two groups"), r.err());
    }

    @Test
    void aUserFileWithUngroupedRegionsGetsAnUngroupedRow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("west.json");
        Files.writeString(f, "{\"format\":\"aimaq-grouping\",\"version\":1,\"groups\":["
                + "{\"id\":\"oil\",\"color\":\"#66c2a5\",\"members\":[\"23\",\"47\"]}]}");
        List<CSVRecord> rows = csv(run("groups", "--grouping", f.toString(), "--year", "2024").out());
        assertEquals(List.of("oil", "ungrouped"), rows.stream().map(x -> x.get("group")).toList());
        assertEquals(100, rows.stream().mapToDouble(x -> Double.parseDouble(x.get("grp_share"))).sum(), 0.01);
    }

    @Test
    void userMistakesAreOneLine() {
        assertTrue(run("groups", "--grouping", "seven").err().contains("neither a preset"));
        assertTrue(run("groups", "--year", "1990").err().contains("no population data for 1990"));
        assertTrue(run("groups", "--indicatr", "x").err().contains("unknown option --indicatr"));
        assertEquals(2, run("groups", "--format", "xml").code());
    }
}
