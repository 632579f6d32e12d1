package kz.aimaq.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which parameters matter most: a tornado of the end-year Theil index and national GRP when each
 * parameter alone moves one standard deviation down and up (the standard deviations of the Monte
 * Carlo's draws, {@link Uncertainty}), the others at their values.
 */
public final class Sensitivity {
    private Sensitivity() {}

    /**
     * One bar of the tornado.
     *
     * @param parameter JSON name of the parameter
     * @param sd        the standard deviation it was moved by
     * @param grpLow    end-year national GRP at value − sd (million KZT); {@code grpHigh} at value + sd
     * @param theilLow  end-year Theil at value − sd; {@code theilHigh} at value + sd
     */
    public record Bar(String parameter, double sd, double grpLow, double grpHigh, double theilLow, double theilHigh) {
        public double grpSpan() { return Math.abs(grpHigh - grpLow); }

        public double theilSpan() { return Math.abs(theilHigh - theilLow); }
    }

    /** Bars sorted by their effect on end-year GRP, largest first; parameters with no spread are left out. */
    public static List<Bar> tornado(Simulator sim, Scenario s, Uncertainty u) {
        ScenarioParameters p = s.parameters();
        double[] v = p.toArray(), sd = new double[v.length];
        double rel = u.relative() / Math.sqrt(6); // s.d. of a triangular draw of half-width relative·|v|
        for (int i = 0; i < v.length; i++) sd[i] = rel * Math.abs(v[i]);
        sd[0] = u.growth() / Math.sqrt(6);
        sd[1] = u.betaSd() >= 0 ? u.betaSd() : rel * v[1];
        sd[2] = 0; // θ, λ and the cap are choices, not uncertain facts
        sd[11] = u.naturalIncrease() / Math.sqrt(6);
        sd[13] = 0;
        sd[14] = 0;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (sd[i] == 0) continue;
            double lo = Math.max(ScenarioParameters.RANGES[i][0], v[i] - sd[i]);
            double hi = Math.min(ScenarioParameters.RANGES[i][1], v[i] + sd[i]);
            YearState a = end(sim, s, v, i, lo), b = end(sim, s, v, i, hi);
            bars.add(new Bar(ScenarioParameters.NAMES[i], sd[i], a.nationalGrp(), b.nationalGrp(),
                    a.inequality().theil(), b.inequality().theil()));
        }
        bars.sort(Comparator.comparingDouble(Bar::grpSpan).reversed());
        return bars;
    }

    private static YearState end(Simulator sim, Scenario s, double[] v, int i, double value) {
        double[] w = v.clone();
        w[i] = value;
        return sim.run(s.withParameters(ScenarioParameters.of(w))).end();
    }
}
