package kz.aimaq.core.disparity;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.*;
import kz.aimaq.core.territory.Territory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DisparityMonitorTest {

    private static final IndicatorData DATA = IndicatorData.bundled();
    private final DisparityMonitor monitor = new DisparityMonitor(DATA);

    @Test
    void eachYearOnItsTerritory() {
        List<DisparityYear> s = monitor.series("grp_per_capita", 2010, 2025, Groupings.preset("five"), TerritoryMode.BY_YEAR);
        assertEquals(16, s.size());
        for (DisparityYear y : s) {
            assertEquals(Territory.forYear(y.year()), y.territory());
            assertEquals(y.territory().units().size(), y.unitCount(), "all units have a value in " + y.year());
            assertTrue(y.missing().isEmpty());
        }
        assertEquals(16, s.get(6).unitCount());  // 2016
        assertEquals(17, s.get(9).unitCount());  // 2019
        assertEquals(20, s.get(15).unitCount()); // 2025
    }

    /** 2016: richest Atyrau 8,653.1 over poorest South Kazakhstan 975.3 (both published, thousand KZT). */
    @Test
    void maxMinRatioOf2016UsesSouthKazakhstan() {
        DisparityYear y2016 = monitor.year("grp_per_capita", 2016, Territory.BEFORE_2018, null).orElseThrow();
        assertEquals(8653.1 / 975.3, y2016.measures().maxMinRatio(), 1e-12);
        assertEquals(0, y2016.measures().theilBetween(), 1e-15, "one group: nothing between groups");
    }

    @Test
    void theilPartsAddUpEveryYear() {
        for (TerritoryMode mode : TerritoryMode.values()) {
            for (DisparityYear y : monitor.series("grp_per_capita", 2010, 2025, Groupings.preset("five"), mode)) {
                var m = y.measures();
                assertTrue(m.theilBetween() > 0 && m.theilWithin() > 0, y.year() + " " + mode);
                assertEquals(m.theil(), m.theilBetween() + m.theilWithin(), 1e-12, y.year() + " " + mode);
            }
        }
    }

    @Test
    void consistentTerritoryKeepsSixteenUnits() {
        List<DisparityYear> s = monitor.series("grp_per_capita", 2010, 2025, Groupings.preset("five"), TerritoryMode.CONSISTENT);
        assertEquals(16, s.size());
        for (DisparityYear y : s) assertEquals(Territory.BEFORE_2018.units(), y.units());
        // From 2018 on, merging Turkistan and Shymkent back lowers the spread: max/min is smaller than by-year.
        double byYear2019 = monitor.year("grp_per_capita", 2019, Territory.FROM_2018, null).orElseThrow().measures().maxMinRatio();
        assertTrue(s.get(9).measures().maxMinRatio() < byYear2019);
    }

    /** The monitor and the simulator share Inequality.measures: the 2025 row is the simulation's base year. */
    @Test
    void year2025EqualsTheSimulatorsBaseYear() {
        Calibration cal = Calibration.bundled();
        assertEquals(2025, cal.baseYear());
        Simulator sim = new Simulator(cal, null, Groupings.preset("five"));
        YearState base = sim.run(Scenario.of(Preset.INERTIAL, cal.defaultParameters())).years().getFirst();
        DisparityYear y2025 = monitor.year("grp_per_capita", 2025, Territory.FROM_2022, Groupings.preset("five")).orElseThrow();
        for (Metric m : Metric.values()) {
            if (!m.isDisparity()) continue;
            assertEquals(m.of(base), m.of(y2025.measures()), 1e-12, m.column);
        }
    }

    @Test
    void totalsAreRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> monitor.series("grp", 2010, 2025, null, TerritoryMode.BY_YEAR));
        assertTrue(e.getMessage().contains("per-capita"), e.getMessage());
    }

    @Test
    void unemploymentHasAYearWithoutSouthKazakhstanPublished() {
        // 2015: no published rate for 51, so it is the population-weighted mean of the BNS estimates for 61 and 79.
        DisparityYear y = monitor.year("unemployment_rate", 2015, Territory.BEFORE_2018, null).orElseThrow();
        assertEquals(16, y.unitCount());
    }
}
