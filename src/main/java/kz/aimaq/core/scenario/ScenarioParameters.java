package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.InvalidInputException;

/**
 * The model's behavioural parameters (every one documented with its source in docs/scenario-model.md).
 * Rates are per year and written as fractions (0.02 = 2 %).
 *
 * @param nationalGrowth       g_nat: national real trend growth (default from the data, see {@link Calibration})
 * @param beta                 β: convergence rate of ln y towards ln ȳ (0.02, Barro &amp; Sala-i-Martin)
 * @param lagThreshold         θ: a region is lagging when y &lt; θ·ȳ (1.0)
 * @param returnOnInvestment   r0: extra output per unit of budget invested (0.25)
 * @param agglomerationPremium a: poles earn r0·(1 + a) (0.3)
 * @param absorptiveCapacity   A: lagging regions earn r0·A (0.8)
 * @param diminishingReturns   κ: concavity of lagging-region returns, Δg = r_L·τ − κ·τ² (2.0)
 * @param consumptionShare     c: share of a transfer that raises the recipient's income in the year paid (0.5)
 * @param spread               s: spread effect from a pole's extra growth to its neighbours (0.3)
 * @param backwash             w_b: backwash effect from a pole on its neighbours (0.2)
 * @param migrationRate        μ: net migration rate per unit of ln(y/ȳ) (0.01)
 * @param naturalIncrease      n: natural population increase, the same in every region (from the data)
 */
public record ScenarioParameters(double nationalGrowth, double beta, double lagThreshold,
                                 double returnOnInvestment, double agglomerationPremium,
                                 double absorptiveCapacity, double diminishingReturns,
                                 double consumptionShare, double spread, double backwash,
                                 double migrationRate, double naturalIncrease) {

    public static final double BETA = 0.02;
    public static final double LAG_THRESHOLD = 1.0;
    public static final double RETURN_ON_INVESTMENT = 0.25;
    public static final double AGGLOMERATION_PREMIUM = 0.3;
    public static final double ABSORPTIVE_CAPACITY = 0.8;
    public static final double DIMINISHING_RETURNS = 2.0;
    public static final double CONSUMPTION_SHARE = 0.5;
    public static final double SPREAD = 0.3;
    public static final double BACKWASH = 0.2;
    public static final double MIGRATION_RATE = 0.01;
    /** Used only when the data give no population series: the design's 1.2 %/yr. */
    public static final double NATURAL_INCREASE_FALLBACK = 0.012;

    public ScenarioParameters {
        check("nationalGrowth", nationalGrowth, -0.2, 0.3);
        check("beta", beta, 0, 0.5);
        check("lagThreshold", lagThreshold, 0.1, 3);
        check("returnOnInvestment", returnOnInvestment, 0, 5);
        check("agglomerationPremium", agglomerationPremium, -0.9, 5);
        check("absorptiveCapacity", absorptiveCapacity, 0, 5);
        check("diminishingReturns", diminishingReturns, 0, 100);
        check("consumptionShare", consumptionShare, 0, 1);
        check("spread", spread, 0, 5);
        check("backwash", backwash, 0, 5);
        check("migrationRate", migrationRate, 0, 0.5);
        check("naturalIncrease", naturalIncrease, -0.1, 0.1);
    }

    private static void check(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new InvalidInputException("core.scenario.parameter", name, lo, hi, v);
        }
    }

    /** The literature defaults with the two data-based rates given. */
    public static ScenarioParameters defaults(double nationalGrowth, double naturalIncrease) {
        return new ScenarioParameters(nationalGrowth, BETA, LAG_THRESHOLD, RETURN_ON_INVESTMENT,
                AGGLOMERATION_PREMIUM, ABSORPTIVE_CAPACITY, DIMINISHING_RETURNS, CONSUMPTION_SHARE,
                SPREAD, BACKWASH, MIGRATION_RATE, naturalIncrease);
    }

    public ScenarioParameters withBeta(double v) {
        return new ScenarioParameters(nationalGrowth, v, lagThreshold, returnOnInvestment, agglomerationPremium,
                absorptiveCapacity, diminishingReturns, consumptionShare, spread, backwash, migrationRate, naturalIncrease);
    }

    public ScenarioParameters withMigrationRate(double v) {
        return new ScenarioParameters(nationalGrowth, beta, lagThreshold, returnOnInvestment, agglomerationPremium,
                absorptiveCapacity, diminishingReturns, consumptionShare, spread, backwash, v, naturalIncrease);
    }

    public ScenarioParameters withSpreadAndBackwash(double s, double wb) {
        return new ScenarioParameters(nationalGrowth, beta, lagThreshold, returnOnInvestment, agglomerationPremium,
                absorptiveCapacity, diminishingReturns, consumptionShare, s, wb, migrationRate, naturalIncrease);
    }

    /** Net spillover coefficient s − w_b: positive means net trickle-down from poles to neighbours. */
    public double netSpillover() { return spread - backwash; }
}
