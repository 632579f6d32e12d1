package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ImportCheckCommandTest {

    @TempDir Path dir;

    private CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void jsonReportWithUnmatchedRowsStillExitsZero() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), """
                region;2022
                Республика Казахстан;10
                Акмолинская обл.;1
                г.Нур-Султан;2
                Павлодрская;3
                Атлантида;4
                Акмолинская;5
                """);
        CliRun r = run("import-check", csv.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String key : List.of("matched", "fuzzy", "unmatched_rows", "missing_regions", "duplicates")) assertTrue(j.has(key), key);
        JsonNode first = j.get("matched").get(0);
        assertEquals(3, first.get("row").asInt());
        assertEquals("11", first.get("region").asText());
        assertEquals("name", first.get("method").asText());
        assertEquals("alias", j.get("matched").get(1).get("method").asText(), "Nur-Sultan is an old name of Astana");
        assertEquals("71", j.get("matched").get(1).get("region").asText());
        assertEquals("55", j.get("fuzzy").get(0).get("candidate").asText());
        assertEquals(6, j.get("unmatched_rows").get(0).get("row").asInt());
        assertEquals(18, j.get("missing_regions").size());
        assertEquals("11", j.get("duplicates").get(0).get("region").asText());
        assertEquals(2, j.get("national").get(0).get("row").asInt());
    }

    @Test
    void bnsWorkbookBySheetName() {
        Path wb = Path.of(System.getProperty("aimaq.shared", "../shared"), "data/indicators/sources/bns_grp_per_capita_2008-2023.xlsx");
        CliRun r = run("import-check", wb.toString(), "--sheet", "в долларах США", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"missing_regions\" : [ ]"), r.out());
        assertTrue(r.out().contains("\"sheet\" : \"в долларах США\""));
    }

    @Test
    void unreadableFileExitsTwoWithOneLine() throws Exception {
        Path junk = Files.write(dir.resolve("junk.xlsx"), new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
        CliRun r = run("import-check", junk.toString(), "--format", "json");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("aimaq import-check: junk.xlsx"), r.err());

        CliRun missing = run("import-check", dir.resolve("none.csv").toString());
        assertEquals(2, missing.code());
        CliRun sheet = run("import-check", Path.of(System.getProperty("aimaq.shared", "../shared"),
                "data/indicators/sources/bns_life_expectancy_1999-2022.xlsx").toString(), "--sheet", "Nope");
        assertEquals(2, sheet.code());
        assertTrue(sheet.err().contains("Sheets: 'Все население'"), sheet.err());
    }
}
