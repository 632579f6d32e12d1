package kz.aimaq.core.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Indicators are indexed when first asked for; what they answer is what indexing everything at once answered. */
class IndicatorDataTest {
    private static Observation obs(String kato, int year, String indicator, double value) {
        return new Observation(kato, year, indicator, value, "%", Observation.Boundary.CURRENT, "test", "");
    }

    @Test
    void aLaterDuplicateWinsAndEveryIndicatorAnswers() {
        IndicatorData d = new IndicatorData(IndicatorData.bundled().catalog(), List.of(
                obs("71", 2020, "a", 1), obs("75", 2020, "a", 2), obs("71", 2020, "a", 3), obs("71", 2019, "b", 4)));
        assertEquals(3, d.get("a", 2020, "71").orElseThrow().value(), "the later row for the same indicator, year and region");
        assertEquals(List.of(2020), d.years("a"));
        assertEquals(List.of(2019), d.years("b"));
        assertTrue(d.years("none").isEmpty());
        assertTrue(d.get(null, 2020, "71").isEmpty());
    }

    @Test
    void aCopyHoldsTheIndicatorsNeverAskedForAndTakesNewRows() {
        IndicatorData d = new IndicatorData(IndicatorData.bundled().catalog(), List.of(obs("71", 2020, "a", 1), obs("71", 2020, "b", 2)));
        assertEquals(1, d.get("a", 2020, "71").orElseThrow().value()); // "a" indexed, "b" not yet
        IndicatorData c = d.copy();
        assertEquals(2, c.get("b", 2020, "71").orElseThrow().value());
        c.put(obs("71", 2021, "b", 5));
        assertEquals(List.of(2020, 2021), c.years("b"));
        assertEquals(List.of(2020), d.years("b"), "the original keeps its rows");
    }

    @Test
    void theBundledTablesAnswerTheSameAfterAnyOrderOfQuestions() {
        IndicatorData bundled = IndicatorData.bundled();
        IndicatorData all = bundled.copy(); // indexes every indicator of the shared instance
        for (Indicator i : bundled.catalog().all()) {
            assertEquals(bundled.years(i.id()), all.years(i.id()), i.id());
            for (int y : all.years(i.id())) assertEquals(bundled.year(i.id(), y), all.year(i.id(), y), i.id() + " " + y);
        }
        assertFalse(all.years("grp_per_capita").isEmpty());
    }
}
