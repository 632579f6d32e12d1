package kz.aimaq.core.scenario;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.stats.Inequality;
import kz.aimaq.core.stats.InequalityMeasures;
import kz.aimaq.core.territory.ConsistentPanel;

import java.util.*;

/**
 * "How well does this model reproduce history?": fit on one period, run the Inertial model forward
 * from its last year with the national growth that actually happened, and compare each region's
 * ln y and the disparity measures with what happened, side by side with two naive baselines
 * (docs/scenario-model.md, "Backtest").
 *
 * <p>Everything is on the consistent territory of the whole period (16 units from 2010: the 2018
 * parents, South Kazakhstan whole) at the prices of the last fitted year. The model's population
 * follows each unit's own trend over the fit period; the baselines use actual populations.
 */
public final class Backtest {
    private Backtest() {}

    /** The methods compared, in output order. */
    public enum Method {
        /** The Inertial scenario of this simulator, fitted on the fit period. */
        MODEL("model"),
        /** Each unit keeps its last fitted level relative to the national average. */
        LAST_LEVEL("last_level"),
        /** Each unit keeps growing at its own mean real per-capita growth of the fit period. */
        OWN_GROWTH("own_growth");

        public final String id;
        Method(String id) { this.id = id; }
    }

    /**
     * One compared year.
     *
     * @param rmse   root mean square error of ln y across units, by method
     * @param bias   mean error of ln y (predicted − actual), by method
     * @param actual    disparity measures of what happened
     * @param predicted disparity measures of each method's prediction
     */
    public record Year(int year, Map<Method, Double> rmse, Map<Method, Double> bias, InequalityMeasures actual,
                       Map<Method, InequalityMeasures> predicted) {}

    /**
     * @param estimation   what was fitted (β, s.e., national trend of the fit period)
     * @param units        the consistent-territory units compared
     * @param years        one entry per compared year
     * @param rmseAll      RMSE of ln y over every unit and year, by method
     * @param rmseTheil    RMSE over the years of the Theil index, by method
     * @param rmseSdLog    RMSE over the years of sd(ln y), by method
     * @param rmseMaxMin   RMSE over the years of the max/min ratio, by method
     * @param imputed      unit-years whose real growth index was not published on the consistent
     *                     territory and was estimated from nominal growth and the national deflator
     */
    public record Result(Estimation estimation, int fitFrom, int fitTo, int from, int to, List<String> units,
                         List<Year> years, Map<Method, Double> rmseAll, Map<Method, Double> rmseTheil,
                         Map<Method, Double> rmseSdLog, Map<Method, Double> rmseMaxMin, List<String> imputed) {}

