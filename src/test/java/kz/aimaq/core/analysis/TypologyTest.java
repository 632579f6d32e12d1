package kz.aimaq.core.analysis;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TypologyTest {
    private static final List<String> REGIONS = RegionCatalog.bundled().current().stream().map(Region::kato).toList();
    private static final IndicatorData DATA = IndicatorData.bundled();
    private static final TypologyThresholds T = TypologyThresholds.DEFAULT;

    @Test
    void rulesInOrder() {
        // national growth 4%: decline and stagnation come first, then level × pace
        assertEquals(RegionType.DEPRESSED, Typology.classify(2.0, -0.5, 4, T));
        assertEquals(RegionType.STAGNANT, Typology.classify(2.0, 0.0, 4, T), "0% is not a decline");
        assertEquals(RegionType.STAGNANT, Typology.classify(0.5, 0.99, 4, T));
        assertEquals(RegionType.LEADING, Typology.classify(1.0, 4.0, 4, T), "thresholds are inclusive");
        assertEquals(RegionType.SLOWING, Typology.classify(1.5, 3.9, 4, T));
        assertEquals(RegionType.CATCHING_UP, Typology.classify(0.5, 6, 4, T));
        assertEquals(RegionType.LAGGING, Typology.classify(0.5, 2, 4, T));
        assertEquals(RegionType.NO_DATA, Typology.classify(Double.NaN, 2, 4, T));
        // editable: demand 1 pp above the national pace to count as fast
        assertEquals(RegionType.LAGGING, Typology.classify(0.5, 4.5, 4, T.withMarginPp(1)));
        assertThrows(IllegalArgumentException.class, () -> T.withDeclinePct(2));
    }

    /**
     * 2022–2025 from the bundled data. National: volume indices 105.1, 105.0, 106.5 and average
     * population 19,634,983 → 20,391,610.5: (1.051·1.05·1.065·19634983/20391610.5)^(1/3) − 1 = 4.209%.
     * Atyrau: 107.3, 93.6, 108.8, population 687,160 → 713,426: 1.720% a year, GRP per capita 2025
     * 23,332.0 vs 7,827.2 = 2.98 × national → developed but slower than the country.
     * Turkistan: 102.2, 110.4, 113.0, 2,103,867 → 2,151,623: 7.626%, level 2,508.0 / 7,827.2 = 0.32 → catching up.
     */
    @Test
    void realRegions2022to2025() {
        Typology.Result r = Typology.compute(DATA, 2022, 2025, REGIONS, T);
        assertEquals(4.209395, r.nationalGrowthPct(), 1e-5);
        Typology.Entry atyrau = entry(r, "23"), turkistan = entry(r, "61");
        assertEquals(1.719559, atyrau.growthPct(), 1e-5);
        assertEquals(2.980887, atyrau.levelRatio(), 1e-5);
        assertEquals(RegionType.SLOWING, atyrau.type());
        assertEquals(7.625911, turkistan.growthPct(), 1e-5);
        assertEquals(0.320421, turkistan.levelRatio(), 1e-5);
        assertEquals(RegionType.CATCHING_UP, turkistan.type());
        assertEquals(0, r.counts().get(RegionType.NO_DATA), "all 20 have data for 2022–2025");
        assertEquals(20, r.entries().size());
        assertTrue(r.notes().isEmpty());
    }

    @Test
    void thresholdsChangeTheMap() {
        // with the level bar at 3× national nobody is developed, so nobody is leading or slowing
        Typology.Result r = Typology.compute(DATA, 2022, 2025, REGIONS, T.withLevelRatio(3.5));
        assertEquals(0, r.counts().get(RegionType.LEADING) + r.counts().get(RegionType.SLOWING));
        // Atyrau's 1.7% a year becomes stagnation when the bar is 2%
        assertEquals(RegionType.STAGNANT, entry(Typology.compute(DATA, 2022, 2025, REGIONS, T.withStagnationPct(2)), "23").type());
    }

    @Test
    void periodsBeforeTheSplitLeaveNewOblastsUnclassifiedWithAReason() {
        Typology.Result r = Typology.compute(DATA, 2015, 2020, REGIONS, T);
        Typology.Entry abai = entry(r, "10");
        assertEquals(RegionType.NO_DATA, abai.type());
        assertTrue(abai.reason().contains("no real GRP growth"), abai.reason());
        assertNotEquals(RegionType.NO_DATA, entry(r, "39").type(), "Kostanay's borders did not change");
        // a period across the census gets a caveat
        assertFalse(Typology.compute(DATA, 2021, 2025, REGIONS, T).notes().isEmpty());
    }

    @Test
    void everyTypeHasColourAndNames() {
        for (RegionType t : RegionType.values()) {
            assertTrue(t.color().matches("#[0-9A-F]{6}"));
            assertNotEquals(t.label("en"), t.label("ru"));
            assertNotEquals(t.label("ru"), t.label("kk"));
        }
    }

    private static Typology.Entry entry(Typology.Result r, String code) {
        return r.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }
}
