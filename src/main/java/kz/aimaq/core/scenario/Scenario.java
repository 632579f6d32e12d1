package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.*;

/**
 * One policy scenario: who gets the budget, how much, for how long, under which parameters.
 *
 * @param name        shown in charts and tables
 * @param preset      the preset it started from ({@link Preset#CUSTOM} if none)
 * @param poles       pole regions (KATO codes) receiving the share α of the budget
 * @param poleWeights optional user split between poles (code → weight); empty = split by GRP share
 * @param targets     optional explicit recipients of the share 1 − α; empty = lagging regions (y &lt; θ·ȳ)
 * @param budget      b: annual policy budget as a share of national GRP (0.01 = 1 %)
 * @param alpha       α ∈ [0, 1]: share of the budget going to the poles
 * @param horizon     years simulated after the base year, 5 to 30
 * @param useHistory  true: add each region's recent growth deviation d(i) from the data
 * @param parameters  behavioural parameters
 */
public record Scenario(String name, Preset preset, List<String> poles, Map<String, Double> poleWeights,
                       List<String> targets, double budget, double alpha, int horizon, boolean useHistory,
                       ScenarioParameters parameters) {

    public static final double DEFAULT_BUDGET = 0.01;
    /** 25 years: from the 2025 base year to 2050, the horizon of the Kazakhstan-2050 strategy. */
    public static final int DEFAULT_HORIZON = 25;
    public static final int MIN_HORIZON = 5, MAX_HORIZON = 30;
    public static final double MAX_BUDGET = 0.2;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(parameters, "parameters");
        poles = List.copyOf(poles);
        poleWeights = Collections.unmodifiableMap(new LinkedHashMap<>(poleWeights));
        targets = List.copyOf(targets);
        if (!(alpha >= 0 && alpha <= 1)) throw new InvalidInputException("core.scenario.alpha", alpha);
        if (!(budget >= 0 && budget <= MAX_BUDGET)) {
            throw new InvalidInputException("core.scenario.budget", MAX_BUDGET, budget);
        }
        if (horizon < MIN_HORIZON || horizon > MAX_HORIZON) {
            throw new InvalidInputException("core.scenario.horizon", MIN_HORIZON, MAX_HORIZON, horizon);
        }
        for (var e : poleWeights.entrySet()) {
            if (!poles.contains(e.getKey())) throw new InvalidInputException("core.scenario.notAPole", e.getKey());
            if (!(e.getValue() >= 0)) throw new InvalidInputException("core.scenario.poleWeight", e.getKey());
        }
    }

    /** A preset with the default budget and horizon. */
    public static Scenario of(Preset preset, ScenarioParameters parameters) {
        return switch (preset) {
            case INERTIAL -> new Scenario(preset.label, preset, Preset.POLES_2015, Map.of(), List.of(), 0, 0,
                    DEFAULT_HORIZON, false, parameters);
            case GROWTH_POLES -> new Scenario(preset.label, preset, Preset.POLES_2015, Map.of(), List.of(),
                    DEFAULT_BUDGET, 1, DEFAULT_HORIZON, false, parameters);
            case REDISTRIBUTION -> new Scenario(preset.label, preset, Preset.POLES_2015, Map.of(), List.of(),
                    DEFAULT_BUDGET, 0, DEFAULT_HORIZON, false, parameters);
            case SELECTIVE -> new Scenario(preset.label, preset, Preset.POLES_2015, Map.of(), Preset.SELECTIVE_TARGETS,
                    DEFAULT_BUDGET, 0, DEFAULT_HORIZON, false, parameters);
            case MIX, CUSTOM -> new Scenario(preset.label, preset, Preset.POLES_2015, Map.of(), List.of(),
                    DEFAULT_BUDGET, Preset.MIX_ALPHA, DEFAULT_HORIZON, false, parameters);
        };
    }

    public Scenario withAlpha(double a) {
        return new Scenario(name, preset, poles, poleWeights, targets, budget, a, horizon, useHistory, parameters);
    }

    public Scenario withBudget(double b) {
        return new Scenario(name, preset, poles, poleWeights, targets, b, alpha, horizon, useHistory, parameters);
    }

    public Scenario withHorizon(int years) {
        return new Scenario(name, preset, poles, poleWeights, targets, budget, alpha, years, useHistory, parameters);
    }

    public Scenario withParameters(ScenarioParameters p) {
        return new Scenario(name, preset, poles, poleWeights, targets, budget, alpha, horizon, useHistory, p);
    }

    public Scenario withTargets(List<String> t) {
        return new Scenario(name, preset, poles, poleWeights, t, budget, alpha, horizon, useHistory, parameters);
    }

    public Scenario withUseHistory(boolean h) {
        return new Scenario(name, preset, poles, poleWeights, targets, budget, alpha, horizon, h, parameters);
    }

    public Scenario withName(String n) {
        return new Scenario(n, preset, poles, poleWeights, targets, budget, alpha, horizon, useHistory, parameters);
    }
}