    public static Result run(IndicatorData data, int fitFrom, int fitTo, int from, int to) {
        if (fitTo - fitFrom < 3) throw new IllegalArgumentException("the fit period needs at least 4 years, got " + fitFrom + "–" + fitTo);
        if (from != fitTo + 1) throw new IllegalArgumentException("the test period must start the year after the fit (" + (fitTo + 1) + "), got " + from);
        if (to - fitTo < Scenario.MIN_HORIZON || to - fitTo > Scenario.MAX_HORIZON) {
            throw new IllegalArgumentException("the test period must be " + Scenario.MIN_HORIZON + " to " + Scenario.MAX_HORIZON + " years, got " + from + "–" + to);
        }
        Estimation est = Estimation.of(data, fitFrom + 1, fitTo);
        ConsistentPanel panel = ConsistentPanel.of(data, fitFrom, to);
        List<String> units = panel.units();
        int k = units.size(), years = to - fitTo;
        List<String> imputed = new ArrayList<>();

        // actual real GRP (prices of fitTo), population and per-capita, t = 0 (fitTo) … years
        double[][] realY = new double[years + 1][k], pop = new double[years + 1][k];
        for (int u = 0; u < k; u++) {
            realY[0][u] = require(panel, "grp", fitTo, units.get(u));
            pop[0][u] = require(panel, "population_avg", fitTo, units.get(u));
        }
        for (int t = 1; t <= years; t++) {
            int year = fitTo + t;
            double natNominal = require(data, "grp", year, Region.NATIONAL) / require(data, "grp", year - 1, Region.NATIONAL);
            double natIndex = require(data, "grp_volume_index", year, Region.NATIONAL) / 100;
            for (int u = 0; u < k; u++) {
                String unit = units.get(u);
                OptionalDouble v = panel.value("grp_volume_index", year, unit);
                double g;
                if (v.isPresent()) {
                    g = v.getAsDouble() / 100;
                } else {
                    // e.g. Karaganda 2021, whose index is published only for a territory not documented:
                    // its nominal growth deflated with the national deflator
                    g = require(panel, "grp", year, unit) / require(panel, "grp", year - 1, unit) / natNominal * natIndex;
                    imputed.add(unit + ":" + year);
                }
                realY[t][u] = realY[t - 1][u] * g;
                pop[t][u] = require(panel, "population_avg", year, unit);
            }
        }

        // the model: calibrated on the fit period, inertial, with the actual national growth
        double natPop0 = require(data, "population_avg", fitFrom, Region.NATIONAL), natPop1 = require(data, "population_avg", fitTo, Region.NATIONAL);
        double nat = Math.pow(natPop1 / natPop0, 1.0 / (fitTo - fitFrom)) - 1;
        double[] popDev = new double[k], ownGrowth = new double[k];
        for (int u = 0; u < k; u++) {
            String unit = units.get(u);
            double p0 = require(panel, "population_avg", fitFrom, unit);
            popDev[u] = Math.pow(pop[0][u] / p0, 1.0 / (fitTo - fitFrom)) - 1 - nat;
            double y0 = require(panel, "grp", fitFrom, unit) / p0, logSum = 0;
            // own mean real per-capita growth over the fit years
            for (int y = fitFrom + 1; y <= fitTo; y++) {
                double gi = panel.value("grp_volume_index", y, unit).orElse(Double.NaN) / 100;
                logSum += Math.log(gi * require(panel, "population_avg", y - 1, unit) / require(panel, "population_avg", y, unit));
            }
            ownGrowth[u] = logSum / (fitTo - fitFrom);
            if (!Double.isFinite(ownGrowth[u]) || !(y0 > 0)) throw new IllegalArgumentException("no growth series for unit " + unit + " in " + fitFrom + "–" + fitTo);
        }
        Calibration cal = new Calibration(fitTo, units, realY[0].clone(), pop[0].clone(), est.nationalGrowth(), nat, new double[k],
                fitFrom, fitTo, fitFrom, popDev, est);
        double[] path = new double[years];
        for (int t = 1; t <= years; t++) path[t - 1] = require(data, "grp_volume_index", fitTo + t, Region.NATIONAL) / 100 - 1;
        ScenarioParameters p = ScenarioParameters.defaults(est.nationalGrowth(), est.beta(), nat);
        Scenario s = new Scenario("backtest", Preset.INERTIAL, List.of(), Map.of(), List.of(), 0, 0, years, false, p);
        Trajectory model = new Simulator(cal, null, null).run(s, path);

        List<Year> out = new ArrayList<>();
        Map<Method, double[]> sq = new EnumMap<>(Method.class);
        for (Method m : Method.values()) sq.put(m, new double[4]); // ln y, Theil, sd, max/min squared errors summed
        double[] y = new double[k];
        double y0bar = sum(realY[0]) / sum(pop[0]);
        for (int t = 1; t <= years; t++) {
            double ybar = sum(realY[t]) / sum(pop[t]);
            double[] actual = new double[k];
            for (int u = 0; u < k; u++) actual[u] = realY[t][u] / pop[t][u];
            InequalityMeasures a = Inequality.measures(actual, pop[t], new int[k]);
            Map<Method, Double> rmse = new EnumMap<>(Method.class), bias = new EnumMap<>(Method.class);
            Map<Method, InequalityMeasures> pred = new EnumMap<>(Method.class);
            for (Method m : Method.values()) {
                double[] n = m == Method.MODEL ? model.years().get(t).population() : pop[t];
                for (int u = 0; u < k; u++) {
                    y[u] = switch (m) {
                        case MODEL -> model.years().get(t).grp()[u] / n[u];
                        case LAST_LEVEL -> ybar * (realY[0][u] / pop[0][u]) / y0bar;
                        case OWN_GROWTH -> realY[0][u] / pop[0][u] * Math.exp(ownGrowth[u] * t);
                    };
                }
                double se = 0, e = 0;
                for (int u = 0; u < k; u++) {
                    double d = Math.log(y[u]) - Math.log(actual[u]);
                    se += d * d;
                    e += d;
                }
                rmse.put(m, Math.sqrt(se / k));
                bias.put(m, e / k);
                InequalityMeasures im = Inequality.measures(y.clone(), n, new int[k]);
                pred.put(m, im);
                double[] acc = sq.get(m);
                acc[0] += se;
                acc[1] += Math.pow(im.theil() - a.theil(), 2);
                acc[2] += Math.pow(im.sdLog() - a.sdLog(), 2);
                acc[3] += Math.pow(im.maxMinRatio() - a.maxMinRatio(), 2);
            }
            out.add(new Year(fitTo + t, rmse, bias, a, pred));
        }
        Map<Method, Double> all = new EnumMap<>(Method.class), theil = new EnumMap<>(Method.class),
                sd = new EnumMap<>(Method.class), mm = new EnumMap<>(Method.class);
        for (Method m : Method.values()) {
            double[] acc = sq.get(m);
            all.put(m, Math.sqrt(acc[0] / (years * k)));
            theil.put(m, Math.sqrt(acc[1] / years));
            sd.put(m, Math.sqrt(acc[2] / years));
            mm.put(m, Math.sqrt(acc[3] / years));
        }
        return new Result(est, fitFrom, fitTo, from, to, units, out, all, theil, sd, mm, imputed);
    }

