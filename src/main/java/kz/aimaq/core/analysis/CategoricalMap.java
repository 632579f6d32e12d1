package kz.aimaq.core.analysis;

import kz.aimaq.core.stats.Lisa;
import kz.aimaq.core.stats.LisaClass;

import java.util.*;

/**
 * What a categorical map needs from an analysis: a class code per region and, per code, a colour
 * and a label with its count. The map painter and the legend read this; they need not know
 * whether it came from a typology or a LISA.
 *
 * @param title      legend title (already localised)
 * @param classes    region code → category code
 * @param categories legend entries in display order
 */
public record CategoricalMap(String title, Map<String, Integer> classes, List<Category> categories) {

    /** One legend entry. */
    public record Category(int code, String color, String label, int count) {}

    public CategoricalMap {
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        categories = List.copyOf(categories);
    }

    public Optional<Category> category(int code) {
        return categories.stream().filter(c -> c.code() == code).findFirst();
    }

    /** The colour of a region, or empty when it has no class (draw it as no data). */
    public Optional<String> colorOf(String region) {
        Integer c = classes.get(region);
        return c == null ? Optional.empty() : category(c).map(Category::color);
    }

    /** LISA clusters; every class is listed so the legend does not jump between maps. */
    public static CategoricalMap of(Lisa.Result lisa, String title, String lang) {
        Map<LisaClass, Integer> counts = lisa.counts();
        List<Category> cats = new ArrayList<>();
        for (LisaClass c : List.of(LisaClass.HIGH_HIGH, LisaClass.LOW_LOW, LisaClass.LOW_HIGH, LisaClass.HIGH_LOW,
                LisaClass.NOT_SIGNIFICANT, LisaClass.ISOLATED)) {
            // "isolated" only appears when the weights leave a region without neighbours
            if (c == LisaClass.ISOLATED && counts.get(c) == 0) continue;
            cats.add(new Category(c.code(), c.color(), c.label(lang), counts.get(c)));
        }
        return new CategoricalMap(title, lisa.classCodes(), cats);
    }

    /** Region types; codes are the {@link RegionType} ordinals. "No data" is listed only when used. */
    public static CategoricalMap of(Typology.Result typology, String title, String lang) {
        Map<RegionType, Integer> counts = typology.counts();
        Map<String, Integer> classes = new LinkedHashMap<>();
        typology.types().forEach((code, t) -> classes.put(code, t.ordinal()));
        List<Category> cats = new ArrayList<>();
        for (RegionType t : RegionType.values()) {
            if (t == RegionType.NO_DATA && counts.get(t) == 0) continue;
            cats.add(new Category(t.ordinal(), t.color(), t.label(lang), counts.get(t)));
        }
        return new CategoricalMap(title, classes, cats);
    }
}
