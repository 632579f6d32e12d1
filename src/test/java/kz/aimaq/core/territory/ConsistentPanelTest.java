package kz.aimaq.core.territory;

import kz.aimaq.core.data.IndicatorData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Pins the panel on the bundled data (datasets/indicators.csv). */
class ConsistentPanelTest {

    private final IndicatorData data = IndicatorData.bundled();

    @Test
    void unitsOfThePeriod() {
        assertEquals(16, ConsistentPanel.of(data, 2010, 2025).units().size());
        assertEquals(16, ConsistentPanel.of(data, 2017, 2019).units().size());
        assertEquals(17, ConsistentPanel.of(data, 2018, 2021).units().size());
        assertEquals(17, ConsistentPanel.of(data, 2019, 2025).units().size());
        assertEquals(20, ConsistentPanel.of(data, 2022, 2025).units().size());
        assertThrows(IllegalArgumentException.class, () -> ConsistentPanel.of(data, 2020, 2019));
    }

    /** The regional values of grp and population add up exactly to the national row (README of ../shared). */
    @Test
    void panelSumsEqualNationalTotals() {
        for (var period : new int[][]{{2010, 2025}, {2018, 2025}, {2022, 2025}}) {
            ConsistentPanel panel = ConsistentPanel.of(data, period[0], period[1]);
            for (int y = Math.max(2011, period[0]); y <= 2025; y++) {
                for (String ind : new String[]{"grp", "population_avg"}) {
                    double sum = 0;
                    for (String u : panel.units()) {
                        final int year = y;
                        sum += panel.value(ind, y, u).orElseThrow(() -> new AssertionError(ind + " " + year + " " + u));
                    }
                    double national = data.get(ind, y, "00").orElseThrow().value();
                    assertEquals(national, sum, Math.abs(national) * 1e-9, ind + " " + y + " on " + panel.territory());
                }
            }
        }
    }

    @Test
    void publishedOldTerritoryValueIsUsed() {
        ConsistentPanel panel = ConsistentPanel.of(data, 2010, 2025);
        // Karaganda 2016 published on the pre-2022 territory (with Ulytau), South Kazakhstan on 51.
        var karaganda = panel.figure("grp_per_capita", 2016, "35").orElseThrow();
        assertEquals(2682.6, karaganda.value(), 1e-9);
        assertEquals(TerritoryFigure.How.PUBLISHED, karaganda.how());
        assertEquals(975.3, panel.value("grp_per_capita", 2016, "51").orElseThrow(), 1e-9);
    }

    @Test
    void newUnitsAggregateIntoTheirParents() {
        ConsistentPanel panel = ConsistentPanel.of(data, 2010, 2025);
        // Almaty Region 2023 on the old territory = Almaty Region + Zhetisu (sum, GRP is a total).
        var almaty = panel.figure("grp", 2023, "19").orElseThrow();
        assertEquals(5322132 + 1809417.6, almaty.value(), 1e-6);
        assertTrue(almaty.aggregated());
        assertEquals(2, almaty.inputs().size());
        // South Kazakhstan 2019 per capita: ratio of sums (GRP 61+79) / (population 61+79) × 1000.
        var south = panel.figure("grp_per_capita", 2019, "51").orElseThrow();
        assertEquals(1396.5114004412221, south.value(), 1e-9);
        assertTrue(south.rule().startsWith("ratio of sums grp / population_avg × 1000"), south.rule());
        assertFalse(south.source().isBlank());
        // Outside the period: empty.
        assertTrue(ConsistentPanel.of(data, 2018, 2021).value("grp", 2016, "61").isEmpty());
    }

    @Test
    void unemploymentIsPopulationWeighted() {
        // 2015 has no published South Kazakhstan rate, only the BNS estimates for 61 and 79.
        ConsistentPanel panel = ConsistentPanel.of(data, 2010, 2020);
        double u61 = data.get("unemployment_rate", 2015, "61").orElseThrow().value();
        double u79 = data.get("unemployment_rate", 2015, "79").orElseThrow().value();
        double p61 = data.get("population_avg", 2015, "61").orElseThrow().value();
        double p79 = data.get("population_avg", 2015, "79").orElseThrow().value();
        assertEquals((u61 * p61 + u79 * p79) / (p61 + p79), panel.value("unemployment_rate", 2015, "51").orElseThrow(), 1e-9);
    }

    @Test
    void valuesOnTheYearsOwnTerritory() {
        Map<String, Double> y2016 = new kz.aimaq.core.territory.TerritoryValues(data).values(Territory.forYear(2016), "grp_per_capita", 2016);
        assertEquals(16, y2016.size());
        assertEquals(975.3, y2016.get("51"), 1e-9);
        Map<String, Double> y2019 = new kz.aimaq.core.territory.TerritoryValues(data).values(Territory.forYear(2019), "grp_per_capita", 2019);
        assertEquals(17, y2019.size());
        // On today's map the old-territory values stay absent (hatched), as before.
        Map<String, Double> today2016 = new kz.aimaq.core.territory.TerritoryValues(data).values(Territory.FROM_2022, "grp_per_capita", 2016);
        assertFalse(today2016.containsKey("35"));
        assertFalse(today2016.containsKey("61"));
        assertEquals(12, today2016.size());
    }
}
