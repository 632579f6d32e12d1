package kz.aimaq.core.scenario;

import java.util.SplittableRandom;

/**
 * How far the Monte Carlo draws parameters from their defaults, and how large the region-specific
 * growth shocks are. Every parameter is drawn from a symmetric triangular distribution whose mode is
 * the scenario's value: β with the standard deviation of its estimate ({@code betaSd}); the other
 * behavioural coefficients (r0, a, A, κ, c, s, w_b, μ, k) within ± {@code relative} of their value;
 * national growth within ± {@code growth} (absolute); natural increase within ± {@code naturalIncrease}.
 * θ, λ and the absorption cap are policy or accounting choices and are not drawn.
 *
 * <p>On top, each region's growth receives every year an independent shock e^(σ·z), z standard normal,
 * σ = {@code regionalShock}: the residual spread of regional growth in the estimation. Without it
 * every run converges smoothly, while history did not (shocks offset convergence in 2012–2025).
 *
 * @param relative        relative half-width for coefficients (default 0.5: 0.16 → 0.08…0.24)
 * @param growth          absolute half-width for g_nat (default 0.015: standard deviation 0.61 points,
 *                        about the standard error of the 2011–2025 mean, 2.45/√15 = 0.63 points)
 * @param naturalIncrease absolute half-width for n (default 0.003)
 * @param betaSd          standard deviation of the β draw (the estimate's s.e.); negative = draw β
 *                        within ± {@code relative} like the other coefficients
 * @param regionalShock   σ of the yearly region-specific growth shocks (0 = none)
 */
public record Uncertainty(double relative, double growth, double naturalIncrease, double betaSd, double regionalShock) {

    /** The estimated uncertainty: β's s.e. and the residual spread from {@link Estimation#bundled()}. */
    public static final Uncertainty DEFAULT = estimated(Estimation.bundled());

    public Uncertainty {
        if (!(relative >= 0 && relative < 1)) throw new IllegalArgumentException("relative spread must be in [0, 1)");
        if (!(growth >= 0) || !(naturalIncrease >= 0)) throw new IllegalArgumentException("spreads must be ≥ 0");
        if (!(regionalShock >= 0 && regionalShock <= 0.2)) throw new IllegalArgumentException("regional shock σ must be 0 to 0.2");
        if (Double.isNaN(betaSd)) throw new IllegalArgumentException("β spread must be a number");
    }

    /** Parameter spreads only, no shocks, β drawn like the other coefficients. */
    public Uncertainty(double relative, double growth, double naturalIncrease) {
        this(relative, growth, naturalIncrease, -1, 0);
    }

    public static Uncertainty estimated(Estimation e) {
        return new Uncertainty(0.5, 0.015, 0.003, e.betaSe(), e.residualSd());
    }

    /** One draw around {@code p}. */
    ScenarioParameters sample(ScenarioParameters p, SplittableRandom rnd) {
        // a triangular distribution of half-width h has standard deviation h/√6
        double beta = betaSd >= 0 ? Math.max(0, around(rnd, p.beta(), Math.sqrt(6) * betaSd)) : rel(rnd, p.beta());
        return new ScenarioParameters(
                around(rnd, p.nationalGrowth(), growth),
                Math.min(0.2, beta),
                p.lagThreshold(),
                rel(rnd, p.returnOnInvestment()),
                Math.min(1, rel(rnd, p.agglomerationPremium())),
                Math.min(2, rel(rnd, p.absorptiveCapacity())),
                rel(rnd, p.diminishingReturns()),
                Math.min(1, rel(rnd, p.consumptionShare())),
                Math.min(2, rel(rnd, p.spread())),
                Math.min(2, rel(rnd, p.backwash())),
                Math.min(0.1, rel(rnd, p.migrationRate())),
                Math.max(-0.05, Math.min(0.05, around(rnd, p.naturalIncrease(), naturalIncrease))),
                Math.max(0.1, Math.min(3, rel(rnd, p.publicCapital()))),
                p.marginalCostOfFunds(),
                p.absorptionCap());
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
