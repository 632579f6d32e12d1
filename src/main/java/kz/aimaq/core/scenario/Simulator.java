package kz.aimaq.core.scenario;

import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.stats.Inequality;
import kz.aimaq.core.stats.SpatialWeights;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Runs scenarios on a calibrated economy: a deterministic {@link #run}, a {@link #monteCarlo}
 * over parameter uncertainty and the {@link #frontier} of the growth–equity trade-off.
 * Immutable and thread-safe.
 */
public final class Simulator {
    private final Calibration calibration;
    private final SpatialWeights weights;
    private final Grouping grouping;
    private final int[] labels;

    /**
     * @param weights  spatial weights for the spread/backwash of poles (any order, any kind; they are
     *                 row-standardised here), or null for no spillovers
     * @param grouping macro-regions for the Theil between/within split, or null (one group)
     */
    public Simulator(Calibration calibration, SpatialWeights weights, Grouping grouping) {
        this.calibration = calibration;
        this.weights = weights;
        this.grouping = grouping;
        this.labels = grouping == null ? new int[calibration.codes().size()] : grouping.labels(calibration.codes());
    }

    public Calibration calibration() { return calibration; }

    public SpatialWeights weights() { return weights; }

    public Grouping grouping() { return grouping; }

    int[] labels() { return labels; }

    ScenarioEngine engine(Scenario s) { return new ScenarioEngine(calibration, s, weights); }

    /** The deterministic run of a scenario under its own parameters. */
    public Trajectory run(Scenario s) {
        ScenarioEngine e = engine(s);
        List<YearState> years = new ArrayList<>(s.horizon() + 1);
        double[] y = new double[e.n];
        e.run(s.parameters(), (t, grp, income, pop, migrants) -> {
            double total = 0;
            for (int i = 0; i < e.n; i++) { total += grp[i]; y[i] = income[i] / pop[i]; }
            years.add(new YearState(e.baseYear + t, total, grp.clone(), income.clone(), pop.clone(),
                    migrants.clone(), Inequality.measures(y, pop, labels)));
        });
        return new Trajectory(s, e.codes, years);
    }

    /** Monte Carlo bands; see {@link MonteCarlo#run}. Uses the common fork-join pool. */
    public MonteCarloResult monteCarlo(Scenario s, int runs, long seed, Uncertainty uncertainty,
                                       DoubleConsumer progress, BooleanSupplier cancelled) {
        return MonteCarlo.run(this, s, runs, seed, uncertainty, 0, progress, cancelled);
    }

    /** The α frontier with the welfare optimum; see {@link Frontier#compute}. */
    public FrontierResult frontier(Scenario s, int points, double epsilon, DoubleConsumer progress, BooleanSupplier cancelled) {
        return Frontier.compute(this, s, points, epsilon, progress, cancelled);
    }
}
