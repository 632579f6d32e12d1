package kz.aimaq.core.scenario;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.territory.ConsistentPanel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** The "done when" of issue 13 on the bundled data: estimated defaults, costs and limits, robust numerics. */
class RevisionTwoTest {
    private final Calibration cal = Calibration.bundled();
    private final ScenarioParameters defaults = cal.defaultParameters();
    private final Simulator plain = new Simulator(cal, null, ScenarioModelTest.five());

    @Test
    void betaAndTrendAreEstimatedOnTheConsistentTerritory() {
        Estimation e = cal.estimation();
        // pooled OLS, 16 units (2018 parents, South Kazakhstan whole), growth years 2011-2025;
        // Karaganda 2021 has no index on its old territory, so 16 × 15 − 1 = 239 observations
        assertEquals(16, e.units().size());
        assertEquals(239, e.observations());
        assertEquals(0.01350, e.beta(), 5e-5);
        assertEquals(0.00397, e.betaSe(), 5e-5);
        assertEquals(0.0366, e.betaRegionEffects(), 5e-4, "region effects: larger, and biased upwards (Nickell)");
        assertEquals(0.0366, e.residualSd(), 5e-4);
        assertEquals(0.03906, e.nationalGrowth(), 5e-5);
        assertEquals(e.beta(), defaults.beta(), "the estimate is the default");
        assertEquals(e.nationalGrowth(), defaults.nationalGrowth());
    }

