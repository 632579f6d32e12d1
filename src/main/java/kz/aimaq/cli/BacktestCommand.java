package kz.aimaq.cli;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.scenario.Backtest;
import kz.aimaq.core.scenario.Backtest.Method;
import kz.aimaq.core.stats.InequalityMeasures;

import java.io.PrintStream;
import java.util.*;

/**
 * {@code aimaq backtest}: fits the model on one period, runs it over the next with the national growth
 * that happened, and prints its errors beside two naive baselines (docs/scenario-model.md, "Backtest").
 * CSV: one row per year, then a row "all" with the RMSE over every year (ln y pooled over units and
 * years in the rmse columns; the RMSE of Theil, sd(ln y) and max/min in their method columns).
 */
final class BacktestCommand implements Command {
    @Override public String name() { return "backtest"; }

    @Override public String usage() {
        return "backtest [--fit 2010-2017] [--from 2018] [--to 2025] [--format csv|json] | "
                + "backtest --replay growth-poles|redistribution|selective|mix|oil-poles [--from 2011] [--to 2025] [--format csv|json]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        if (args.opt("replay").isPresent()) return replay(args, out);
        String fit = args.get("fit", "2010-2017");
        String[] f = fit.split("-");
        if (f.length != 2) throw new CliException("--fit takes a period such as 2010-2017, got '" + fit + "'");
        int fitFrom = year(f[0], "--fit"), fitTo = year(f[1], "--fit");
        int from = args.intOpt("from", fitTo + 1), to = args.intOpt("to", 2025);
        String format = Output.format(args);
        args.rejectUnknown();
        if (fitFrom < 2010) throw new CliException("--fit must start in 2010 or later (the first year of the data), got " + fitFrom);
        Backtest.Result r = Backtest.run(IndicatorData.bundled(), fitFrom, fitTo, from, to);
        if (!r.imputed().isEmpty()) {
            System.err.println("aimaq: note: real growth estimated from nominal growth and the national deflator for "
                    + String.join(", ", r.imputed()) + " (no index published on the consistent territory)");
        }
        if (format.equals("json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> fitted = new LinkedHashMap<>();
            fitted.put("fit", fitFrom + "-" + fitTo);
            fitted.put("test", from + "-" + to);
            fitted.put("units", r.units());
            fitted.put("beta", SimulateCommand.round(r.estimation().beta(), 5));
            fitted.put("beta_se", SimulateCommand.round(r.estimation().betaSe(), 5));
            fitted.put("observations", r.estimation().observations());
            fitted.put("national_growth_fit", SimulateCommand.round(r.estimation().nationalGrowth(), 5));
            fitted.put("imputed", r.imputed());
            root.put("fit", fitted);
            List<Map<String, Object>> years = new ArrayList<>();
            for (Backtest.Year y : r.years()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", y.year());
                m.put("rmse_ln_y", byMethod(y.rmse()));
                m.put("bias_ln_y", byMethod(y.bias()));
                m.put("theil", measure(y, InequalityMeasures::theil));
                m.put("sd_log", measure(y, InequalityMeasures::sdLog));
                m.put("max_min_ratio", measure(y, InequalityMeasures::maxMinRatio));
                years.add(m);
            }
            root.put("years", years);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("rmse_ln_y", byMethod(r.rmseAll()));
            summary.put("rmse_theil", byMethod(r.rmseTheil()));
            summary.put("rmse_sd_log", byMethod(r.rmseSdLog()));
            summary.put("rmse_max_min_ratio", byMethod(r.rmseMaxMin()));
            root.put("summary", summary);
            Output.json(out, root);
            return 0;
        }
        List<String> header = new ArrayList<>(List.of("year"));
        for (String what : List.of("rmse_ln_y", "bias_ln_y")) for (Method m : Method.values()) header.add(what + "_" + m.id);
        for (String what : List.of("theil", "sd_log", "max_min_ratio")) {
            header.add(what + "_actual");
            for (Method m : Method.values()) header.add(what + "_" + m.id);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Backtest.Year y : r.years()) {
            List<Object> row = new ArrayList<>(List.of(y.year()));
            for (Method m : Method.values()) row.add(SimulateCommand.round(y.rmse().get(m), 6));
            for (Method m : Method.values()) row.add(SimulateCommand.round(y.bias().get(m), 6));
            for (var get : List.<java.util.function.ToDoubleFunction<InequalityMeasures>>of(InequalityMeasures::theil,
                    InequalityMeasures::sdLog, InequalityMeasures::maxMinRatio)) {
                row.add(SimulateCommand.round(get.applyAsDouble(y.actual()), 6));
                for (Method m : Method.values()) row.add(SimulateCommand.round(get.applyAsDouble(y.predicted().get(m)), 6));
            }
            rows.add(row);
        }
        List<Object> all = new ArrayList<>(List.of("all"));
        for (Method m : Method.values()) all.add(SimulateCommand.round(r.rmseAll().get(m), 6));
        for (Method m : Method.values()) all.add(null);
        for (Map<Method, Double> e : List.of(r.rmseTheil(), r.rmseSdLog(), r.rmseMaxMin())) {
            all.add(null);
            for (Method m : Method.values()) all.add(SimulateCommand.round(e.get(m), 6));
        }
        rows.add(all);
        Output.rows(out, format, header, rows);
        return 0;
    }

    /**
     * {@code --replay PRESET}: the preset run from a historical year on the consistent territory with the
     * national growth that happened, beside the Inertial run and what happened, one row per year.
     */
    private static int replay(Args args, PrintStream out) throws Exception {
        kz.aimaq.core.scenario.Preset preset;
        try {
            preset = kz.aimaq.core.scenario.Preset.byId(args.get("replay", ""));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        int from = args.intOpt("from", 2011), to = args.intOpt("to", 2025);
        String format = Output.format(args);
        args.rejectUnknown();
        if (from < 2011) throw new CliException("--from must be 2011 or later for a replay (the estimation starts in 2011), got " + from);
        Backtest.Replay r = Backtest.replay(IndicatorData.bundled(), preset, from, to);
        List<String> header = List.of("year", "grp_actual", "grp_inertial", "grp_policy", "theil_actual", "theil_inertial",
                "theil_policy", "sd_log_actual", "sd_log_inertial", "sd_log_policy", "max_min_ratio_actual",
                "max_min_ratio_inertial", "max_min_ratio_policy");
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < r.years().size(); t++) {
            InequalityMeasures a = r.actual().get(t), i = r.inertial().years().get(t).inequality(), p = r.policy().years().get(t).inequality();
            rows.add(List.of(r.years().get(t), SimulateCommand.round(r.actualGrp().get(t), 1),
                    SimulateCommand.round(r.inertial().years().get(t).nationalGrp(), 1),
                    SimulateCommand.round(r.policy().years().get(t).nationalGrp(), 1),
                    SimulateCommand.round(a.theil(), 6), SimulateCommand.round(i.theil(), 6), SimulateCommand.round(p.theil(), 6),
                    SimulateCommand.round(a.sdLog(), 6), SimulateCommand.round(i.sdLog(), 6), SimulateCommand.round(p.sdLog(), 6),
                    SimulateCommand.round(a.maxMinRatio(), 6), SimulateCommand.round(i.maxMinRatio(), 6), SimulateCommand.round(p.maxMinRatio(), 6)));
        }
        Output.rows(out, format, header, rows);
        return 0;
    }

    private static Map<String, Object> byMethod(Map<Method, Double> v) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Method k : Method.values()) m.put(k.id, SimulateCommand.round(v.get(k), 6));
        return m;
    }

    private static Map<String, Object> measure(Backtest.Year y, java.util.function.ToDoubleFunction<InequalityMeasures> get) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actual", SimulateCommand.round(get.applyAsDouble(y.actual()), 6));
        for (Method k : Method.values()) m.put(k.id, SimulateCommand.round(get.applyAsDouble(y.predicted().get(k)), 6));
        return m;
    }

    private static int year(String s, String option) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new CliException(option + " years must be whole numbers, got '" + s + "'");
        }
    }
}
