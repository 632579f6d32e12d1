package kz.aimaq.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class CalibrationTest {
    private final Calibration cal = Calibration.bundled();

    @Test
    void baseYearIsTheLatestCompleteYearOfGrpAndPopulation() {
        assertEquals(2025, cal.baseYear());
        assertEquals(20, cal.size());
        // BNS: the 20 regional GRPs add up exactly to the national 159,608,552.9 million KZT in 2025
        assertEquals(159_608_552.9, Arrays.stream(cal.grp()).sum(), 0.5);
        assertEquals(20_391_610.5, Arrays.stream(cal.population()).sum(), 0.5);
        assertEquals(36_195_760.9, cal.grp()[cal.indexOf("75")], 1e-6, "Almaty city GRP 2025");
    }

    @Test
    void nationalGrowthIsTheGeometricMeanOf2022To2025() {
        // national volume indices 103.2, 105.1, 105.0, 106.5 → (1.032·1.051·1.050·1.065)^(1/4) − 1 = 4.943 %
        assertEquals(2022, cal.historyFrom(), "Ulytau's growth index starts in 2022");
        assertEquals(2025, cal.historyTo());
        assertEquals(Math.pow(1.032 * 1.051 * 1.050 * 1.065, 0.25) - 1, cal.nationalGrowth(), 1e-12);
        assertEquals(0.04943, cal.nationalGrowth(), 1e-5);
    }

    @Test
    void naturalIncreaseIsPopulationGrowthSinceTheCensus() {
        // 19,634,983 (2022) → 20,391,610.5 (2025): (20391610.5/19634983)^(1/3) − 1 = 1.268 %/yr
        assertEquals(2022, cal.populationFrom());
        assertEquals(Math.pow(20_391_610.5 / 19_634_983.0, 1.0 / 3) - 1, cal.naturalIncrease(), 1e-12);
        assertEquals(0.01268, cal.naturalIncrease(), 1e-5);
    }

    @Test
    void historyDeviationsAreRegionalMinusNationalGrowthCentredOnZero() {
        // Zhetisu (33): (102−103.2 + 113.1−105.1 + 114.8−105 + 105.5−106.5)/4 = 3.9 points;
        // Aktobe (15): (100.1−103.2 + 98.9−105.1 + 105.6−105 + 103.5−106.5)/4 = −2.925 points.
        // Centring shifts both by the same amount, so their difference stays 6.825 points.
        double[] d = cal.historyDeviation();
        assertEquals(0.06825, d[cal.indexOf("33")] - d[cal.indexOf("15")], 1e-12);
        double total = Arrays.stream(cal.grp()).sum(), weighted = 0;
        for (int i = 0; i < cal.size(); i++) weighted += cal.grp()[i] / total * d[i];
        assertEquals(0, weighted, 1e-15, "GRP-weighted mean deviation is zero, so national growth stays g_nat");
    }

    @Test
    void reorderKeepsEachRegionsValues() {
        var reversed = new java.util.ArrayList<>(cal.codes());
        java.util.Collections.reverse(reversed);
        Calibration r = cal.reorder(reversed);
        assertEquals("79", r.codes().getFirst());
        assertEquals(cal.grp()[cal.indexOf("43")], r.grp()[r.indexOf("43")]);
        assertThrows(IllegalArgumentException.class, () -> cal.reorder(reversed.subList(1, 20)));
    }
}
