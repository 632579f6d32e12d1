package kz.aimaq.core.group;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GroupAggregatorTest {

    private static final IndicatorData DATA = IndicatorData.bundled();
    private final GroupAggregator agg = new GroupAggregator(DATA);

    @ParameterizedTest
    @CsvSource({"five,2021", "five,2022", "five,2025", "five-plus-cities,2023", "five-plus-cities,2024"})
    void sharesSumTo100(String preset, int year) {
        List<GroupSummary> rows = agg.summary(Groupings.preset(preset), year);
        assertEquals(100, rows.stream().mapToDouble(GroupSummary::populationShare).sum(), 0.01);
        assertEquals(100, rows.stream().mapToDouble(GroupSummary::areaShare).sum(), 0.01);
        assertEquals(100, rows.stream().mapToDouble(GroupSummary::grpShare).sum(), 0.01);
    }

    @ParameterizedTest
    @CsvSource({"2010", "2021", "2024"})
    void groupTotalsAddUpToTheNationalRow(int year) {
        // BNS regional values add up exactly to the published national total (data README)
        List<GroupSummary> rows = agg.summary(Groupings.preset("five"), year);
        double pop = rows.stream().mapToDouble(s -> s.population().value()).sum();
        assertEquals(DATA.get("population_avg", year, "00").orElseThrow().value(), pop, 1.0);
        if (year >= 2021) {
            double grp = rows.stream().mapToDouble(s -> s.grp().value()).sum();
            assertEquals(DATA.get("grp", year, "00").orElseThrow().value(), grp, 1.0);
        }
    }

    @ParameterizedTest
    @CsvSource({"2022", "2023", "2025"})
    void perCapitaIndicatorAggregatesToTotalGrpOverTotalPopulation(int year) {
        Indicator perCapita = DATA.catalog().require("grp_per_capita");
        assertEquals(Indicator.Aggregation.POPULATION_WEIGHTED_MEAN, perCapita.aggregation());
        for (GroupSummary s : agg.summary(Groupings.preset("five-plus-cities"), year)) {
            double expected = s.grp().value() / s.population().value() * 1000;
            assertEquals(expected, s.grpPerCapita().value(), 1e-9);
            // published/derived values are rounded to 0.1, so their weighted mean is within 0.05
            assertEquals(expected, agg.aggregate(s.group(), perCapita, year).value(), 0.05, s.group().id());
        }
    }

    @Test
    void areaWeightedDensityIsPopulationOverArea() {
        Indicator density = DATA.catalog().require("population_density");
        for (GroupSummary s : agg.summary(Groupings.preset("five"), 2024)) {
            double expected = s.population().value() / s.areaKm2().value();
            // the data's densities are rounded to 0.01
            assertEquals(expected, agg.aggregate(s.group(), density, 2024).value(), 0.005, s.group().id());
        }
    }

    @Test
    void knownFiguresOf2024() {
        GroupSummary north = agg.summary(Groupings.preset("five"), 2024).getFirst();
        assertEquals("north", north.group().id());
        // Akmola 146,219 + Kostanay 196,001 + Pavlodar 124,800 + North Kazakhstan 97,993 + Astana 797 km²
        assertEquals(565_810, north.areaKm2().value(), 0.5);
        assertTrue(north.population().complete());
    }

    @Test
    void missingMembersMakeTheGroupIncompleteNotPartial() {
        // 2015: GRP of Karaganda is in pre-2022 boundaries and Ulytau did not exist as a unit
        GroupSummary central = agg.summary(Groupings.preset("five"), 2015).get(1);
        assertEquals("central", central.group().id());
        assertFalse(central.grp().complete());
        assertTrue(Double.isNaN(central.grp().value()));
        assertEquals(List.of("35", "62"), central.grp().missing());
        assertTrue(Double.isNaN(central.grpShare()), "no share of an incomplete country total");
        assertTrue(central.population().complete(), "population is recalculated to today's regions");
    }

    @Test
    void partialGroupingGetsAnUngroupedRowSoSharesStillAddUp() {
        GroupingEditor ed = new GroupingEditor(Groupings.preset("five"));
        ed.removeGroup("west");
        List<GroupSummary> rows = agg.summary(ed.current(), 2024);
        GroupSummary last = rows.getLast();
        assertTrue(last.isUngrouped());
        assertEquals(List.of("15", "23", "27", "47"), last.group().members());
        assertEquals(100, rows.stream().mapToDouble(GroupSummary::grpShare).sum(), 0.01);
    }

    @Test
    void geometryAreasReplaceTheCatalogueAreasWhenGiven() {
        var areas = new java.util.HashMap<String, Double>();
        DATA.year("area_km2", 2024).forEach((k, o) -> areas.put(k, 1.0));
        GroupAggregator byCount = new GroupAggregator(DATA, areas);
        GroupSummary south = byCount.summary(Groupings.preset("five"), 2024).getLast();
        assertEquals(7, south.areaKm2().value(), 1e-9);
        assertEquals(35, south.areaShare(), 1e-9);
    }
}
