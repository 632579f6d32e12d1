package kz.aimaq.core.scenario;

import kz.aimaq.core.stats.SpatialWeights;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one-year step of docs/scenario-model.md on primitive arrays, prepared once per scenario so
 * that a Monte Carlo run only allocates a handful of 20-element arrays. All mutable state is local
 * to a {@link #run} call, so one engine may serve many threads.
 */
final class ScenarioEngine {

    /** Receives each simulated year; the arrays are reused, copy what you keep. */
    interface YearSink {
        void year(int t, YearFlows f);
    }

    /** One year's arrays (reused between years and calls: copy what you keep). */
    static final class YearFlows {
        /** GRP (production net of the year's excess burden), income, population, net migrants. */
        final double[] grp, income, population, migrants;
        /** Budget received: pole investment and transfers to lagging regions; financing paid. */
        final double[] investment, transfer, levy;
        /** Part of the redistributive budget that recipients could not absorb (above the cap), million KZT. */
        double unabsorbed;

        YearFlows(int n) {
            grp = new double[n]; income = new double[n]; population = new double[n]; migrants = new double[n];
            investment = new double[n]; transfer = new double[n]; levy = new double[n];
        }
    }

    final int n;
    final int horizon;
    final int baseYear;
    final List<String> codes;
    private final double[] grp0, pop0, deviation, popDeviation;
    private final long[] codeSalt;
    private final boolean[] target;
    private final boolean hasTargets;
    private final int[] poles;
    private final double[] poleWeight; // user weights; null = split by GRP share
    private final double[] w;          // row-standardised weights, w[j*n + p] = W(j, p); null = no spillover
    private final double alpha, budget;
    private final Financing financing;
    /** Instrument families: share of the budget, return relative to r0, lag in years, consumed share (NaN = c). */
    private final double[] familyShare, familyReturn, familyConsumption;
    private final int[] familyLag;
    /** National growth of each simulated year t = 1..horizon (index t − 1), or null for the constant g_nat. */
    private double[] growthPath;

    ScenarioEngine(Calibration cal, Scenario s, SpatialWeights weights) {
        n = cal.size();
        horizon = s.horizon();
        baseYear = cal.baseYear();
        codes = cal.codes();
        grp0 = cal.grp().clone();
        pop0 = cal.population().clone();
        deviation = s.useHistory() ? cal.historyDeviation().clone() : new double[n];
        popDeviation = cal.populationDeviation().clone();
        codeSalt = new long[n];
        // Shocks are drawn per region from a stream salted by its code, so region order never matters.
        for (int i = 0; i < n; i++) codeSalt[i] = 0x9E3779B97F4A7C15L * (codes.get(i).hashCode() + 1L);
        alpha = s.alpha();
        budget = s.budget();
        financing = s.financing();
        if (s.instruments().isEmpty()) {
            // one undifferentiated budget: the parameters' r0, no lag, consumption share c
            familyShare = new double[]{1};
            familyReturn = new double[]{1};
            familyLag = new int[]{0};
            familyConsumption = new double[]{Double.NaN};
        } else {
            int k = s.instruments().size(), f = 0;
            familyShare = new double[k]; familyReturn = new double[k]; familyLag = new int[k]; familyConsumption = new double[k];
            for (var e : s.instruments().entrySet()) {
                familyShare[f] = e.getValue();
                familyReturn[f] = e.getKey().relativeReturn;
                familyLag[f] = e.getKey().lag;
                familyConsumption[f] = e.getKey().consumption;
                f++;
            }
        }
        poles = s.poles().stream().mapToInt(c -> index(cal, c, "poles")).toArray();
        if (s.poleWeights().isEmpty()) {
            poleWeight = null;
        } else {
            poleWeight = new double[poles.length];
            for (int k = 0; k < poles.length; k++) poleWeight[k] = s.poleWeights().getOrDefault(codes.get(poles[k]), 0.0);
        }
        target = new boolean[n];
        for (String c : s.targets()) target[index(cal, c, "targets")] = true;
        hasTargets = !s.targets().isEmpty();
        if (weights == null) {
            w = null;
        } else {
            for (String c : codes) {
                if (weights.indexOf(c) < 0) throw new IllegalArgumentException("spatial weights lack region " + c);
            }
            double[][] m = weights.reorder(codes).rowStandardised().weights();
            w = new double[n * n];
            for (int j = 0; j < n; j++) System.arraycopy(m[j], 0, w, j * n, n);
        }
    }

    /** Uses the given national growth for each year instead of the constant g_nat (the backtest's actual history). */
    ScenarioEngine withGrowthPath(double[] path) {
        if (path.length < horizon) throw new IllegalArgumentException("growth path shorter than the horizon");
        growthPath = path.clone();
        return this;
    }

    private static int index(Calibration cal, String code, String what) {
        int i = cal.indexOf(code);
        if (i < 0) throw new IllegalArgumentException("unknown region code '" + code + "' in " + what
                + "; use two-digit KATO codes such as 71 (Astana) or 43 (Kyzylorda)");
        return i;
    }

    void run(ScenarioParameters p, YearSink sink) { run(p, 0, 0, sink); }

    /**
     * A run's working arrays, made once per Monte Carlo chunk and used by each of its runs in
     * turn: a 10,000-run scenario made about 130 MB of these short-lived arrays, and on a heap
     * kept small for the desktop (see {@code ./aimaq}) the collections they caused made it a third
     * slower. A run sets every value before reading it (the engine clears what it accumulates),
     * so a run on used buffers gives exactly what it gives on new ones (tested).
     */
    static final class RunBuffers {
        final double[] grp, pop, capital, dgPole, x, x0, factor, m, gapWeight, drag, burden;
        final double[][] poleDue, lagDue;
        final YearFlows flows;

        RunBuffers(int n, int horizon) {
            grp = new double[n]; pop = new double[n]; capital = new double[n]; dgPole = new double[n];
            x = new double[n]; x0 = new double[n]; factor = new double[n]; m = new double[n];
            gapWeight = new double[n]; drag = new double[n]; burden = new double[n];
            poleDue = new double[horizon + 1][n];
            lagDue = new double[horizon + 1][n];
            flows = new YearFlows(n);
        }
    }

    /** Working arrays for {@link #run(ScenarioParameters, double, long, YearSink, RunBuffers)}, one set per thread. */
    RunBuffers buffers() { return new RunBuffers(n, horizon); }

    void run(ScenarioParameters p, double shockSd, long shockSeed, YearSink sink) {
        run(p, shockSd, shockSeed, sink, buffers());
    }

    /**
     * Runs years 0 (base, unchanged data) to horizon, calling the sink after each.
     *
     * @param shockSd  standard deviation of region-specific growth shocks (0 = deterministic)
     * @param shockSeed seed of the shocks (each region draws from its own stream)
     * @throws IllegalArgumentException when the parameters drive a region's GRP to zero or below
     */
    void run(ScenarioParameters p, double shockSd, long shockSeed, YearSink sink, RunBuffers b) {
        double[] Y = b.grp, N = b.pop, capital = b.capital;
        double[] dgPole = b.dgPole, x = b.x, x0 = b.x0, factor = b.factor;
        double[] m = b.m, gapWeight = b.gapWeight, drag = b.drag, burden = b.burden;
        YearFlows f = b.flows;
        // return-weighted spending falling due in year t (instruments pay off after their lag)
        double[][] poleDue = b.poleDue, lagDue = b.lagDue;
        // what the run accumulates starts from zero (the rest is set before it is read)
        System.arraycopy(grp0, 0, Y, 0, n);
        System.arraycopy(pop0, 0, N, 0, n);
        Arrays.fill(capital, 0);
        for (int t = 0; t <= horizon; t++) { Arrays.fill(poleDue[t], 0); Arrays.fill(lagDue[t], 0); }
        Arrays.fill(f.migrants, 0);
        Arrays.fill(f.investment, 0);
        Arrays.fill(f.transfer, 0);
        Arrays.fill(f.levy, 0);
        f.unabsorbed = 0;
        double consumed = 0;
        for (int k = 0; k < familyShare.length; k++) {
            consumed += familyShare[k] * (Double.isNaN(familyConsumption[k]) ? p.consumptionShare() : familyConsumption[k]);
        }
        System.arraycopy(Y, 0, f.grp, 0, n);
        System.arraycopy(Y, 0, f.income, 0, n);
        System.arraycopy(N, 0, f.population, 0, n);
        sink.year(0, f);
        SplittableRandom[] shocks = null;
        if (shockSd > 0) {
            shocks = new SplittableRandom[n];
            for (int i = 0; i < n; i++) shocks[i] = new SplittableRandom(shockSeed ^ codeSalt[i]);
        }

        // β is a continuous-time rate; the discrete step that closes the log gap by exactly e^(−β)
        // a year uses 1 − e^(−β).
        double conv = 1 - Math.exp(-p.beta());
        double r0 = p.returnOnInvestment();
        // Poles: output elasticity of public capital θ = r0·k, raised by the agglomeration premium.
        double thetaPole = r0 * p.publicCapital() * (1 + p.agglomerationPremium());
        double rLag = r0 * p.absorptiveCapacity();
        double kappa = p.diminishingReturns();
        // Beyond τ* = r_L/(2κ) extra transfers add no growth (the peak of r_L·τ − κτ²) rather than
        // destroying it (Becker, Egger & von Ehrlich 2012: a maximum desirable transfer intensity).
        double tauStar = kappa > 0 ? rLag / (2 * kappa) : Double.POSITIVE_INFINITY;
        double net = p.netSpillover(), excess = p.marginalCostOfFunds() - 1, cap = p.absorptionCap();

        for (int t = 1; t <= horizon; t++) {
            double sumY = 0, sumN = 0;
            for (int i = 0; i < n; i++) { sumY += Y[i]; sumN += N[i]; }
            double ybar = sumY / sumN, lnYbar = Math.log(ybar);
            double B = budget * sumY;
            double gNat = growthPath == null ? p.nationalGrowth() : growthPath[t - 1];

            // 2. the budget: α·B to the poles (by GRP share or user weights), (1 − α)·B to the lagging,
            //    each recipient capped at its absorption limit; what cannot be absorbed is not spent.
            Arrays.fill(f.investment, 0);
            Arrays.fill(f.transfer, 0);
            Arrays.fill(f.levy, 0);
            f.unabsorbed = 0;
            if (B > 0 && alpha > 0 && poles.length > 0) {
                double base = 0;
                for (int k = 0; k < poles.length; k++) base += poleWeight == null ? Y[poles[k]] : poleWeight[k];
                if (base > 0) {
                    for (int k = 0; k < poles.length; k++) {
                        f.investment[poles[k]] += alpha * B * (poleWeight == null ? Y[poles[k]] : poleWeight[k]) / base;
                    }
                }
            }
            if (B > 0 && alpha < 1) {
                double threshold = p.lagThreshold() * ybar, gapSum = 0;
                for (int i = 0; i < n; i++) {
                    boolean eligible = !hasTargets || target[i];
                    gapWeight[i] = eligible ? N[i] * Math.max(threshold - Y[i] / N[i], 0) : 0;
                    gapSum += gapWeight[i];
                }
                if (gapSum == 0 && hasTargets) { // targets all above the threshold: split by population
                    for (int i = 0; i < n; i++) { gapWeight[i] = target[i] ? N[i] : 0; gapSum += gapWeight[i]; }
                }
                if (gapSum > 0) {
                    for (int i = 0; i < n; i++) {
                        double asked = (1 - alpha) * B * gapWeight[i] / gapSum;
                        f.transfer[i] = Math.min(asked, cap * Y[i]);
                        f.unabsorbed += asked - f.transfer[i];
                    }
                }
            }

            // Financing of what is spent: national taxes ∝ GRP, or a levy ∝ GRP above the average.
            double spent = 0;
            for (int i = 0; i < n; i++) spent += f.investment[i] + f.transfer[i];
            if (spent > 0) {
                double baseSum = 0;
                for (int i = 0; i < n; i++) {
                    gapWeight[i] = financing == Financing.NATIONAL ? Y[i] : Math.max(Y[i] - N[i] * ybar, 0);
                    baseSum += gapWeight[i];
                }
                for (int i = 0; i < n; i++) f.levy[i] = spent * gapWeight[i] / baseSum;
            }

            // instruments: each family's share of this year's spending earns its return after its lag
            for (int k = 0; k < familyShare.length; k++) {
                int due = t + familyLag[k];
                if (due > horizon) continue;
                double weight = familyShare[k] * familyReturn[k];
                for (int i = 0; i < n; i++) {
                    poleDue[due][i] += weight * f.investment[i];
                    lagDue[due][i] += weight * f.transfer[i];
                }
            }

            // 3. returns on the budget, 1. convergence gap
            for (int i = 0; i < n; i++) {
                // Poles: Y ∝ K^θ, K = k·Y + the public capital the policy has added: each tenge
                // adds less as the stock grows (Bom & Ligthart 2014), a saturation, not a constant return.
                double effective = poleDue[t][i];
                dgPole[i] = effective > 0 ? Math.pow(1 + effective / (p.publicCapital() * Y[i] + capital[i]), thetaPole) - 1 : 0;
                capital[i] += effective;
                x[i] = Math.log(Y[i] / N[i]) - lnYbar;
                if (t == 1) x0[i] = x[i];
                // Excess burden: λ − 1 per tenge raised, lost in the year it is raised (not compounding).
                burden[i] = excess * f.levy[i];
                // A levy also takes money the donor would have invested itself: r0 a year, for good.
                drag[i] = financing == Financing.LEVY ? r0 * f.levy[i] / Y[i] : 0;
            }

            // 5. migration: responds to changes in income gaps since the base year, around each
            //    region's own population trend (which already holds today's migration); Σ migrants = 0.
            double mbar = 0;
            for (int i = 0; i < n; i++) { m[i] = p.migrationRate() * (x[i] - x0[i]); mbar += m[i] * N[i]; }
            mbar /= sumN;

            // 6. update (4. spillovers inside). Per-capita income converges: its log gap closes by
            //    e^(−β) a year; output follows population. Normalising by Σ s_i·factor_i keeps national
            //    growth at exactly g_nat without policy, so g_nat means what it was estimated as.
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double mi = m[i] - mbar;
                double popGrowth = 1 + p.naturalIncrease() + popDeviation[i] + mi;
                double shock = shocks == null ? 1 : Math.exp(shockSd * shocks[i].nextGaussian());
                factor[i] = popGrowth * Math.exp(-conv * x[i]) * (1 + deviation[i]) * shock;
                norm += Y[i] / sumY * factor[i];
                f.migrants[i] = mi * N[i];
                N[i] = N[i] * popGrowth;
            }
            for (int i = 0; i < n; i++) {
                double tau = lagDue[t][i] / Y[i], te = Math.min(tau, tauStar);
                double dgLag = rLag * te - kappa * te * te;
                double spill = 0;
                if (w != null && net != 0) {
                    for (int pole : poles) spill += w[i * n + pole] * dgPole[pole];
                    spill *= net;
                }
                double g = 1 + gNat + dgPole[i] + dgLag + spill - drag[i];
                Y[i] = Y[i] * g * factor[i] / norm;
                double out = Y[i] - burden[i];
                if (!(g > 0) || !(out > 0) || !(N[i] > 0) || !Double.isFinite(out)) {
                    throw new ScenarioCollapseException(codes.get(i), baseYear + t, g);
                }
                f.grp[i] = out;
                f.population[i] = N[i];
                f.income[i] = out + consumed * f.transfer[i];
            }
            sink.year(t, f);
        }
    }
}
