package kz.aimaq.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class MonteCarloTest {
    private final Calibration cal = Calibration.bundled();
    private final Simulator sim = new Simulator(cal, TestWeights.enclaves(cal.codes()), ScenarioModelTest.five());
    private final Scenario mix = Scenario.of(Preset.MIX, cal.defaultParameters()).withHorizon(10);

    @Test
    void sameSeedSameBandsWhateverTheThreadCount() {
        MonteCarloResult one = MonteCarlo.run(sim, mix, 300, 42, Uncertainty.DEFAULT, 1, null, null);
        MonteCarloResult three = MonteCarlo.run(sim, mix, 300, 42, Uncertainty.DEFAULT, 3, null, null);
        for (Metric m : Metric.values()) {
            assertArrayEquals(one.band(m).p5(), three.band(m).p5(), 0.0, m + " P5");
            assertArrayEquals(one.band(m).p50(), three.band(m).p50(), 0.0, m + " P50");
            assertArrayEquals(one.band(m).p95(), three.band(m).p95(), 0.0, m + " P95");
        }
        for (int i = 0; i < cal.size(); i++) {
            assertArrayEquals(one.regionGrpPerCapita().get(i).p95(), three.regionGrpPerCapita().get(i).p95(), 0.0);
        }
        MonteCarloResult other = MonteCarlo.run(sim, mix, 300, 43, Uncertainty.DEFAULT, 1, null, null);
        assertFalse(Arrays.equals(one.band(Metric.THEIL).p50(), other.band(Metric.THEIL).p50()),
                "another seed gives other draws");
    }

    /**
     * The Monte Carlo gives each chunk's runs one set of working arrays in turn: a run on arrays
     * another run has used (other parameters, shocks, a levy and instruments paying off late)
     * gives exactly, to the last bit, every yearly figure it gives on new ones.
     */
    @Test
    void aRunOnUsedBuffersGivesWhatItGivesOnNewOnes() {
        Scenario poles = Scenario.of(Preset.GROWTH_POLES, cal.defaultParameters()).withHorizon(10);
        ScenarioEngine engine = sim.engine(mix);
        ScenarioEngine.RunBuffers used = engine.buffers();
        sim.engine(poles).run(poles.parameters(), 0.05, 99, (t, f) -> { }, used);
        engine.run(mix.parameters(), 0.02, 5, (t, f) -> { }, used);
        assertTrue(Arrays.stream(used.capital).anyMatch(v -> v > 0), "the earlier runs leave their capital behind");
        assertTrue(Arrays.stream(used.flows.migrants).anyMatch(v -> v != 0), "and their migrants");

        java.util.List<double[]> fresh = new java.util.ArrayList<>(), again = new java.util.ArrayList<>();
        engine.run(mix.parameters(), 0.03, 11, (t, f) -> fresh.add(year(f)), engine.buffers());
        engine.run(mix.parameters(), 0.03, 11, (t, f) -> again.add(year(f)), used);
        assertEquals(mix.horizon() + 1, fresh.size());
        for (int t = 0; t < fresh.size(); t++) assertArrayEquals(fresh.get(t), again.get(t), 0.0, "year " + t);
    }

    private static double[] year(ScenarioEngine.YearFlows f) {
        return java.util.stream.Stream.of(f.grp, f.income, f.population, f.migrants, f.investment, f.transfer, f.levy,
                new double[]{f.unabsorbed}).flatMapToDouble(Arrays::stream).toArray();
    }

    @Test
    void bandsAreOrderedAndStartFromTheData() {
        MonteCarloResult r = sim.monteCarlo(mix, 500, 7, Uncertainty.DEFAULT, null, null);
        Band grp = r.band(Metric.NATIONAL_GRP);
        double total = Arrays.stream(cal.grp()).sum();
        assertEquals(total, grp.p5()[0], 1e-6, "every run starts from the 2025 data");
        assertEquals(total, grp.p95()[0], 1e-6);
        for (Metric m : Metric.values()) {
            Band b = r.band(m);
            for (int t = 0; t <= mix.horizon(); t++) {
                assertTrue(b.p5()[t] <= b.p50()[t] && b.p50()[t] <= b.p95()[t], m + " year " + t);
            }
        }
        // growth is uncertain (g_nat ± 1.5 points): by year 10 the band is wide
        assertTrue(grp.p95()[10] / grp.p5()[10] > 1.05, "P95/P5 of GRP in 2035 = " + grp.p95()[10] / grp.p5()[10]);
        assertEquals(2025, r.baseYear());
    }

    @Test
    void withoutUncertaintyTheBandsCollapseOnTheDeterministicRun() {
        MonteCarloResult r = sim.monteCarlo(mix, 20, 1, new Uncertainty(0, 0, 0), null, null);
        Trajectory t = sim.run(mix);
        for (int k = 0; k <= mix.horizon(); k++) {
            assertEquals(t.years().get(k).nationalGrp(), r.band(Metric.NATIONAL_GRP).p50()[k], 1e-6);
            assertEquals(t.years().get(k).inequality().theil(), r.band(Metric.THEIL).p5()[k], 1e-15);
            assertEquals(t.years().get(k).grpPerCapita(3), r.regionGrpPerCapita().get(3).p95()[k],
                    1e-6 * t.years().get(k).grpPerCapita(3), "per-capita band is stored as float");
        }
    }

    @Test
    void percentilesMatchTheSortedDefinition() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            double[] v = new double[1 + rnd.nextInt(300)];
            for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(50); // with ties
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            for (double q : new double[]{0.05, 0.5, 0.95}) {
                double h = (v.length - 1) * q;
                int lo = (int) Math.floor(h);
                double expected = lo + 1 < v.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
                assertEquals(expected, MonteCarlo.percentile(v.clone(), q), 1e-12, "n=" + v.length + " q=" + q);
            }
        }
        // type 7 on 1..5: P5 = 1.2, P50 = 3, P95 = 4.8
        assertEquals(1.2, MonteCarlo.percentile(new double[]{5, 3, 1, 4, 2}, 0.05), 1e-12);
        assertEquals(4.8, MonteCarlo.percentile(new double[]{5, 3, 1, 4, 2}, 0.95), 1e-12);
    }

    @Test
    void floatRowsGiveTheSamePercentilesAsTheirWidenedCopies() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int trial = 0; trial < 200; trial++) {
            float[] v = new float[1 + rnd.nextInt(300)];
            for (int i = 0; i < v.length; i++) v[i] = trial % 2 == 0 ? rnd.nextInt(50) : (float) (1e4 * rnd.nextDouble());
            double[] widened = new double[v.length];
            for (int i = 0; i < v.length; i++) widened[i] = v[i];
            for (double q : new double[]{0.05, 0.5, 0.95}) {
                assertEquals(MonteCarlo.percentile(widened.clone(), q), MonteCarlo.percentile(v.clone(), q), 0.0,
                        "n=" + v.length + " q=" + q);
            }
        }
    }

    /**
     * Percentiles are taken in place on the kept rows (no copies): the bands of a seeded run are
     * the ones the copying implementation gave, digit for digit (values printed by it before the
     * change; Mix, 1,000 runs, seed 42, 2035; region 71 is Astana).
     */
    @Test
    void inPlacePercentilesKeepTheBandsOfTheCopyingVersion() {
        MonteCarloResult r = MonteCarlo.run(sim, mix, 1000, 42, Uncertainty.DEFAULT, 2, null, null);
        Band grp = r.band(Metric.NATIONAL_GRP), theil = r.band(Metric.THEIL);
        int astana = r.codes().indexOf("71");
        Band perCapita = r.regionGrpPerCapita().get(astana);
        assertBand(grp, 10, 2.1354123127976707E8, 2.3508343044333583E8, 2.5992084048448238E8);
        assertBand(theil, 10, 0.11207127264031493, 0.14233456112316012, 0.17365789943946944);
        assertBand(perCapita, 10, 12118.635595703125, 14682.865234375, 17577.26328125);
    }

    private static void assertBand(Band b, int t, double p5, double p50, double p95) {
        assertEquals(p5, b.p5()[t], Math.abs(p5) * 1e-12, "P5");
        assertEquals(p50, b.p50()[t], Math.abs(p50) * 1e-12, "P50");
        assertEquals(p95, b.p95()[t], Math.abs(p95) * 1e-12, "P95");
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        AtomicInteger calls = new AtomicInteger();
        double[] last = {0};
        sim.monteCarlo(mix, 200, 1, Uncertainty.DEFAULT, p -> { calls.incrementAndGet(); last[0] = Math.max(last[0], p); }, null);
        assertTrue(calls.get() >= 4, "one report per chunk of runs and one at the end");
        assertEquals(1.0, last[0]);
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> MonteCarlo.run(sim, mix, 10_000, 1, Uncertainty.DEFAULT, 2,
                null, () -> polls.incrementAndGet() > 3));
    }

    @Test
    void triangularDrawsStayInRangeAroundTheMode() {
        SplittableRandom rnd = new SplittableRandom(11);
        double sum = 0;
        int below = 0;
        for (int i = 0; i < 100_000; i++) {
            double x = Uncertainty.around(rnd, 0.02, 0.01);
            assertTrue(x >= 0.01 && x <= 0.03);
            sum += x;
            if (x < 0.015) below++;
        }
        assertEquals(0.02, sum / 100_000, 1e-4, "symmetric: mean = mode");
        // P(X < mode − h/2) = (½)²/2 = 1/8 for a symmetric triangle
        assertEquals(0.125, below / 100_000.0, 0.005);
    }
}
