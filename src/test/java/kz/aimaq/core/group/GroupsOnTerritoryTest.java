package kz.aimaq.core.group;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.territory.Territory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Groupings of today's units mapped onto the territory of 2015 (16 units) and 2018–2021 (17). */
class GroupsOnTerritoryTest {

    private static final IndicatorData DATA = IndicatorData.bundled();

    @Test
    void oldUnitsJoinTheGroupOfTheirParent() {
        Grouping five = Groupings.preset("five");
        Grouping before2018 = five.onTerritory(Territory.BEFORE_2018);
        assertEquals(List.of("35"), before2018.group("central").orElseThrow().members());
        assertEquals(List.of("63"), before2018.group("east").orElseThrow().members());
        assertEquals(List.of("19", "31", "43", "51", "75"), before2018.group("south").orElseThrow().members());
        Grouping from2018 = five.onTerritory(Territory.FROM_2018);
        assertEquals(List.of("19", "31", "43", "61", "75", "79"), from2018.group("south").orElseThrow().members());
        assertTrue(from2018.ungrouped(Territory.FROM_2018.units()).isEmpty());
        assertSame(five, five.onTerritory(Territory.FROM_2022));
    }

    private static GroupSummary south(int year, Territory t) {
        GroupAggregator agg = new GroupAggregator(DATA, null, t);
        return agg.summary(Groupings.preset("five").onTerritory(t), year).stream()
                .filter(s -> s.group().id().equals("south")).findFirst().orElseThrow();
    }

    /** South's GRP across the 2018 and 2022 changes, from the published figures. */
    @Test
    void southGrpAcrossBothChanges() {
        // 2015, 16 units: Almaty Region (with Zhetisu) 1,976,047.7 + Zhambyl 1,014,504.6 + Kyzylorda 1,164,800
        // + South Kazakhstan 2,508,380.9 + Almaty city 9,100,006 (million KZT)
        GroupSummary s2015 = south(2015, Territory.BEFORE_2018);
        assertEquals(15_763_739.2, s2015.grp().value(), 1e-6);
        assertTrue(s2015.grp().complete());
        // 2021 on the 17 units of its year (Almaty Region = 19 + 33 aggregated) equals 2021 on today's 20 units
        double on17 = south(2021, Territory.FROM_2018).grp().value();
        double on20 = south(2021, Territory.FROM_2022).grp().value();
        assertEquals(29_275_171.4, on17, 1e-6);
        assertEquals(on20, on17, 1e-6);
    }

    @Test
    void everyGroupHasValuesAndAddsUpToTheCountry() {
        for (int year : new int[]{2011, 2015, 2017, 2019, 2021, 2023}) {
            Territory t = Territory.forYear(year);
            GroupAggregator agg = new GroupAggregator(DATA, null, t);
            List<GroupSummary> rows = agg.summary(Groupings.preset("five").onTerritory(t), year);
            assertEquals(5, rows.size(), "no ungrouped row in " + year);
            double grp = 0, pop = 0;
            for (GroupSummary s : rows) {
                assertTrue(s.grp().complete() && s.population().complete() && s.areaKm2().complete(), s.group().id() + " " + year);
                grp += s.grp().value();
                pop += s.population().value();
            }
            assertEquals(DATA.get("grp", year, "00").orElseThrow().value(), grp, 1e-3, "grp " + year);
            assertEquals(DATA.get("population_avg", year, "00").orElseThrow().value(), pop, 1e-3, "population " + year);
            assertEquals(100, rows.stream().mapToDouble(GroupSummary::areaShare).sum(), 1e-9);
        }
    }
}
