package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static kz.aimaq.cli.AnalysisCommandsTest.json;
import static kz.aimaq.cli.AnalysisCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** {@code aimaq regionalize} end to end on the bundled data and the real layers. */
class RegionalizeCommandTest {
    @TempDir Path dir;
    private static final String IND = "grp_per_capita,unemployment_rate,urban_share_pct";

    @Test
    void outWritesAGroupingFileTheGroupsCommandAccepts() throws Exception {
        Path g = dir.resolve("g.json");
        JsonNode r = json(run("regionalize", "--indicators", IND, "--year", "2024", "--groups", "5", "--method", "skater",
                "--min-population", "2000000", "--out", g.toString(), "--format", "json"));
        assertTrue(Files.exists(g));
        CliRun groups = run("groups", "--grouping", g.toString(), "--year", "2024");
        assertEquals(0, groups.code(), groups.err());
        String[] lines = groups.out().split("\n");
        assertEquals(6, lines.length, groups.out()); // header + 5 groups, no "ungrouped" row
        assertTrue(lines[1].startsWith("group-1,"));
        // every region once, groups 1..5
        Set<String> seen = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode row : r.get("regions")) { assertTrue(seen.add(row.get("kato").asText())); numbers.add(row.get("group").asInt()); }
        assertEquals(20, seen.size());
        assertEquals(Set.of(1, 2, 3, 4, 5), numbers);
        // the fit of the proposal and of both official groupings, side by side
        JsonNode fit = r.get("fit");
        assertEquals("skater", fit.get(0).get("grouping").asText());
        assertEquals("five", fit.get(1).get("grouping").asText());
        assertEquals("five-plus-cities", fit.get(2).get("grouping").asText());
        assertTrue(fit.get(0).get("contiguous").asBoolean());
        assertTrue(fit.get(0).get("within_ssd").asDouble() <= fit.get(1).get("within_ssd").asDouble());
        assertFalse(fit.get(2).get("contiguous").asBoolean());
    }

    @Test
    void csvHasOneRowPerRegionThenTheFitTable() {
        CliRun r = run("regionalize", "--indicators", IND, "--year", "2024", "--groups", "5", "--method", "redcap");
        assertEquals(0, r.code(), r.err());
        String[] parts = r.out().split("\n\n");
        assertEquals(2, parts.length);
        String[] regions = parts[0].split("\n");
        assertEquals("kato,name_en,group,five,moved", regions[0]);
        assertEquals(21, regions.length);
        String[] fit = parts[1].trim().split("\n");
        assertEquals("grouping,groups,contiguous,within_ssd,between_ratio,theil_between_share", fit[0]);
        assertTrue(fit[1].startsWith("redcap,5,true,"));
    }

    @Test
    void districtLevelCovers224Districts() throws Exception {
        JsonNode r = json(run("regionalize", "--indicators", "area_km2", "--level", "district", "--groups", "25",
                "--within-oblasts", "--format", "json"));
        assertEquals(224, r.get("regions").size());
        assertTrue(r.get("fit").get(0).get("contiguous").asBoolean());
        assertEquals(25, r.get("fit").get(0).get("groups").asInt());
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        assertEquals(2, run("regionalize", "--indicators", "nope", "--year", "2024").code());
        assertTrue(run("regionalize", "--indicators", "nope", "--year", "2024").err().contains("unknown indicator 'nope'"));
        assertEquals(2, run("regionalize", "--indicators", IND, "--year", "2024", "--groups", "21").code());
        assertEquals(2, run("regionalize", "--indicators", IND, "--year", "2024", "--method", "maxp").code());
        CliRun tooMany = run("regionalize", "--indicators", "area_km2", "--level", "district", "--groups", "10", "--within-oblasts");
        assertEquals(2, tooMany.code());
        assertTrue(tooMany.err().contains("at least 20 groups"), tooMany.err());
        assertEquals(2, run("regionalize", "--indicators", "area_km2", "--level", "district", "--out", dir.resolve("x.json").toString()).code());
    }
}
