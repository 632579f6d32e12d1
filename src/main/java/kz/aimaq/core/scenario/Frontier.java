package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.stats.Inequality;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The "optimal mix": sweep α over [0, 1], record end-year national GRP and Theil (the frontier),
 * and find the α that maximises an Atkinson welfare W = ȳ·(1 − A_ε) for inequality aversion ε.
 * ε = 0 cares only about the average (W = ȳ), larger ε weighs poorer regions more.
 */
public final class Frontier {
    private Frontier() {}

    public static final int DEFAULT_POINTS = 50;
    public static final double DEFAULT_EPSILON = 1.0;

    /**
     * @param base     the scenario whose budget, poles, horizon and parameters are kept; only α varies
     * @param points   grid points (at least 2), α_k = k/(points − 1)
     * @param progress receives 0…1 (may be null); @param cancelled polled before each run (may be null)
     * @throws CancellationException when cancelled
     */
    public static FrontierResult compute(Simulator sim, Scenario base, int points, double epsilon,
                                         DoubleConsumer progress, BooleanSupplier cancelled) {
        if (points < 2) throw new InvalidInputException("core.scenario.frontierPoints", points);
        if (!(epsilon >= 0)) throw new InvalidInputException("core.scenario.epsilon", epsilon);
        DoubleConsumer report = progress == null ? p -> {} : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;

        List<FrontierPoint> grid = new ArrayList<>(points);
        int best = 0;
        for (int k = 0; k < points; k++) {
            if (stop.getAsBoolean()) throw new CancellationException("frontier cancelled");
            FrontierPoint p = point(sim, base, (double) k / (points - 1), epsilon);
            grid.add(p);
            if (p.welfare() > grid.get(best).welfare()) best = k;
            report.accept(0.9 * (k + 1) / points);
        }
        // Refine between the best grid point's neighbours (W may be flat or monotone: the optimum
        // can be an end, which Brent approaches and the grid point then keeps).
        double lo = (double) Math.max(0, best - 1) / (points - 1);
        double hi = (double) Math.min(points - 1, best + 1) / (points - 1);
        FrontierPoint optimum = grid.get(best);
        if (stop.getAsBoolean()) throw new CancellationException("frontier cancelled");
        UnivariatePointValuePair r = new BrentOptimizer(1e-8, 1e-10).optimize(new MaxEval(100),
                new UnivariateObjectiveFunction(a -> point(sim, base, a, epsilon).welfare()),
                GoalType.MAXIMIZE, new SearchInterval(lo, hi, grid.get(best).alpha()));
        FrontierPoint refined = point(sim, base, r.getPoint(), epsilon);
        if (refined.welfare() > optimum.welfare()) optimum = refined;
        report.accept(1.0);
        return new FrontierResult(grid, epsilon, optimum);
    }

    static FrontierPoint point(Simulator sim, Scenario base, double alpha, double epsilon) {
        ScenarioEngine e = sim.engine(base.withAlpha(Math.max(0, Math.min(1, alpha))));
        double[] y = new double[e.n], n = new double[e.n], out = new double[2];
        int[] labels = sim.labels();
        e.run(base.parameters(), (t, grp, income, pop, migrants) -> {
            if (t != e.horizon) return;
            double total = 0;
            for (int i = 0; i < e.n; i++) { total += grp[i]; y[i] = income[i] / pop[i] * 1000; n[i] = pop[i]; }
            out[0] = total;
            out[1] = Inequality.theil(y, n, labels).total();
        });
        return new FrontierPoint(alpha, out[0], out[1], Inequality.equallyDistributedEquivalent(y, n, epsilon));
    }
}
