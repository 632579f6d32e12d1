package kz.aimaq.core.analysis;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.stats.GetisOrd;
import kz.aimaq.core.stats.Lisa;
import kz.aimaq.core.stats.LocalGeary;
import kz.aimaq.core.stats.Significance;

import java.util.*;

/**
 * The local statistics of issue 17 as {@link CategoricalMap}s, the form the map layers take: a
 * significance map beside the LISA cluster map, Getis–Ord G_i* hot and cold spots, and local Geary
 * clusters. Bivariate LISA is a {@link Lisa.Result} and uses {@link CategoricalMap#of(Lisa.Result,
 * String, String)}; a regionalisation has {@code Regionalisation.toCategoricalMap}. Every class is
 * listed (so the legend does not jump between maps) except "no neighbours", listed only when used.
 * Labels come from the shared bundles.
 */
public final class SpatialStatisticMaps {
    private SpatialStatisticMaps() {}

    /** The bands of the LISA's p-values under its α; codes are {@link Significance#code()}. */
    public static CategoricalMap significance(Lisa.Result lisa, String title, String lang) {
        Messages m = Messages.of(lang);
        Map<String, Significance> bands = lisa.significance();
        Map<String, Integer> classes = new LinkedHashMap<>();
        Map<Significance, Integer> counts = new EnumMap<>(Significance.class);
        for (Significance s : Significance.values()) counts.put(s, 0);
        bands.forEach((code, s) -> { classes.put(code, s.code()); counts.merge(s, 1, Integer::sum); });
        List<CategoricalMap.Category> cats = new ArrayList<>();
        for (Significance s : List.of(Significance.P001, Significance.P01, Significance.P05, Significance.NOT_SIGNIFICANT)) {
            if (s != Significance.NOT_SIGNIFICANT && s.level() > lisa.alpha()) continue; // bands above α cannot occur
            cats.add(new CategoricalMap.Category(s.code(), s.color(), m.get(s.key()), counts.get(s)));
        }
        return new CategoricalMap(title, classes, cats);
    }

    public static CategoricalMap hotSpots(GetisOrd.Result gi, String title, String lang) {
        Messages m = Messages.of(lang);
        Map<GetisOrd.Spot, Integer> counts = gi.counts();
        List<CategoricalMap.Category> cats = new ArrayList<>();
        for (GetisOrd.Spot s : List.of(GetisOrd.Spot.HOT, GetisOrd.Spot.COLD, GetisOrd.Spot.NOT_SIGNIFICANT, GetisOrd.Spot.ISOLATED)) {
            if (s == GetisOrd.Spot.ISOLATED && counts.get(s) == 0) continue;
            cats.add(new CategoricalMap.Category(s.code(), s.color(), m.get(s.key()), counts.get(s)));
        }
        return new CategoricalMap(title, gi.classCodes(), cats);
    }

    public static CategoricalMap localGeary(LocalGeary.Result geary, String title, String lang) {
        Messages m = Messages.of(lang);
        Map<LocalGeary.Cluster, Integer> counts = geary.counts();
        List<CategoricalMap.Category> cats = new ArrayList<>();
        for (LocalGeary.Cluster c : List.of(LocalGeary.Cluster.HIGH_HIGH, LocalGeary.Cluster.LOW_LOW, LocalGeary.Cluster.OTHER_POSITIVE,
                LocalGeary.Cluster.NEGATIVE, LocalGeary.Cluster.NOT_SIGNIFICANT, LocalGeary.Cluster.ISOLATED)) {
            if (c == LocalGeary.Cluster.ISOLATED && counts.get(c) == 0) continue;
            cats.add(new CategoricalMap.Category(c.code(), c.color(), m.get(c.key()), counts.get(c)));
        }
        return new CategoricalMap(title, geary.classCodes(), cats);
    }
}
