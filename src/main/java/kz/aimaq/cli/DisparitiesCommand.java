package kz.aimaq.cli;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.disparity.DisparityMonitor;
import kz.aimaq.core.disparity.DisparityTable;
import kz.aimaq.core.disparity.DisparityYear;
import kz.aimaq.core.disparity.TerritoryMode;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.Groupings;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code aimaq disparities}: one row per year with every disparity measure of an indicator
 * across regions, computed by the same code as {@code simulate} (so its 2025 row on today's 20
 * regions equals simulate's base-year row), on each year's own territory or on a consistent
 * territory for the period. Two columns at the end say which territory (before-2018: 16 units,
 * from-2018: 17, from-2022: 20) and which units lacked a value that year (left out).
 */
final class DisparitiesCommand implements Command {

    @Override public String name() { return "disparities"; }

    @Override public String usage() {
        return "disparities --indicator ID --from Y1 --to Y2 [--grouping five|five-plus-cities|FILE|none] "
                + "[--territory by-year|consistent] [--format csv|json|xlsx] [--lang kk|ru|en] [--out FILE.xlsx|FILE.csv] "
                + "[--out FILE.png|FILE.svg [--size WxH] [--scenario inertial|growth-poles|redistribution|selective|mix]]  "
                + "(--out FILE.png|svg also draws the measures, policy periods shaded; --scenario continues them with a "
                + "simulated run; --out FILE.xlsx|csv saves the table)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String id = args.require("indicator");
        IndicatorData data = IndicatorData.bundled();
        List<Integer> years = data.years(id);
        int from = args.intOpt("from", years.isEmpty() ? 0 : years.getFirst());
        int to = args.intOpt("to", years.isEmpty() ? 0 : years.getLast());
        String which = args.get("grouping", Groupings.DEFAULT_ID);
        TerritoryMode mode = TerritoryMode.byId(args.choice("territory", "by-year", "by-year", "consistent"));
        String format = args.choice("format", "csv", "csv", "json", "xlsx");
        String outFile = args.opt("out").orElse(null);
        boolean picture = outFile != null && List.of("png", "svg").contains(RenderCommand.extension(outFile));
        String chart = picture ? outFile : null;
        int[] size = RenderCommand.size(args.get("size", "1920x1080"));
        String lang = args.choice("lang", "en", "kk", "ru", "en");
        String scenarioId = args.opt("scenario").orElse(null);
        args.rejectUnknown();
        data.catalog().require(id);
        if (from > to) throw new CliException("--from " + from + " is after --to " + to);
        Grouping grouping = which.equalsIgnoreCase("none") ? null : Groupings.presetOrFile(which);

        List<DisparityYear> series = new DisparityMonitor(data).series(id, from, to, grouping, mode);
        if (series.isEmpty()) throw new CliException("no year in " + from + "–" + to + " with values of " + id
                + " for two regions or more; years with data: " + years);
        Output.Target target = Output.target(format, picture ? null : outFile, lang);
        var ind = data.catalog().require(id);
        TableNotes notes = new TableNotes(lang).indicator(ind).period(series.getFirst().year(), series.getLast().year())
                .source(data, id, series.getLast().year()).line("table.note.territoryMode." + mode.id()).grouping(grouping)
                .line("table.note.disparities");
        Output.table(out, target, notes.text("table.title.disparities", ind.name(lang),
                series.getFirst().year(), series.getLast().year()), DisparityTable.header(), DisparityTable.rows(series), notes.build());
        if (chart != null) writeChart(chart, series, data.catalog().require(id), mode, grouping, scenarioId, size, lang);
        else if (scenarioId != null) throw new CliException("--scenario joins a simulated run to the chart: add --out FILE.png");
        return 0;
    }

    /** The small multiples as PNG or SVG; with a scenario, its run continues each measure from the base year. */
    private static void writeChart(String file, List<DisparityYear> series, kz.aimaq.core.data.Indicator indicator, TerritoryMode mode,
                                   Grouping grouping, String scenarioId, int[] size, String lang) throws java.io.IOException {
        String ext = RenderCommand.extension(file);
        if (!ext.equals("png") && !ext.equals("svg")) throw new CliException("--out writes the chart as .png or .svg, not ." + ext);
        kz.aimaq.core.scenario.Trajectory run = null;
        if (scenarioId != null) {
            kz.aimaq.core.scenario.Preset preset;
            try {
                preset = kz.aimaq.core.scenario.Preset.byId(scenarioId);
            } catch (IllegalArgumentException e) {
                throw new CliException("--scenario must be a preset (inertial, growth-poles, redistribution, selective, mix)");
            }
            var cal = kz.aimaq.core.scenario.Calibration.bundled();
            var scenario = kz.aimaq.core.scenario.Scenario.of(preset, cal.defaultParameters());
            // the simulate command's defaults (queen weights), so the projection is the one simulate prints
            run = new SimulateCommand.ScenarioOptions(scenario, grouping, "queen", SimulateCommand.ScenarioOptions.DISTANCE_DECAY)
                    .simulator().run(scenario);
        }
        var picture = kz.aimaq.core.disparity.DisparityCharts.of(series, indicator, mode, grouping, run, lang);
        java.nio.file.Path out = java.nio.file.Path.of(file);
        if (ext.equals("png")) kz.aimaq.core.export.PngExporter.write(picture, size[0], size[1], out);
        else kz.aimaq.core.export.SvgExporter.write(picture, size[0], size[1], out);
    }
}
