package kz.aimaq.cli;

import kz.aimaq.core.analysis.RegionType;
import kz.aimaq.core.analysis.Typology;
import kz.aimaq.core.analysis.TypologyThresholds;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code aimaq typology}: each region's type by level of GRP per capita and its real growth over a period. */
final class TypologyCommand implements Command {
    @Override public String name() { return "typology"; }

    @Override public String usage() {
        return "typology [--from Y1 --to Y2] [--level-ratio R] [--stagnation PCT] [--decline PCT] [--margin PP] " + Output.TARGET_OPTIONS;
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        IndicatorData data = IndicatorData.bundled();
        RegionCatalog regions = RegionCatalog.bundled();
        List<String> codes = regions.current().stream().map(Region::kato).toList();
        int[] period = Typology.defaultPeriod(data, codes);
        int to = args.intOpt("to", period[1]);
        int from = args.intOpt("from", args.opt("to").isPresent() ? to - 3 : period[0]);
        TypologyThresholds d = TypologyThresholds.DEFAULT;
        TypologyThresholds t;
        try {
            t = new TypologyThresholds(args.doubleOpt("level-ratio", d.levelRatio()), args.doubleOpt("stagnation", d.stagnationPct()),
                    args.doubleOpt("decline", d.declinePct()), args.doubleOpt("margin", d.marginPp()));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        Output.Target target = Output.target(args);
        args.rejectUnknown();

        Typology.Result r = Typology.compute(data, from, to, codes, t);
        // caveats go to stderr so the table on stdout stays machine-readable
        for (String note : r.notes()) System.err.println("aimaq typology: note: " + note);
        List<String> header = List.of("kato", "name_en", "from", "to", "level_ratio", "growth_pct", "national_growth_pct",
                "type", "type_en", "type_ru", "type_kk", "color", "reason");
        List<List<Object>> rows = new ArrayList<>();
        for (Typology.Entry e : r.entries()) {
            RegionType type = e.type();
            List<Object> row = new ArrayList<>();
            row.add(e.code()); row.add(regions.require(e.code()).nameEn()); row.add(from); row.add(to);
            row.add(round(e.levelRatio(), 4)); row.add(round(e.growthPct(), 3)); row.add(round(r.nationalGrowthPct(), 3));
            row.add(type.id()); row.add(type.label("en")); row.add(type.label("ru")); row.add(type.label("kk"));
            row.add(type.color()); row.add(e.reason());
            rows.add(row);
        }
        TableNotes notes = new TableNotes(target.lang()).period(from, to)
                .line("map.method.typology", from, to)
                .line("table.note.typologyThresholds", t.levelRatio(), t.stagnationPct(), t.declinePct(), t.marginPp())
                .source(data, "grp_per_capita", to);
        r.notes().forEach(n -> notes.line("table.note.caveat", n));
        Output.table(out, target, notes.text("table.title.typology", from, to), header, rows, notes.build());
        return 0;
    }

    private static Double round(double v, int decimals) {
        if (!Double.isFinite(v)) return null;
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
