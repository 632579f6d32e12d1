package kz.aimaq.core.scenario;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.scenario.Backtest.Method;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Fit 2010-2017, run 2018-2025 with the actual national growth: the model's skill against two naive baselines. */
class BacktestTest {
    private final Backtest.Result r = Backtest.run(IndicatorData.bundled(), 2010, 2017, 2018, 2025);

    @Test
    void fitsOnTheFirstPeriodOnly() {
        assertEquals(16, r.units().size());
        assertEquals(112, r.estimation().observations(), "16 units × growth years 2011-2017");
        assertEquals(0.0102, r.estimation().beta(), 1e-4);
        assertEquals(0.0059, r.estimation().betaSe(), 1e-4);
        assertEquals(8, r.years().size());
        assertEquals(java.util.List.of("35:2021"), r.imputed(), "Karaganda 2021: no index on its old territory");
    }

    @Test
    void pinsTheErrorsOfTheModelAndBothBaselines() {
        // RMSE of ln y over 16 units × 8 years: the model 0.108 beats "last relative level" 0.117 and
        // loses to "own mean growth" 0.101; on the Theil path the model is three times closer.
        assertEquals(0.108274, r.rmseAll().get(Method.MODEL), 1e-5);
        assertEquals(0.116593, r.rmseAll().get(Method.LAST_LEVEL), 1e-5);
        assertEquals(0.100655, r.rmseAll().get(Method.OWN_GROWTH), 1e-5);
        assertEquals(0.010636, r.rmseTheil().get(Method.MODEL), 1e-5);
        assertEquals(0.031873, r.rmseTheil().get(Method.LAST_LEVEL), 1e-5);
        assertEquals(0.037103, r.rmseTheil().get(Method.OWN_GROWTH), 1e-5);
        Backtest.Year first = r.years().getFirst(), last = r.years().getLast();
        assertEquals(2018, first.year());
        assertEquals(0.039121, first.rmse().get(Method.MODEL), 1e-5);
        assertEquals(2025, last.year());
        assertEquals(0.157005, last.rmse().get(Method.MODEL), 1e-5);
        assertEquals(0.173287, last.rmse().get(Method.LAST_LEVEL), 1e-5);
        assertEquals(0.137726, last.rmse().get(Method.OWN_GROWTH), 1e-5);
        assertEquals(0.18018, last.actual().theil(), 1e-5, "what happened: Theil 0.180 in 2025 (2017 prices)");
        assertEquals(0.19839, last.predicted().get(Method.MODEL).theil(), 1e-5);
    }

    @Test
    void refusesPeriodsThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> Backtest.run(IndicatorData.bundled(), 2010, 2017, 2019, 2025));
        assertThrows(IllegalArgumentException.class, () -> Backtest.run(IndicatorData.bundled(), 2010, 2011, 2012, 2025));
    }

    @Test
    void replaysThe2011PoleStrategyNextToWhatHappened() {
        Backtest.Replay r = Backtest.replay(IndicatorData.bundled(), Preset.GROWTH_POLES, 2011, 2025);
        assertEquals(16, r.units().size());
        assertEquals(List.of("71", "75", "51", "15", "47"), r.policy().scenario().poles(), "Shymkent replays as South Kazakhstan");
        assertEquals(15, r.years().size());
        // 2011: all three start from the data; 2025: poles add output and inequality over Inertial,
        // while what happened (Theil 0.208) stayed above both model paths: shocks, not policy, moved history
        assertEquals(r.actual().getFirst().theil(), r.policy().base().inequality().theil(), 1e-12);
        YearState pol = r.policy().end(), in = r.inertial().end();
        assertTrue(pol.nationalGrp() > in.nationalGrp());
        assertTrue(pol.inequality().theil() > in.inequality().theil());
        assertEquals(0.2081, r.actual().getLast().theil(), 1e-4);
        assertTrue(r.actual().getLast().theil() > pol.inequality().theil());
    }
}
