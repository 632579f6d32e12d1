package kz.aimaq.core.scenario;

import kz.aimaq.core.stats.SpatialWeights;

import java.util.Arrays;
import java.util.List;

/**
 * The one-year step of docs/scenario-model.md on primitive arrays, prepared once per scenario so
 * that a Monte Carlo run only allocates a handful of 20-element arrays. Not thread-safe state is
 * kept per {@link #run} call, so one engine may serve many threads.
 */
final class ScenarioEngine {

    /** Receives each simulated year; the arrays are reused, copy what you keep. */
    interface YearSink {
        void year(int t, double[] grp, double[] income, double[] population, double[] migrants);
    }

    final int n;
    final int horizon;
    final int baseYear;
    final List<String> codes;
    private final double[] grp0, pop0, deviation;
    private final boolean[] target;
    private final boolean hasTargets;
    private final int[] poles;
    private final double[] poleWeight; // user weights; null = split by GRP share
    private final double[] w;          // row-standardised weights, w[j*n + p] = W(j, p); null = no spillover
    private final double alpha, budget;

    ScenarioEngine(Calibration cal, Scenario s, SpatialWeights weights) {
        n = cal.size();
        horizon = s.horizon();
        baseYear = cal.baseYear();
        codes = cal.codes();
        grp0 = cal.grp().clone();
        pop0 = cal.population().clone();
        deviation = s.useHistory() ? cal.historyDeviation().clone() : new double[n];
        alpha = s.alpha();
        budget = s.budget();
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

    private static int index(Calibration cal, String code, String what) {
        int i = cal.indexOf(code);
        if (i < 0) throw new IllegalArgumentException("unknown region code '" + code + "' in " + what
                + "; use two-digit KATO codes such as 71 (Astana) or 43 (Kyzylorda)");
        return i;
    }

    /** Runs years 0 (base, unchanged data) to horizon, calling the sink after each. */
    void run(ScenarioParameters p, YearSink sink) {
        double[] Y = grp0.clone(), N = pop0.clone(), income = grp0.clone(), migrants = new double[n];
        double[] investPole = new double[n], transfer = new double[n], dgPole = new double[n];
        double[] x = new double[n], factor = new double[n], m = new double[n], gapWeight = new double[n];
        sink.year(0, Y, income, N, migrants);

        // β is a continuous-time rate (Barro & Sala-i-Martin); the discrete step that closes the
        // log-gap by exactly e^(−β) per year uses 1 − e^(−β).
        double conv = 1 - Math.exp(-p.beta());
        double rPole = p.returnOnInvestment() * (1 + p.agglomerationPremium());
        double rLag = p.returnOnInvestment() * p.absorptiveCapacity();
        double kappa = p.diminishingReturns();
        // Beyond τ* = r_L/(2κ) extra transfers add no growth (the peak of r_L·τ − κτ²), rather than
        // making growth fall: Becker, Egger & von Ehrlich (2012) find a maximum desirable transfer
        // intensity, above which transfers stop adding growth, not that they destroy it.
        double tauStar = kappa > 0 ? rLag / (2 * kappa) : Double.POSITIVE_INFINITY;
        double net = p.netSpillover();

        for (int t = 1; t <= horizon; t++) {
            double sumY = 0, sumN = 0;
            for (int i = 0; i < n; i++) { sumY += Y[i]; sumN += N[i]; }
            double ybar = sumY / sumN, lnYbar = Math.log(ybar);
            double B = budget * sumY;

            // 2. the budget: α·B to the poles (by GRP share or user weights), (1 − α)·B to the lagging
            Arrays.fill(investPole, 0);
            Arrays.fill(transfer, 0);
            if (B > 0 && alpha > 0 && poles.length > 0) {
                double base = 0;
                for (int k = 0; k < poles.length; k++) base += poleWeight == null ? Y[poles[k]] : poleWeight[k];
                if (base > 0) {
                    for (int k = 0; k < poles.length; k++) {
                        investPole[poles[k]] += alpha * B * (poleWeight == null ? Y[poles[k]] : poleWeight[k]) / base;
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
                if (gapSum > 0) for (int i = 0; i < n; i++) transfer[i] = (1 - alpha) * B * gapWeight[i] / gapSum;
            }

            // 3. returns on the budget, 1. convergence gap
            double norm = 0;
            for (int i = 0; i < n; i++) {
                dgPole[i] = rPole * investPole[i] / Y[i];
                x[i] = Math.log(Y[i] / N[i]) - lnYbar;
                factor[i] = Math.exp(-conv * x[i]);
                norm += Y[i] / sumY * factor[i];
            }

            // 5. migration towards higher income, rebalanced so that Σ migrants = 0
            double mbar = 0;
            for (int i = 0; i < n; i++) { m[i] = p.migrationRate() * x[i]; mbar += m[i] * N[i]; }
            mbar /= sumN;

            // 6. update (4. spillovers inside): Y ← Y·(1 + g_nat + d + Δg + spill)·e^(−β'x)/norm.
            // Dividing by norm = Σ s_i e^(−β'x_i) keeps national growth at exactly g_nat in the
            // Inertial scenario, so g_nat means what it was calibrated to.
            for (int i = 0; i < n; i++) {
                double tau = transfer[i] / Y[i], te = Math.min(tau, tauStar);
                double dgLag = rLag * te - kappa * te * te;
                double spill = 0;
                if (w != null && net != 0) {
                    for (int pole : poles) spill += w[i * n + pole] * dgPole[pole];
                    spill *= net;
                }
                double g = 1 + p.nationalGrowth() + deviation[i] + dgPole[i] + dgLag + spill;
                Y[i] = Y[i] * g * factor[i] / norm;
                double mi = m[i] - mbar;
                migrants[i] = mi * N[i];
                N[i] = N[i] * (1 + p.naturalIncrease() + mi);
                income[i] = Y[i] + p.consumptionShare() * transfer[i];
            }
            sink.year(t, Y, income, N, migrants);
        }
    }
}
