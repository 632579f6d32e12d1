package kz.aimaq.cli;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.territory.Territory;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes a saved table carries on its source sheet, in the {@code --lang} language: what the
 * values are (indicator and unit), where they come from (the same short source the map prints),
 * the territory, the method and the grouping. One builder so every command words them alike.
 */
final class TableNotes {
    private final Messages m;
    private final List<String> lines = new ArrayList<>();

    TableNotes(String lang) { this.m = Messages.of(lang); }

    Messages messages() { return m; }

    TableNotes indicator(Indicator ind) {
        lines.add(m.format("table.note.indicator", ind.name(m.lang()), ind.unit(m.lang())));
        return this;
    }

    /** "Source: Bureau of National Statistics …" for the indicator's figures of that year. */
    TableNotes source(IndicatorData data, String indicator, int year) {
        lines.add(m.format("map.source", ChoroplethScenes.sourceOf(data, indicator, year, m)));
        return this;
    }

    TableNotes source(String text) {
        lines.add(m.format("map.source", text));
        return this;
    }

    /** "Source: …" with the text of a bundle key (map.source.index, map.source.scenario …). */
    TableNotes sourceKey(String key, Object... args) {
        lines.add(m.format("map.source", text(key, args)));
        return this;
    }

    TableNotes year(int year) { return line("table.note.year", year); }

    TableNotes period(int from, int to) { return line("table.note.period", from, to); }

    TableNotes territory(Territory t) {
        lines.add(m.format("table.note.territory", m.get(t.messageKey())));
        return this;
    }

    TableNotes grouping(Grouping g) {
        if (g != null) lines.add(m.format("map.source.grouping", g.name(m.lang())));
        return this;
    }

    TableNotes line(String key, Object... args) {
        lines.add(text(key, args));
        return this;
    }

    /**
     * A message with whole numbers (years, runs, seeds) as plain digits: MessageFormat would
     * group them by the locale ("2,024", "2 024"). Decimals keep the locale's decimal mark.
     */
    String text(String key, Object... args) {
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof Integer || a[i] instanceof Long) a[i] = a[i].toString();
        }
        return m.format(key, a);
    }

    /** The closing line: the columns are named as the command line documents them. */
    List<String> build() {
        List<String> out = new ArrayList<>(lines);
        out.add(m.get("table.note.columns"));
        return out;
    }
}
