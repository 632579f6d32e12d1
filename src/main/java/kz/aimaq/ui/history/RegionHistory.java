package kz.aimaq.ui.history;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.territory.Territory;
import kz.aimaq.core.territory.TerritoryFigure;
import kz.aimaq.core.territory.TerritoryValues;

import java.util.*;

/**
 * A region's figures of one indicator over 2010–2025, each year on the territory of that year
 * (16 units before 2018, 17 in 2018–2021, 20 from 2022): a unit that did not exist in a year has
 * no point (Turkistan 61 starts in 2018, Abai 10 in 2022), and a unit whose territory changed
 * (East Kazakhstan with Abai until 2021) keeps its code with the figure of the larger unit,
 * which {@link #notes} says. Nothing is made up: a year without a published or aggregable figure
 * has no point. The rank is 1 for the highest value among the units of that year's territory
 * that have one, out of that number.
 */
public final class RegionHistory {
    public static final int FIRST = 2010, LAST = 2025;

    /** One year of the region. */
    public record Point(int year, Double value, Double national, Integer rank, int ranked, Territory territory) {}

    private RegionHistory() {}

    /** The years {@link #FIRST}–{@link #LAST} that have any figure of the indicator. */
    public static List<Point> of(IndicatorData data, String indicator, String code) {
        TerritoryValues tv = new TerritoryValues(data);
        List<Point> out = new ArrayList<>();
        for (int y : data.years(indicator)) {
            if (y < FIRST || y > LAST) continue;
            Territory t = Territory.forYear(y);
            Double nat = data.get(indicator, y, "00").filter(Observation::onCurrentTerritory).map(Observation::value).orElse(null);
            Map<String, Double> all = tv.values(t, indicator, y);
            Double v = t.units().contains(code) ? tv.figure(t, indicator, y, code).map(TerritoryFigure::value).orElse(null) : null;
            Integer rank = null;
            if (v != null) {
                int higher = 0;
                for (double x : all.values()) if (x > v) higher++;
                rank = higher + 1;
            }
            out.add(new Point(y, v, nat, rank, all.size(), t));
        }
        return out;
    }

    /**
     * What a reader must know about the region's line: when its unit was formed (and what it was
     * part of before), and the years in which its code covered a larger territory.
     */
    public static List<String> notes(String code, Messages m) {
        String lang = m.lang();
        RegionCatalog c = RegionCatalog.bundled();
        java.util.function.Function<String, String> name = k -> c.byKato(k).map(r -> r.name(lang)).orElse(k);
        List<String> notes = new ArrayList<>();
        OptionalInt formed = Territory.splitYear(code);
        if (formed.isPresent()) {
            String parent = Territory.parents().get(code);
            notes.add(m.format("history.note.formed", name.apply(code), String.valueOf(formed.getAsInt()),
                    name.apply(parent == null ? code : parent)));
        }
        // consecutive territories on which the code covers the same larger unit read as one period
        List<String> prevOthers = null;
        int from = 0, to = 0;
        for (Territory t : Territory.values()) {
            List<String> others = new ArrayList<>();
            if (t.units().contains(code) && t.isMerged(code)) {
                for (String k : t.components(code)) if (!k.equals(code)) others.add(name.apply(k));
            }
            int f = Math.max(FIRST, t.firstYear()), l = Math.min(LAST, t.lastYear());
            if (others.isEmpty() || f > l) {
                if (prevOthers != null) notes.add(larger(m, name.apply(code), from, to, prevOthers));
                prevOthers = null;
                continue;
            }
            if (others.equals(prevOthers)) { to = l; continue; }
            if (prevOthers != null) notes.add(larger(m, name.apply(code), from, to, prevOthers));
            prevOthers = others;
            from = f;
            to = l;
        }
        if (prevOthers != null) notes.add(larger(m, name.apply(code), from, to, prevOthers));
        return notes;
    }

    private static String larger(Messages m, String name, int from, int to, List<String> others) {
        return m.format("history.note.larger", name, from + "–" + to, String.join(", ", others));
    }
}