    /** sd of ln(GRP per capita) across the 16 consistent units in a year (current prices). */
    private static double sdLog(ConsistentPanel p, int year) {
        double[] v = p.units().stream().mapToDouble(u -> Math.log(p.value("grp", year, u).getAsDouble()
                / p.value("population_avg", year, u).getAsDouble())).toArray();
        double m = Arrays.stream(v).average().orElseThrow(), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / v.length);
    }

    @Test
    void inertialConvergesNoFasterThanHistory() {
        // History: sd(ln y) on the consistent territory went from 0.660 (2011) to 0.549 (2025):
        // a pace of −0.0079 a year, so at most 0.079 in ten years. The first model took 0.56 → 0.43 in 9.
        ConsistentPanel panel = ConsistentPanel.of(IndicatorData.bundled(), 2011, 2025);
        double pace = (sdLog(panel, 2025) - sdLog(panel, 2011)) / 14;
        assertEquals(-0.0079, pace, 2e-4);
        Trajectory t = plain.run(Scenario.of(Preset.INERTIAL, defaults).withHorizon(10));
        double change = t.end().inequality().sdLog() - t.base().inequality().sdLog();
        // 0.560 → 0.489: −0.071 in ten years (e^(−10β) = 0.874 of the base)
        assertTrue(change <= 0 && change >= 10 * pace, "10-year change of sd(ln y) " + change + " within the historical pace 10 × " + pace);
        assertEquals(-0.0707, change, 1e-3);
    }

    @Test
    void monteCarloBandHoldsTheFlatSpellOfHistory() {
        // sd(ln y) was about flat 2020-2025; with region-specific shocks of the residual size (σ = 0.037),
        // "no change over five years" lies inside the P5–P95 band, as history says it can.
        MonteCarloResult r = plain.monteCarlo(Scenario.of(Preset.INERTIAL, defaults).withHorizon(10), 1000, 42,
                Uncertainty.DEFAULT, null, null);
        Band sd = r.band(Metric.SD_LOG);
        double base = sd.p50()[0];
        assertTrue(sd.p5()[5] < base && base < sd.p95()[5], "2030 band [" + sd.p5()[5] + ", " + sd.p95()[5] + "] holds " + base);
        Band grp = r.band(Metric.NATIONAL_GRP);
        for (int t = 0; t <= 10; t++) assertTrue(Double.isFinite(grp.p5()[t]) && grp.p5()[t] > 0);
    }

    @Test
    void doublingThePoleBudgetAddsLessThanTheFirstFivePercent() {
        Scenario poles = Scenario.of(Preset.GROWTH_POLES, defaults);
        double g0 = plain.run(poles.withBudget(0)).end().nationalGrp();
        double g5 = plain.run(poles.withBudget(0.05)).end().nationalGrp();
        double g10 = plain.run(poles.withBudget(0.10)).end().nationalGrp();
        // 2050: 416.0 → 450.9 → 460.2 trillion KZT (first model: +117 % at 10 %, linear)
        assertTrue(g10 - g5 < g5 - g0, "5→10 % adds " + (g10 - g5) + ", less than 0→5 % " + (g5 - g0));
        assertTrue(g10 > g5, "but still adds");
    }

    @Test
    void levyFinancedRedistributionCostsOutput() {
        double inertial = plain.run(Scenario.of(Preset.INERTIAL, defaults)).end().nationalGrp();
        double levy = plain.run(Scenario.of(Preset.REDISTRIBUTION, defaults).withFinancing(Financing.LEVY)).end().nationalGrp();
        assertTrue(levy < inertial, "2050 GRP with the levy " + levy + " < inertial " + inertial);
        // and the levy falls on the regions above average only
        YearState y1 = plain.run(Scenario.of(Preset.REDISTRIBUTION, defaults).withFinancing(Financing.LEVY)).years().get(1);
        YearState base = plain.run(Scenario.of(Preset.INERTIAL, defaults)).base();
        double ybar = base.nationalGrp() / base.nationalPopulation();
        for (int i = 0; i < cal.size(); i++) {
            if (base.grp()[i] / base.population()[i] < ybar) assertEquals(0, y1.levy()[i], "below average pays nothing: " + cal.codes().get(i));
        }
        assertEquals(Arrays.stream(y1.transfer()).sum(), Arrays.stream(y1.levy()).sum(), 1e-3, "what is spent is raised");
    }

    @Test
    void selectiveKyzylordaStaysUnderTheAbsorptionCap() {
        Trajectory t = plain.run(Scenario.of(Preset.SELECTIVE, defaults));
        int k = cal.indexOf("43");
        for (int y = 1; y < t.years().size(); y++) {
            YearState s = t.years().get(y), prev = t.years().get(y - 1);
            assertTrue(s.transfer()[k] > 0);
            assertTrue(s.transfer()[k] <= defaults.absorptionCap() * prev.grp()[k] * (1 + 1e-12) + 1e-6,
                    s.year() + ": " + s.transfer()[k] + " ≤ 4 % of " + prev.grp()[k]);
        }
        // a budget no one can absorb is cut to the cap and reported as unabsorbed
        Trajectory big = plain.run(Scenario.of(Preset.SELECTIVE, defaults).withBudget(0.01));
        assertTrue(big.years().get(1).unabsorbed() > 0);
        assertEquals(defaults.absorptionCap() * cal.grp()[k], big.years().get(1).transfer()[k], 1e-6);
    }

    @Test
    void everyAcceptedParameterSetGivesFiniteOutputOrARefusal() {
        SplittableRandom rnd = new SplittableRandom(13);
        int refused = 0;
        for (int run = 0; run < 400; run++) {
            double[] v = new double[ScenarioParameters.NAMES.length];
            for (int i = 0; i < v.length; i++) {
                double lo = ScenarioParameters.RANGES[i][0], hi = ScenarioParameters.RANGES[i][1];
                // the ends of each range are where the first model broke
                double u = rnd.nextDouble();
                v[i] = u < 0.15 ? lo : u > 0.85 ? hi : lo + rnd.nextDouble() * (hi - lo);
            }
            Preset preset = Preset.values()[rnd.nextInt(Preset.values().length)];
            Scenario s = Scenario.of(preset, ScenarioParameters.of(v)).withBudget(rnd.nextDouble() * Scenario.MAX_BUDGET)
                    .withHorizon(Scenario.MAX_HORIZON).withFinancing(rnd.nextBoolean() ? Financing.NATIONAL : Financing.LEVY);
            Trajectory t;
            try {
                t = new Simulator(cal, TestWeights.enclaves(cal.codes()), null).run(s);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("GRP to zero or below"), e.getMessage());
                refused++;
                continue;
            }
            for (YearState y : t.years()) {
                assertTrue(Double.isFinite(y.nationalGrp()) && y.nationalGrp() > 0, preset + " " + Arrays.toString(v) + " " + y.year());
                for (Metric m : Metric.values()) assertTrue(Double.isFinite(m.of(y)), m + " in " + y.year() + " for " + Arrays.toString(v));
            }
        }
        assertTrue(refused < 400, "most accepted sets run");
    }

    @Test
    void tooManyRunsAreRefusedAtOnce() {
        long max = MonteCarlo.maxRuns(26, cal.size());
        assertTrue(max > 10_000, "ordinary requests fit: " + max);
        long start = System.nanoTime();
        var e = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.run(plain, Scenario.of(Preset.MIX, defaults),
                (int) Math.min(Integer.MAX_VALUE, max + 1), 1, Uncertainty.DEFAULT, 1, null, null));
        assertTrue(e.getMessage().contains("at most"), e.getMessage());
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused in under a second");
    }

    @Test
    void inequalityAversionHasADocumentedRange() {
        Scenario mix = Scenario.of(Preset.MIX, defaults);
        assertThrows(IllegalArgumentException.class, () -> plain.frontier(mix, 5, 80, null, null));
        assertThrows(IllegalArgumentException.class, () -> plain.frontier(mix, 5, -1, null, null));
        FrontierResult f = plain.frontier(mix, 5, Frontier.MAX_EPSILON, null, null);
        for (FrontierPoint p : f.points()) assertTrue(Double.isFinite(p.welfare()) && p.welfare() > 0, p.toString());
    }

    @Test
    void tornadoNamesWhatMattersMost() {
        var bars = Sensitivity.tornado(plain, Scenario.of(Preset.MIX, defaults), Uncertainty.DEFAULT);
        // end-year GRP hangs on national growth (±0.61 points: 368–494 trillion KZT in 2050);
        // the Theil index on β (±0.004: 0.103–0.071); policy parameters move either far less
        assertEquals("nationalGrowth", bars.getFirst().parameter());
        assertEquals(368.1e6, bars.getFirst().grpLow(), 0.1e6);
        assertEquals(494.1e6, bars.getFirst().grpHigh(), 0.1e6);
        var theil = bars.stream().max(java.util.Comparator.comparingDouble(Sensitivity.Bar::theilSpan)).orElseThrow();
        assertEquals("beta", theil.parameter());
        assertTrue(theil.theilLow() > theil.theilHigh(), "faster convergence, less inequality");
        assertTrue(bars.stream().noneMatch(b -> b.parameter().equals("lagThreshold") || b.parameter().equals("absorptionCap")),
                "choices are not uncertain facts");
    }

    @Test
    void instrumentsHaveTheirOwnReturnLagAndConsumption() throws Exception {
        Scenario mix = Scenario.of(Preset.MIX, defaults);
        Trajectory inertial = plain.run(Scenario.of(Preset.INERTIAL, defaults));
        Trajectory human = plain.run(mix.withInstruments(java.util.Map.of(Instrument.HUMAN_CAPITAL, 1.0)));
        Trajectory social = plain.run(mix.withInstruments(java.util.Map.of(Instrument.SOCIAL_TRANSFERS, 1.0)));
        Trajectory infra = plain.run(mix.withInstruments(java.util.Map.of(Instrument.INFRASTRUCTURE, 1.0)));
        // human capital pays off only after 5 years: until then the country bears only the cost of funds
        for (int t = 1; t <= 5; t++) {
            assertTrue(human.years().get(t).nationalGrp() < inertial.years().get(t).nationalGrp(), "year " + t);
        }
        assertTrue(human.end().nationalGrp() > inertial.end().nationalGrp(), "and then adds the most of the slow instruments");
        assertTrue(human.end().nationalGrp() > infra.end().nationalGrp());
        // social transfers are spent at once: more income in year 1, little growth by 2050
        int turkistan = cal.indexOf("61");
        assertTrue(social.years().get(1).income()[turkistan] > infra.years().get(1).income()[turkistan]);
        assertTrue(social.end().nationalGrp() < infra.end().nationalGrp());
        // shares are normalised, and a file keeps them
        Scenario split = mix.withInstruments(java.util.Map.of(Instrument.INFRASTRUCTURE, 2.0, Instrument.SOCIAL_TRANSFERS, 2.0));
        assertEquals(0.5, split.instruments().get(Instrument.INFRASTRUCTURE));
        Scenario back = ScenarioJson.read(new java.io.StringReader(ScenarioJson.toJson(split)), defaults, cal.codes());
        assertEquals(split.instruments(), back.instruments());
        assertThrows(IllegalArgumentException.class, () -> mix.withInstruments(java.util.Map.of(Instrument.SOCIAL_TRANSFERS, -1.0)));
        // no split: the one undifferentiated budget of r0, exactly as before
        assertEquals(426.6e6, plain.run(mix).end().nationalGrp(), 0.1e6, "2050, no spillover");
    }
}