    /**
     * A replay: a preset run from a historical year on the consistent territory, next to the Inertial
     * run and to what happened.
     *
     * @param years     calendar years, start year first
     * @param actual    disparity of what happened (real GRP per capita at start-year prices, actual population)
     * @param inertial  the Inertial model with the actual national growth
     * @param policy    the preset with the same growth
     * @param actualGrp national real GRP of the units, million KZT at start-year prices
     */
    public record Replay(Preset preset, List<String> units, List<Integer> years, List<InequalityMeasures> actual,
                         List<Double> actualGrp, Trajectory inertial, Trajectory policy) {}

    /**
     * Replays a preset from {@code from} (its data are the start) to {@code to} with the parameters
     * estimated on the whole period (in-sample: this shows what the model says the policy would have
     * changed, not a forecast). Poles and targets are mapped to the consistent units: Shymkent (79) and
     * Turkistan (61) to South Kazakhstan (51); Zhetisu, Ulytau and Abai to their 2018 parents.
     */
    public static Replay replay(IndicatorData data, Preset preset, int from, int to) {
        ConsistentPanel panel = ConsistentPanel.of(data, from, to);
        List<String> units = panel.units();
        int k = units.size(), years = to - from;
        if (years < Scenario.MIN_HORIZON || years > Scenario.MAX_HORIZON) {
            throw new IllegalArgumentException("a replay runs " + Scenario.MIN_HORIZON + " to " + Scenario.MAX_HORIZON + " years, got " + from + "–" + to);
        }
        Estimation est = Estimation.of(data, Math.max(Estimation.DEFAULT_FROM, from + 1), to);
        double[][] realY = new double[years + 1][k], pop = new double[years + 1][k];
        for (int u = 0; u < k; u++) {
            realY[0][u] = require(panel, "grp", from, units.get(u));
            pop[0][u] = require(panel, "population_avg", from, units.get(u));
        }
        for (int t = 1; t <= years; t++) {
            int year = from + t;
            double natNominal = require(data, "grp", year, Region.NATIONAL) / require(data, "grp", year - 1, Region.NATIONAL);
            double natIndex = require(data, "grp_volume_index", year, Region.NATIONAL) / 100;
            for (int u = 0; u < k; u++) {
                String unit = units.get(u);
                OptionalDouble v = panel.value("grp_volume_index", year, unit);
                double g = v.isPresent() ? v.getAsDouble() / 100
                        : require(panel, "grp", year, unit) / require(panel, "grp", year - 1, unit) / natNominal * natIndex;
                realY[t][u] = realY[t - 1][u] * g;
                pop[t][u] = require(panel, "population_avg", year, unit);
            }
        }
        double nat = Math.pow(require(data, "population_avg", to, Region.NATIONAL) / require(data, "population_avg", from, Region.NATIONAL),
                1.0 / years) - 1;
        double[] popDev = new double[k];
        // population trends of the period: a replay asks what policy changes, not where people went
        for (int u = 0; u < k; u++) popDev[u] = Math.pow(pop[years][u] / pop[0][u], 1.0 / years) - 1 - nat;
        Calibration cal = new Calibration(from, units, realY[0].clone(), pop[0].clone(), est.nationalGrowth(), nat, new double[k],
                from, to, from, popDev, est);
        double[] path = new double[years];
        for (int t = 1; t <= years; t++) path[t - 1] = require(data, "grp_volume_index", from + t, Region.NATIONAL) / 100 - 1;
        ScenarioParameters p = ScenarioParameters.defaults(est.nationalGrowth(), est.beta(), nat);
        Scenario s = Scenario.of(preset, p).withHorizon(years);
        s = new Scenario(s.name(), s.preset(), toUnits(s.poles(), units), Map.of(), toUnits(s.targets(), units), s.budget(),
                s.alpha(), years, false, s.parameters(), s.financing());
        Simulator sim = new Simulator(cal, null, null);
        Trajectory policy = sim.run(s, path);
        Trajectory inertial = sim.run(new Scenario("Inertial", Preset.INERTIAL, s.poles(), Map.of(), List.of(), 0, 0, years,
                false, p), path);
        List<Integer> ys = new ArrayList<>();
        List<InequalityMeasures> actual = new ArrayList<>();
        List<Double> grp = new ArrayList<>();
        for (int t = 0; t <= years; t++) {
            double[] y = new double[k];
            for (int u = 0; u < k; u++) y[u] = realY[t][u] / pop[t][u];
            ys.add(from + t);
            actual.add(Inequality.measures(y, pop[t], new int[k]));
            grp.add(sum(realY[t]));
        }
        return new Replay(preset, units, ys, actual, grp, inertial, policy);
    }

    /** Today's codes on a coarser territory: each code, or its 2018 parent, once. */
    private static List<String> toUnits(List<String> codes, List<String> units) {
        Map<String, String> parent = Map.of("79", "51", "61", "51", "33", "19", "62", "35", "10", "63");
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String c : codes) {
            String u = units.contains(c) ? c : parent.getOrDefault(c, c);
            if (!units.contains(u)) throw new IllegalArgumentException("region " + c + " has no unit on the consistent territory");
            out.add(u);
        }
        return new ArrayList<>(out);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    private static double require(ConsistentPanel panel, String indicator, int year, String unit) {
        OptionalDouble v = panel.value(indicator, year, unit);
        if (v.isEmpty()) throw new IllegalArgumentException("no " + indicator + " for unit " + unit + " in " + year + " on the consistent territory");
        return v.getAsDouble();
    }

    private static double require(IndicatorData data, String indicator, int year, String kato) {
        OptionalDouble v = data.current(indicator, year, kato);
        if (v.isEmpty()) throw new IllegalArgumentException("no national " + indicator + " in " + year);
        return v.getAsDouble();
    }
}
