package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.InvalidInputException;

/**
 * The model's behavioural parameters (every one documented with its source in docs/scenario-model.md).
 * Rates are per year and written as fractions (0.02 = 2 %).
 *
 * @param nationalGrowth       g_nat: national real trend growth (default estimated, see {@link Estimation})
 * @param beta                 β: convergence rate of ln y towards ln ȳ (default estimated on 2011–2025)
 * @param lagThreshold         θ: a region is lagging when y &lt; θ·ȳ (1.0)
 * @param returnOnInvestment   r0: extra output a year per unit of public investment at today's public
 *                             capital stock (0.16 = output elasticity 0.08 / capital ratio 0.5, Bom &amp; Ligthart 2014)
 * @param agglomerationPremium a: poles earn r0·(1 + a) at the margin (0.1)
 * @param absorptiveCapacity   A: lagging regions earn r0·A (0.8)
 * @param diminishingReturns   κ: concavity of lagging-region returns, Δg = r_L·τ − κ·τ² (2.0)
 * @param consumptionShare     c: share of a transfer that raises the recipient's income in the year paid (0.5)
 * @param spread               s: spread effect from a pole's extra growth to its neighbours (0.3)
 * @param backwash             w_b: backwash effect from a pole on its neighbours (0.2)
 * @param migrationRate        μ: extra net migration per unit of change in ln(y/ȳ) since the base year (0.01)
 * @param naturalIncrease      n: national population trend; each region keeps its own deviation from it (from the data)
 * @param publicCapital        k: public capital stock as a share of GRP, the scale of the poles' saturation (0.5)
 * @param marginalCostOfFunds  λ: cost to the economy of raising one tenge of budget (1.3, Dahlby 2008)
 * @param absorptionCap        the most a recipient region can absorb in transfers a year, share of its GRP (0.04)
 */
public record ScenarioParameters(double nationalGrowth, double beta, double lagThreshold,
                                 double returnOnInvestment, double agglomerationPremium,
                                 double absorptiveCapacity, double diminishingReturns,
                                 double consumptionShare, double spread, double backwash,
                                 double migrationRate, double naturalIncrease,
                                 double publicCapital, double marginalCostOfFunds, double absorptionCap) {

    public static final double LAG_THRESHOLD = 1.0;
    /** Output elasticity of public capital 0.08 (Bom &amp; Ligthart 2014) over a public capital stock of half of GRP. */
    public static final double RETURN_ON_INVESTMENT = 0.16;
    /** 2–5 % more productivity per doubling of density (Rosenthal &amp; Strange 2004), about two to three doublings. */
    public static final double AGGLOMERATION_PREMIUM = 0.1;
    public static final double ABSORPTIVE_CAPACITY = 0.8;
    public static final double DIMINISHING_RETURNS = 2.0;
    public static final double CONSUMPTION_SHARE = 0.5;
    public static final double SPREAD = 0.3;
    public static final double BACKWASH = 0.2;
    public static final double MIGRATION_RATE = 0.01;
    public static final double PUBLIC_CAPITAL = 0.5;
    /** Dahlby (2008): most estimates of the marginal cost of public funds lie between 1.2 and 1.5. */
    public static final double MARGINAL_COST_OF_FUNDS = 1.3;
    /** EU cohesion policy's cap on transfers to a member state, about 4 % of its GDP (1999–2006). */
    public static final double ABSORPTION_CAP = 0.04;
    /** Used only when the data give no population series: the design's 1.2 %/yr. */
    public static final double NATURAL_INCREASE_FALLBACK = 0.012;

    /** The accepted range of every parameter, in component order: {min, max}. */
    public static final double[][] RANGES = {
            {-0.2, 0.3}, {0, 0.2}, {0.1, 3}, {0, 1}, {0, 1}, {0, 2}, {0, 100}, {0, 1}, {0, 2}, {0, 2},
            {0, 0.1}, {-0.05, 0.05}, {0.1, 3}, {1, 2}, {0.001, 0.2}};
    public static final String[] NAMES = {"nationalGrowth", "beta", "lagThreshold", "returnOnInvestment",
            "agglomerationPremium", "absorptiveCapacity", "diminishingReturns", "consumptionShare", "spread",
            "backwash", "migrationRate", "naturalIncrease", "publicCapital", "marginalCostOfFunds", "absorptionCap"};

    public ScenarioParameters {
        double[] v = {nationalGrowth, beta, lagThreshold, returnOnInvestment, agglomerationPremium, absorptiveCapacity,
                diminishingReturns, consumptionShare, spread, backwash, migrationRate, naturalIncrease, publicCapital,
                marginalCostOfFunds, absorptionCap};
        for (int i = 0; i < v.length; i++) check(NAMES[i], v[i], RANGES[i][0], RANGES[i][1]);
    }

    private static void check(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new InvalidInputException("core.scenario.parameter", name, lo, hi, v);
        }
    }

    /** The parameters from an array in component order (the UI edits them by index). */
    public static ScenarioParameters of(double[] v) {
        if (v.length != NAMES.length) throw new IllegalArgumentException("expected " + NAMES.length + " parameters");
        return new ScenarioParameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14]);
    }

    /** The values in component order. */
    public double[] toArray() {
        return new double[]{nationalGrowth, beta, lagThreshold, returnOnInvestment, agglomerationPremium, absorptiveCapacity,
                diminishingReturns, consumptionShare, spread, backwash, migrationRate, naturalIncrease, publicCapital,
                marginalCostOfFunds, absorptionCap};
    }

    /** The literature defaults with the three data-based rates given. */
    public static ScenarioParameters defaults(double nationalGrowth, double beta, double naturalIncrease) {
        return new ScenarioParameters(nationalGrowth, beta, LAG_THRESHOLD, RETURN_ON_INVESTMENT,
                AGGLOMERATION_PREMIUM, ABSORPTIVE_CAPACITY, DIMINISHING_RETURNS, CONSUMPTION_SHARE,
                SPREAD, BACKWASH, MIGRATION_RATE, naturalIncrease, PUBLIC_CAPITAL, MARGINAL_COST_OF_FUNDS, ABSORPTION_CAP);
    }

    private ScenarioParameters with(int index, double value) {
        double[] a = toArray();
        a[index] = value;
        return of(a);
    }

    public ScenarioParameters withNationalGrowth(double v) { return with(0, v); }

    public ScenarioParameters withBeta(double v) { return with(1, v); }

    public ScenarioParameters withMigrationRate(double v) { return with(10, v); }

    public ScenarioParameters withSpreadAndBackwash(double s, double wb) { return with(8, s).with(9, wb); }

    public ScenarioParameters withMarginalCostOfFunds(double v) { return with(13, v); }

    public ScenarioParameters withAbsorptionCap(double v) { return with(14, v); }

    /** Net spillover coefficient s − w_b: positive means net trickle-down from poles to neighbours. */
    public double netSpillover() { return spread - backwash; }
}
