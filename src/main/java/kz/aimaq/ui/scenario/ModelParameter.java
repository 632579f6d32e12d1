package kz.aimaq.ui.scenario;

import kz.aimaq.core.scenario.ScenarioParameters;

import java.util.function.ToDoubleFunction;

/**
 * The editable model parameters of {@link ScenarioParameters}, in the order of docs/scenario-model.md,
 * with the symbol shown in the panel and the range the core accepts. Names, units and sources are in
 * the bundles under {@code param.<json name>.*}.
 */
enum ModelParameter {
    NATIONAL_GROWTH("nationalGrowth", "g_nat", -0.2, 0.3, ScenarioParameters::nationalGrowth),
    BETA("beta", "β", 0, 0.5, ScenarioParameters::beta),
    LAG_THRESHOLD("lagThreshold", "θ", 0.1, 3, ScenarioParameters::lagThreshold),
    RETURN_ON_INVESTMENT("returnOnInvestment", "r0", 0, 5, ScenarioParameters::returnOnInvestment),
    AGGLOMERATION_PREMIUM("agglomerationPremium", "a", -0.9, 5, ScenarioParameters::agglomerationPremium),
    ABSORPTIVE_CAPACITY("absorptiveCapacity", "A", 0, 5, ScenarioParameters::absorptiveCapacity),
    DIMINISHING_RETURNS("diminishingReturns", "κ", 0, 100, ScenarioParameters::diminishingReturns),
    CONSUMPTION_SHARE("consumptionShare", "c", 0, 1, ScenarioParameters::consumptionShare),
    SPREAD("spread", "s", 0, 5, ScenarioParameters::spread),
    BACKWASH("backwash", "w_b", 0, 5, ScenarioParameters::backwash),
    MIGRATION_RATE("migrationRate", "μ", 0, 0.5, ScenarioParameters::migrationRate),
    NATURAL_INCREASE("naturalIncrease", "n", -0.1, 0.1, ScenarioParameters::naturalIncrease);

    /** The record component and JSON field name. */
    final String id;
    final String symbol;
    final double min, max;
    private final ToDoubleFunction<ScenarioParameters> get;

    ModelParameter(String id, String symbol, double min, double max, ToDoubleFunction<ScenarioParameters> get) {
        this.id = id;
        this.symbol = symbol;
        this.min = min;
        this.max = max;
        this.get = get;
    }

    double of(ScenarioParameters p) { return get.applyAsDouble(p); }

    /** A copy of {@code p} with this parameter set to {@code v}; the core checks the range. */
    ScenarioParameters with(ScenarioParameters p, double v) {
        double[] a = new double[values().length];
        for (ModelParameter m : values()) a[m.ordinal()] = m == this ? v : m.of(p);
        return new ScenarioParameters(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]);
    }
}
