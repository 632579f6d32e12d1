package kz.aimaq.ui.scenario;

import kz.aimaq.core.scenario.ScenarioParameters;

import java.util.function.ToDoubleFunction;

/**
 * The editable model parameters of {@link ScenarioParameters}, in the order of docs/scenario-model.md,
 * with the symbol shown in the panel and the range the core accepts. Names, units and sources are in
 * the bundles under {@code param.<json name>.*}.
 */
enum ModelParameter {
    NATIONAL_GROWTH("nationalGrowth", "g_nat", ScenarioParameters::nationalGrowth),
    BETA("beta", "β", ScenarioParameters::beta),
    LAG_THRESHOLD("lagThreshold", "θ", ScenarioParameters::lagThreshold),
    RETURN_ON_INVESTMENT("returnOnInvestment", "r0", ScenarioParameters::returnOnInvestment),
    AGGLOMERATION_PREMIUM("agglomerationPremium", "a", ScenarioParameters::agglomerationPremium),
    ABSORPTIVE_CAPACITY("absorptiveCapacity", "A", ScenarioParameters::absorptiveCapacity),
    DIMINISHING_RETURNS("diminishingReturns", "κ", ScenarioParameters::diminishingReturns),
    CONSUMPTION_SHARE("consumptionShare", "c", ScenarioParameters::consumptionShare),
    SPREAD("spread", "s", ScenarioParameters::spread),
    BACKWASH("backwash", "w_b", ScenarioParameters::backwash),
    MIGRATION_RATE("migrationRate", "μ", ScenarioParameters::migrationRate),
    NATURAL_INCREASE("naturalIncrease", "n", ScenarioParameters::naturalIncrease),
    PUBLIC_CAPITAL("publicCapital", "k", ScenarioParameters::publicCapital),
    MARGINAL_COST_OF_FUNDS("marginalCostOfFunds", "λ", ScenarioParameters::marginalCostOfFunds),
    ABSORPTION_CAP("absorptionCap", "τ_max", ScenarioParameters::absorptionCap);

    /** The record component and JSON field name. */
    final String id;
    final String symbol;
    final double min, max;
    private final ToDoubleFunction<ScenarioParameters> get;

    ModelParameter(String id, String symbol, ToDoubleFunction<ScenarioParameters> get) {
        this.id = id;
        this.symbol = symbol;
        // the core's accepted range, in the record's component order (the same order as here)
        this.min = ScenarioParameters.RANGES[ordinal()][0];
        this.max = ScenarioParameters.RANGES[ordinal()][1];
        this.get = get;
        if (!ScenarioParameters.NAMES[ordinal()].equals(id)) throw new IllegalStateException("parameter order differs from the core: " + id);
    }

    double of(ScenarioParameters p) { return get.applyAsDouble(p); }

    /** A copy of {@code p} with this parameter set to {@code v}; the core checks the range. */
    ScenarioParameters with(ScenarioParameters p, double v) {
        double[] a = p.toArray();
        a[ordinal()] = v;
        return ScenarioParameters.of(a);
    }
}
