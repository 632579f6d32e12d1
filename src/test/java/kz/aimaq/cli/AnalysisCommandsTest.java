package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The index, typology and moran commands end to end, on the bundled data and the real layers. */
class AnalysisCommandsTest {
    @TempDir Path dir;

    static CliRun run(String... argv) { return CliRun.of(argv); }

    static JsonNode json(CliRun r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return Output.mapper().readTree(r.out());
    }

    private Path spec() throws Exception {
        Path f = dir.resolve("dev.json");
        Files.writeString(f, """
                {"id": "development", "nameEn": "Development index",
                 "components": [{"indicator": "grp_per_capita", "weight": 2},
                                {"indicator": "unemployment_rate"}, {"indicator": "life_expectancy"}]}""");
        return f;
    }

    @Test
    void indexDefaultsToTheLatestCompleteYearAndRanksAtyrauFirst() throws Exception {
        JsonNode rows = json(run("index", "--spec", spec().toString(), "--format", "json"));
        assertEquals(20, rows.size());
        // life expectancy ends in 2022, so that is the latest year with all three inputs
        assertEquals(2022, rows.get(0).get("year").asInt());
        JsonNode atyrau = rows.get(4);
        assertEquals("23", atyrau.get("kato").asText());
        assertEquals(1, atyrau.get("rank").asInt());
        assertEquals(100.0, atyrau.get("grp_per_capita_score").asDouble(), 1e-9);
        assertTrue(atyrau.get("rank_min").asInt() <= 1 && atyrau.get("rank_max").asInt() >= 1);
    }

    @Test
    void indexCsvHasOneColumnPairPerComponent() throws Exception {
        CliRun r = run("index", "--spec", spec().toString(), "--year", "2022");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(21, lines.size());
        assertTrue(lines.getFirst().endsWith("grp_per_capita,grp_per_capita_score,unemployment_rate,unemployment_rate_score,life_expectancy,life_expectancy_score"), lines.getFirst());
    }

    @Test
    void indexMistakesAreOneLine() throws Exception {
        CliRun missing = run("index", "--spec", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("not found"), missing.err());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"x\", \"components\": [{\"indicator\": \"gdp\"}]}");
        CliRun unknown = run("index", "--spec", bad.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown indicator 'gdp'"), unknown.err());
        assertEquals(1, unknown.err().lines().count());
    }

    @Test
    void typologyJsonWithDefaultPeriod() throws Exception {
        JsonNode rows = json(run("typology", "--format", "json"));
        assertEquals(20, rows.size());
        JsonNode turkistan = rows.get(14);
        assertEquals("61", turkistan.get("kato").asText());
        assertEquals(2022, turkistan.get("from").asInt());
        assertEquals(2025, turkistan.get("to").asInt());
        assertEquals("catching-up", turkistan.get("type").asText());
        assertEquals("Догоняющий", turkistan.get("type_ru").asText());
        assertEquals("#A6D96A", turkistan.get("color").asText());
    }

    @Test
    void typologyThresholdsFromTheCommandLine() throws Exception {
        JsonNode rows = json(run("typology", "--from", "2022", "--to", "2025", "--stagnation", "2", "--format", "json"));
        assertEquals("stagnant", rows.get(4).get("type").asText(), "Atyrau grows 1.7% a year");
        CliRun bad = run("typology", "--stagnation", "1", "--decline", "3");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("decline threshold"), bad.err());
    }

    @Test
    void moranJsonHasTheAgreedKeys() throws Exception {
        JsonNode m = json(run("moran", "--indicator", "unemployment_rate", "--year", "2024", "--permutations", "199", "--seed", "7"));
        for (String k : List.of("I", "expected_I", "z", "p", "lisa")) assertTrue(m.has(k), k);
        assertEquals(-1.0 / 19, m.get("expected_I").asDouble(), 1e-12);
        assertEquals(20, m.get("lisa").size());
        for (JsonNode r : m.get("lisa")) {
            assertTrue(r.get("kato").asText().matches("\\d\\d"));
            assertTrue(List.of("high-high", "low-low", "high-low", "low-high", "not-significant").contains(r.get("class").asText()));
        }
        double p = m.get("p").asDouble();
        assertTrue(p > 0 && p <= 1);
        // seeded: the same command gives the same answer
        assertEquals(m, json(run("moran", "--indicator", "unemployment_rate", "--year", "2024", "--permutations", "199", "--seed", "7")));
    }

    @Test
    void moranWeightsOptions() throws Exception {
        for (String w : List.of("rook", "knn:4", "distance:800")) {
            JsonNode m = json(run("moran", "--indicator", "grp_per_capita", "--year", "2023", "--weights", w, "--permutations", "99"));
            assertEquals(w, m.get("weights").asText());
        }
        CliRun bad = run("moran", "--indicator", "grp_per_capita", "--year", "2023", "--weights", "knn:x");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("knn:K"), bad.err());
    }

    /** District level from a user file: the districts' own areas are strongly clustered (small near cities, vast in the steppe). */
    @Test
    void moranAtDistrictLevelFromAValuesFile() throws Exception {
        StringBuilder csv = new StringBuilder("kato,value\n");
        for (MapRegion r : RegionLayers.load(MapLevel.DISTRICT).regions()) csv.append(r.code()).append(',').append(r.areaKm2()).append('\n');
        Path f = dir.resolve("areas.csv");
        Files.writeString(f, csv);
        JsonNode m = json(run("moran", "--values", f.toString(), "--level", "district", "--permutations", "99"));
        assertEquals(RegionLayers.load(MapLevel.DISTRICT).size(), m.get("n").asInt());
        assertTrue(m.get("I").asDouble() > 0.2, "district areas cluster: I = " + m.get("I"));
        assertTrue(m.get("p").asDouble() <= 0.01);
        // the same from the layer itself
        JsonNode built = json(run("moran", "--indicator", "area_km2", "--year", "2024", "--level", "district", "--permutations", "99"));
        assertEquals(m.get("I").asDouble(), built.get("I").asDouble(), 1e-12);
        CliRun none = run("moran", "--indicator", "grp", "--year", "2024", "--level", "district");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("--values"), none.err());
    }
}
