package kz.aimaq.cli;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.stats.GetisOrd;

import java.io.PrintStream;
import java.util.*;

/**
 * {@code aimaq hotspots}: Getis–Ord G_i* per region (z-score, normal and pseudo p-values, hot or
 * cold spot at the chosen α) on binary weights with each region counted as its own neighbour.
 */
final class HotspotsCommand implements Command {
    @Override public String name() { return "hotspots"; }

    @Override public String usage() {
        return "hotspots " + SpatialInput.OPTIONS;
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        SpatialInput in = new SpatialInput(args);
        String format = Output.format(args);
        args.rejectUnknown();
        in.load();
        GetisOrd.Result gi = GetisOrd.of(in.x, in.weights, in.permutations, in.seed, in.alpha);
        if (format.equals("csv")) {
            List<List<Object>> rows = new ArrayList<>();
            for (GetisOrd.Local l : gi.regions()) rows.add(List.of(l.code(), in.name(l.code()), l.value(), l.z(), l.pNormal(), l.p(), l.spot().id()));
            Output.rows(out, "csv", List.of("kato", "name_en", "value", "gi_star_z", "p_normal", "p", "class"), rows);
            return 0;
        }
        Map<String, Object> json = in.header();
        List<Map<String, Object>> regions = new ArrayList<>();
        for (GetisOrd.Local l : gi.regions()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kato", l.code());
            r.put("name", in.name(l.code()));
            r.put("value", l.value());
            r.put("gi_star_z", SpatialInput.nullIfNaN(l.z()));
            r.put("p_normal", SpatialInput.nullIfNaN(l.pNormal()));
            r.put("p", SpatialInput.nullIfNaN(l.p()));
            r.put("class", l.spot().id());
            regions.add(r);
        }
        json.put("regions", regions);
        List<Map<String, Object>> legend = new ArrayList<>();
        gi.counts().forEach((spot, count) -> legend.add(legendEntry(spot.id(), spot.code(), spot.color(), spot.key(), count)));
        json.put("legend", legend);
        Output.json(out, json);
        return 0;
    }

    static Map<String, Object> legendEntry(String id, int code, String color, String key, int count) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("class", id);
        e.put("code", code);
        e.put("color", color);
        for (String lang : List.of("en", "ru", "kk")) e.put("label_" + lang, Messages.of(lang).get(key));
        e.put("count", count);
        return e;
    }
}
