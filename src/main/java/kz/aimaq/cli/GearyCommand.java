package kz.aimaq.cli;

import kz.aimaq.core.stats.LocalGeary;

import java.io.PrintStream;
import java.util.*;

/**
 * {@code aimaq geary}: local Geary's c per region (Anselin 2019) under row-standardised weights,
 * its pseudo p-value and cluster class (high–high, low–low, other positive, negative) at α.
 */
final class GearyCommand implements Command {
    @Override public String name() { return "geary"; }

    @Override public String usage() {
        return "geary " + SpatialInput.OPTIONS;
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        SpatialInput in = new SpatialInput(args);
        String format = Output.format(args);
        args.rejectUnknown();
        in.load();
        LocalGeary.Result g = LocalGeary.of(in.x, in.weights.rowStandardised(), in.permutations, in.seed, in.alpha);
        if (format.equals("csv")) {
            List<List<Object>> rows = new ArrayList<>();
            for (LocalGeary.Local l : g.regions()) rows.add(List.of(l.code(), in.name(l.code()), l.value(), l.z(), l.lag(), l.c(), l.p(), l.cluster().id()));
            Output.rows(out, "csv", List.of("kato", "name_en", "value", "z", "lag_z", "local_geary", "p", "class"), rows);
            return 0;
        }
        Map<String, Object> json = in.header();
        List<Map<String, Object>> regions = new ArrayList<>();
        for (LocalGeary.Local l : g.regions()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kato", l.code());
            r.put("name", in.name(l.code()));
            r.put("value", l.value());
            r.put("z", l.z());
            r.put("lag_z", l.lag());
            r.put("local_geary", SpatialInput.nullIfNaN(l.c()));
            r.put("p", SpatialInput.nullIfNaN(l.p()));
            r.put("class", l.cluster().id());
            regions.add(r);
        }
        json.put("regions", regions);
        List<Map<String, Object>> legend = new ArrayList<>();
        g.counts().forEach((c, count) -> legend.add(HotspotsCommand.legendEntry(c.id(), c.code(), c.color(), c.key(), count)));
        json.put("legend", legend);
        Output.json(out, json);
        return 0;
    }
}
