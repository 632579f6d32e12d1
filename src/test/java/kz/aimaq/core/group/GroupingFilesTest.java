package kz.aimaq.core.group;

import kz.aimaq.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GroupingFilesTest {

    private static final RegionCatalog CATALOG = RegionCatalog.bundled();

    private static String file(String groups) {
        return "{\"format\":\"aimaq-grouping\",\"version\":1,\"id\":\"t\",\"name\":\"Test\",\"groups\":[" + groups + "]}";
    }

    private static String group(String id, String members) {
        return "{\"id\":\"" + id + "\",\"name_en\":\"" + id + "\",\"color\":\"#66C2A5\",\"members\":[" + members + "]}";
    }

    @Test
    void writeThenReadGivesTheSameGrouping(@TempDir Path dir) throws Exception {
        Grouping five = Groupings.preset("five-plus-cities");
        Path f = dir.resolve("mine.json");
        GroupingFiles.write(f, five);
        assertEquals(five, GroupingFiles.read(f));
        assertEquals(List.of(f), Files.list(dir).toList(), "no temporary file left behind");
        // overwriting an existing file works too (the move replaces it)
        GroupingFiles.write(f, Groupings.preset("five"));
        assertEquals(Groupings.preset("five"), GroupingFiles.read(f));
        assertTrue(Files.readString(f).contains("\"format\" : \"aimaq-grouping\""));
    }

    @Test
    void unknownCodeIsRefusedNamingTheCode() {
        var e = assertThrows(GroupingFileException.class, () -> GroupingFiles.parse(
                file(group("north", "\"11\",\"99\"")), "bad.json", CATALOG));
        assertTrue(e.getMessage().contains("'99'"), e.getMessage());
        assertTrue(e.getMessage().contains("'north'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
    }

    @Test
    void formerSouthKazakhstanIsRefusedWithItsName() {
        var e = assertThrows(GroupingFileException.class, () -> GroupingFiles.parse(
                file(group("south", "\"51\"")), "old.json", CATALOG));
        assertTrue(e.getMessage().contains("'51'") && e.getMessage().contains("South Kazakhstan"), e.getMessage());
    }

    @Test
    void regionInTwoGroupsIsRefusedNamingIt() {
        var e = assertThrows(GroupingFileException.class, () -> GroupingFiles.parse(
                file(group("north", "\"11\",\"71\"") + "," + group("central", "\"35\",\"71\"")), "two.json", CATALOG));
        assertTrue(e.getMessage().contains("region 71 (Astana (city))"), e.getMessage());
        assertTrue(e.getMessage().contains("'north' and 'central'"), e.getMessage());
    }

    @Test
    void otherCodeFormsAreNormalisedAndMissingRegionsAreUngrouped() throws Exception {
        Grouping g = GroupingFiles.parse(file(group("a", "\"KZ-71\",\"110000000\"")), "ok.json", CATALOG);
        Group a = g.group("a").orElseThrow();
        assertEquals(List.of("11", "71"), a.members());
        assertEquals("#66c2a5", a.color());
        assertEquals("a", a.nameKk(), "missing translations fall back to the English name");
        List<String> all = CATALOG.current().stream().map(r -> r.kato()).toList();
        assertEquals(18, g.ungrouped(all).size());
        assertFalse(g.ungrouped(all).contains("71"));
    }

    @Test
    void otherMistakesSayWhatToFix() {
        assertMessage(file(group("a", "\"11\"").replace("#66C2A5", "green")), "colour 'green'");
        assertMessage(file(group("a", "\"11\"") + "," + group("a", "\"35\"")), "two groups have the id 'a'");
        assertMessage(file(group("ungrouped", "\"11\"")), "reserved");
        assertMessage(file("").replace("\"version\":1", "\"version\":2"), "newer Aimaq");
        assertMessage("{\"format\":\"geojson\"}", "not an Aimaq grouping file");
        assertMessage("{\"format\": ", "not valid JSON");
    }

    private static void assertMessage(String json, String expected) {
        var e = assertThrows(GroupingFileException.class, () -> GroupingFiles.parse(json, "x.json", CATALOG));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
