package kz.aimaq.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.*;

class FrontierTest {
    private final Calibration cal = Calibration.bundled();
    private final Simulator sim = new Simulator(cal, TestWeights.enclaves(cal.codes()), ScenarioModelTest.five());
    private final Scenario mix = Scenario.of(Preset.MIX, cal.defaultParameters());

    @Test
    void moreToThePolesMeansMoreGrpAndMoreInequality() {
        FrontierResult f = sim.frontier(mix, 50, 1.0, null, null);
        assertEquals(50, f.points().size());
        assertEquals(0.0, f.points().getFirst().alpha());
        assertEquals(1.0, f.points().getLast().alpha());
        for (int k = 1; k < 50; k++) {
            FrontierPoint a = f.points().get(k - 1), b = f.points().get(k);
            assertTrue(b.theil() > a.theil(), "Theil rises with α: " + a + " → " + b);
        }
        // All-poles ends richer than all-redistribution, but pole returns saturate (revision 2), so
        // the GRP-maximising mix is not α = 1: the last tenths of the budget earn more in lagging regions.
        assertTrue(f.points().getLast().nationalGrp() > f.points().getFirst().nationalGrp());
        FrontierPoint richest = f.points().stream().max(java.util.Comparator.comparingDouble(FrontierPoint::nationalGrp)).orElseThrow();
        assertTrue(richest.alpha() > 0.5 && richest.alpha() < 1, "GRP peaks inside the mix: " + richest);
        // the ends are the Redistribution and Growth-poles presets
        assertEquals(sim.run(Scenario.of(Preset.REDISTRIBUTION, cal.defaultParameters())).end().nationalGrp(),
                f.points().getFirst().nationalGrp(), 1e-3);
        assertEquals(sim.run(Scenario.of(Preset.GROWTH_POLES, cal.defaultParameters())).end().inequality().theil(),
                f.points().getLast().theil(), 1e-12);
    }

    @Test
    void theOptimumBeatsEveryGridPointAndMovesTowardsRedistributionWithAversion() {
        FrontierResult neutral = sim.frontier(mix, 50, 0, null, null);
        FrontierResult one = sim.frontier(mix, 50, 1, null, null);
        FrontierResult averse = sim.frontier(mix, 50, 5, null, null);
        for (FrontierResult f : new FrontierResult[]{neutral, one, averse}) {
            for (FrontierPoint p : f.points()) {
                assertTrue(f.optimum().welfare() >= p.welfare() - 1e-9, "ε=" + f.epsilon() + ": " + f.optimum() + " vs " + p);
            }
        }
        assertTrue(neutral.optimum().alpha() >= one.optimum().alpha() && one.optimum().alpha() > averse.optimum().alpha(),
                "optimal α: ε=0 → " + neutral.optimum().alpha() + ", ε=1 → " + one.optimum().alpha()
                        + ", ε=5 → " + averse.optimum().alpha());
        assertTrue(one.optimum().alpha() > 0.05 && one.optimum().alpha() < 0.99,
                "at ε=1 the best mix is interior: α = " + one.optimum().alpha());
    }

    @Test
    void canBeCancelled() {
        int[] calls = {0};
        assertThrows(CancellationException.class, () -> sim.frontier(mix, 50, 1, null, () -> ++calls[0] > 5));
        assertEquals(6, calls[0], "stops at the first poll that says cancel");
    }
}
