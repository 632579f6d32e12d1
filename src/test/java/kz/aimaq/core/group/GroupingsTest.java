package kz.aimaq.core.group;

import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class GroupingsTest {

    private static final List<String> ALL = RegionCatalog.bundled().current().stream().map(Region::kato).toList();

    @ParameterizedTest
    @ValueSource(strings = {"five", "five-plus-cities"})
    void everyRegionIsInExactlyOneGroup(String id) {
        Grouping g = Groupings.preset(id);
        List<String> codes = g.groupedCodes();
        assertEquals(20, codes.size(), "20 memberships");
        assertEquals(new TreeSet<>(ALL), new TreeSet<>(codes), "each current region once");
        assertEquals(List.of(), g.ungrouped(ALL));
        for (String k : ALL) assertTrue(g.groupOf(k).isPresent(), k);
    }

    @Test
    void fiveIsTheLiteraturesConvention() {
        Grouping g = Groupings.preset("five");
        assertEquals(List.of("north", "central", "east", "west", "south"), g.groups().stream().map(Group::id).toList());
        assertEquals("11;39;55;59;71", g.group("north").orElseThrow().membersText()); // Akmola, Kostanay, Pavlodar, N. Kaz., Astana
        assertEquals(List.of("35", "62"), g.group("central").orElseThrow().members()); // Karaganda, Ulytau
        assertEquals(List.of("10", "63"), g.group("east").orElseThrow().members());    // Abai, East Kazakhstan
        assertEquals(List.of("15", "23", "27", "47"), g.group("west").orElseThrow().members());
        assertEquals(List.of("19", "31", "33", "43", "61", "75", "79"), g.group("south").orElseThrow().members());
        assertEquals("Солтүстік", g.group("north").orElseThrow().name("kk"));
        assertEquals("Юг", g.group("south").orElseThrow().name("ru"));
    }

    @Test
    void fivePlusCitiesTakesAstanaAndAlmatyCityOut() {
        Grouping g = Groupings.preset("five-plus-cities");
        assertEquals(6, g.groups().size());
        assertEquals(List.of("71", "75"), g.group("cities").orElseThrow().members());
        assertEquals("cities", g.groupOf("71").orElseThrow().id());
        assertEquals("north", g.groupOf("11").orElseThrow().id());
        assertEquals("south", g.groupOf("79").orElseThrow().id(), "Shymkent stays in the South");
    }

    @Test
    void presetColoursAreDistinctPaletteColours() {
        for (String id : Groupings.presetIds()) {
            List<String> colours = Groupings.preset(id).groups().stream().map(Group::color).toList();
            assertEquals(colours.size(), new HashSet<>(colours).size(), id);
            assertTrue(GroupPalette.SET2.containsAll(colours), id);
        }
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Groupings.preset("seven"));
        assertTrue(e.getMessage().contains("five-plus-cities"), e.getMessage());
    }

    @Test
    void labelsFollowTheGroupingAndPoolUngroupedRegions() {
        Grouping g = new Grouping("t", "test", List.of(
                new Group("a", "A", "A", "A", "#000000", List.of("71", "11")),
                new Group("b", "B", "B", "B", "#ffffff", List.of("75"))));
        assertArrayEquals(new int[]{1, 0, 2, 0}, g.labels(List.of("75", "11", "43", "71")));
    }
}
