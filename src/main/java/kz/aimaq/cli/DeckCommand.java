package kz.aimaq.cli;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PptxDeck;
import kz.aimaq.core.export.ScenarioComparison;
import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.scenario.Calibration;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.scenario.Scenario;
import kz.aimaq.core.scenario.ScenarioJson;
import kz.aimaq.core.scenario.Simulator;
import kz.aimaq.core.stats.Contiguity;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aimaq deck}: a 16:9 PowerPoint deck, either comparing two policy scenarios (their
 * end-year maps, trajectories chart and metrics table) or one slide per indicator map.
 */
final class DeckCommand implements Command {
    @Override public String name() { return "deck"; }

    @Override public String usage() {
        return "deck (--scenarios A,B [--years N] | --maps INDICATOR:YEAR[,INDICATOR:YEAR...] [--method M] [--classes K]) "
                + "[--lang kk|ru|en] --out FILE.pptx   (A, B: inertial, growth-poles, redistribution, selective, mix or a scenario file)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String scenarios = args.opt("scenarios").orElse(null);
        String maps = args.opt("maps").orElse(null);
        String lang = Messages.normalise(args.choice("lang", "en", "kk", "ru", "en"));
        int years = args.intOpt("years", Scenario.DEFAULT_HORIZON);
        String method = args.get("method", "quantile");
        int classes = args.intOpt("classes", 5);
        String outName = args.require("out");
        args.rejectUnknown();
        if (!outName.toLowerCase().endsWith(".pptx")) throw new CliException("--out must name a .pptx file, got " + outName);
        if ((scenarios == null) == (maps == null)) throw new CliException("give either --scenarios A,B or --maps INDICATOR:YEAR,...");
        Path outFile = Path.of(outName);
        PreparedLayer layer = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
        IndicatorData data = IndicatorData.bundled();

        if (scenarios != null) {
            String[] ids = scenarios.split(",");
            if (ids.length != 2) throw new CliException("--scenarios takes two scenarios separated by a comma, e.g. growth-poles,redistribution");
            if (years < Scenario.MIN_HORIZON || years > Scenario.MAX_HORIZON) {
                throw new CliException("--years must be " + Scenario.MIN_HORIZON + " to " + Scenario.MAX_HORIZON + ", got " + years);
            }
            Calibration cal = Calibration.bundled();
            Scenario a = scenario(ids[0].trim(), cal).withHorizon(years), b = scenario(ids[1].trim(), cal).withHorizon(years);
            Simulator sim = new Simulator(cal, Contiguity.queen(layer.layer()), Groupings.defaultGrouping());
            PptxDeck.writeComparison(ScenarioComparison.run(a, b, sim, layer, data, lang), outFile);
        } else {
            List<PptxDeck.MapSlide> slides = new ArrayList<>();
            for (String item : maps.split(",")) {
                String[] p = item.trim().split(":");
                if (p.length != 2) throw new CliException("--maps items look like grp_per_capita:2024, got '" + item + "'");
                Indicator ind = data.catalog().require(p[0].trim());
                int year;
                try {
                    year = Integer.parseInt(p[1].trim());
                } catch (NumberFormatException e) {
                    throw new CliException("year in '" + item + "' is not a number");
                }
                if (!data.years(ind.id()).contains(year)) {
                    throw new CliException("no data for " + ind.id() + " in " + year + "; years with data: " + data.years(ind.id()));
                }
                ChoroplethSpec spec = ChoroplethSpec.defaults(lang).withMethod(RenderCommand.method(method)).withClasses(classes);
                Choropleth c = ChoroplethScenes.build(data, layer, ind, year, spec);
                SnapshotLayout frame = SnapshotLayout.defaults(ind, year, lang);
                MapScene scene = frame.apply(c.scene(), SnapshotLayout.attributionFor(layer.layer().attribution(), lang), lang);
                slides.add(new PptxDeck.MapSlide(frame.title(), frame.subtitle(), scene));
            }
            PptxDeck.writeMaps(slides, outFile);
        }
        out.println(outFile);
        return 0;
    }

    private static Scenario scenario(String id, Calibration cal) throws java.io.IOException {
        for (Preset p : Preset.values()) {
            if (p != Preset.CUSTOM && p.id.equalsIgnoreCase(id)) return Scenario.of(p, cal.defaultParameters());
        }
        Path file = Path.of(id);
        if (!Files.exists(file)) {
            throw new CliException("scenario '" + id + "' is neither a preset (inertial, growth-poles, redistribution, "
                    + "selective, mix) nor an existing scenario file");
        }
        try {
            return ScenarioJson.read(file, cal.defaultParameters(), cal.codes());
        } catch (IllegalArgumentException e) {
            throw new CliException("cannot read scenario " + id + ": " + e.getMessage());
        }
    }
}
