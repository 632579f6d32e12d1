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
    void nationalGrowthIsTheGeometricMeanOfTheLongestPeriod() {
        // revision 2: 2011-2025 (15 national volume indices, the 2020 contraction included) gives 3.906 %/yr;
        // the first model's 2022-2025 window gave 4.943 %/yr, a boom it then projected for 25 years
        double log = 0;
        var data = kz.aimaq.core.data.IndicatorData.bundled();
        for (int y = 2011; y <= 2025; y++) log += Math.log(data.current("grp_volume_index", y, "00").getAsDouble() / 100);
        assertEquals(Math.exp(log / 15) - 1, cal.nationalGrowth(), 1e-12);
        assertEquals(0.03906, cal.nationalGrowth(), 1e-5);
        assertEquals(2022, cal.historyFrom(), "the use-history window: Ulytau's growth index starts in 2022");
        assertEquals(2025, cal.historyTo());
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
        // Per capita since revision 2 (population trends are modelled on their own): mean of
        // ln(v_i·N_i,t−1/N_i,t) − ln(v·N_t−1/N_t) over 2022-2025. Zhetisu (33) minus Aktobe (15): 6.82 points.
        // Centring shifts both by the same amount, so their difference is unchanged by it.
        double[] d = cal.historyDeviation();
        assertEquals(0.068208, d[cal.indexOf("33")] - d[cal.indexOf("15")], 1e-6);
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
