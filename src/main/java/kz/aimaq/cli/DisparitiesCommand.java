package kz.aimaq.cli;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.disparity.DisparityMonitor;
import kz.aimaq.core.disparity.DisparityYear;
import kz.aimaq.core.disparity.TerritoryMode;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.Metric;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aimaq disparities}: one row per year with every disparity measure of an indicator
 * across regions, computed by the same code as {@code simulate} (so its 2025 row on today's 20
 * regions equals simulate's base-year row), on each year's own territory or on a consistent
 * territory for the period. Two columns at the end say which territory (before-2018: 16 units,
 * from-2018: 17, from-2022: 20) and which units lacked a value that year (left out).
 */
final class DisparitiesCommand implements Command {

    /** The measures in the order the monitor prints them (same names and rounding as simulate). */
    static final List<Metric> MEASURES = List.of(Metric.GINI, Metric.GINI_WEIGHTED, Metric.THEIL, Metric.THEIL_BETWEEN,
            Metric.THEIL_WITHIN, Metric.WILLIAMSON, Metric.CV, Metric.SD_LOG, Metric.MAX_MIN_RATIO, Metric.REGIONS_BELOW_AVG);

    @Override public String name() { return "disparities"; }

    @Override public String usage() {
        return "disparities --indicator ID --from Y1 --to Y2 [--grouping five|five-plus-cities|FILE|none] "
                + "[--territory by-year|consistent] [--format csv|json]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String id = args.require("indicator");
        IndicatorData data = IndicatorData.bundled();
        List<Integer> years = data.years(id);
        int from = args.intOpt("from", years.isEmpty() ? 0 : years.getFirst());
        int to = args.intOpt("to", years.isEmpty() ? 0 : years.getLast());
        String which = args.get("grouping", Groupings.DEFAULT_ID);
        TerritoryMode mode = TerritoryMode.byId(args.choice("territory", "by-year", "by-year", "consistent"));
        String format = Output.format(args);
        args.rejectUnknown();
        data.catalog().require(id);
        if (from > to) throw new CliException("--from " + from + " is after --to " + to);
        Grouping grouping = which.equalsIgnoreCase("none") ? null : Groupings.presetOrFile(which);

        List<DisparityYear> series = new DisparityMonitor(data).series(id, from, to, grouping, mode);
        if (series.isEmpty()) throw new CliException("no year in " + from + "–" + to + " with values of " + id
                + " for two regions or more; years with data: " + years);
        List<String> header = new ArrayList<>(List.of("year", "n_units"));
        for (Metric m : MEASURES) header.add(m.column);
        header.add("territory");
        header.add("missing");
        List<List<Object>> rows = new ArrayList<>();
        for (DisparityYear y : series) {
            List<Object> row = new ArrayList<>(List.of(y.year(), y.unitCount()));
            for (Metric m : MEASURES) row.add(SimulateCommand.value(m, m.of(y.measures())));
            row.add(y.territory().id());
            row.add(String.join(";", y.missing()));
            rows.add(row);
        }
        Output.rows(out, format, header, rows);
        return 0;
    }
}
