package kz.aimaq.core.scenario;

import java.util.SplittableRandom;

/**
 * How far the Monte Carlo draws parameters from their defaults. Every parameter is drawn from a
 * triangular distribution whose mode is the scenario's value: behavioural coefficients (β, r0, a, A,
 * κ, c, s, w_b, μ) within ± {@code relative} of their value; national growth within ± {@code growth}
 * (absolute); natural increase within ± {@code naturalIncrease} (absolute). The lag threshold θ is a
 * policy choice, not an uncertain fact, and is not drawn.
 *
 * @param relative        relative half-width for coefficients (default 0.5: 0.02 → 0.01…0.03)
 * @param growth          absolute half-width for g_nat (default 0.015: about one standard deviation,
 *                        1.4 points, of national growth 2016–2025 without the 2020 shock)
 * @param naturalIncrease absolute half-width for n (default 0.003)
 */
public record Uncertainty(double relative, double growth, double naturalIncrease) {

    public static final Uncertainty DEFAULT = new Uncertainty(0.5, 0.015, 0.003);

    public Uncertainty {
        if (!(relative >= 0 && relative < 1)) throw new IllegalArgumentException("relative spread must be in [0, 1)");
        if (!(growth >= 0) || !(naturalIncrease >= 0)) throw new IllegalArgumentException("spreads must be ≥ 0");
    }

    /** One draw around {@code p}. */
    ScenarioParameters sample(ScenarioParameters p, SplittableRandom rnd) {
        return new ScenarioParameters(
                around(rnd, p.nationalGrowth(), growth),
                rel(rnd, p.beta()),
                p.lagThreshold(),
                rel(rnd, p.returnOnInvestment()),
                rel(rnd, p.agglomerationPremium()),
                rel(rnd, p.absorptiveCapacity()),
                rel(rnd, p.diminishingReturns()),
                Math.min(1, rel(rnd, p.consumptionShare())),
                rel(rnd, p.spread()),
                rel(rnd, p.backwash()),
                rel(rnd, p.migrationRate()),
                around(rnd, p.naturalIncrease(), naturalIncrease));
    }

    private double rel(SplittableRandom rnd, double mode) {
        return around(rnd, mode, Math.abs(mode) * relative);
    }

    /** Symmetric triangular draw on [mode − h, mode + h] by inverting its distribution function. */
    static double around(SplittableRandom rnd, double mode, double h) {
        if (h == 0) return mode;
        double u = rnd.nextDouble();
        return u < 0.5 ? mode - h + h * Math.sqrt(2 * u) : mode + h - h * Math.sqrt(2 * (1 - u));
    }
}
