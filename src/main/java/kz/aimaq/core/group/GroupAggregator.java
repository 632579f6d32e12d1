package kz.aimaq.core.group;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.territory.Territory;
import kz.aimaq.core.territory.TerritoryValues;

import java.util.*;

/**
 * Figures of macro-regions from the figures of their regions.
 *
 * <p>Each indicator is aggregated by the rule its catalogue entry declares
 * ({@link Indicator#aggregation()}): extensive indicators (population, GRP) are summed; rates and
 * per-capita values are means weighted by population, GRP or area, so that a group's GRP per capita
 * equals its total GRP over its total population, not the mean of its regions' ratios.
 * Members are units of one territory ({@link Territory}; today's 20 unless another is given, with
 * the grouping mapped by {@link Grouping#onTerritory}); a member's value is the one on that
 * territory ({@link TerritoryValues}: published for an old unit, else aggregated from today's
 * units). A member without one makes the group's value incomplete ({@link Aggregate}).
 *
 * <p>GRP-weighted means use the same year's nominal GRP. For the real growth index this is an
 * approximation (the exact Laspeyres weight is the previous year's GRP); it is what the data allow
 * in the first year of a series.
 */
public final class GroupAggregator {

    public static final String POPULATION = "population_avg";
    public static final String GRP = "grp";
    public static final String AREA = "area_km2";

    private final IndicatorData data;
    private final TerritoryValues values;
    private final Territory territory;
    private final List<String> country;
    /** Area by code when given (e.g. from the geometry); otherwise the catalogue's area_km2. */
    private final Map<String, Double> areas;

    /** Areas from the data's {@code area_km2} indicator (a secondary source, one vintage). */
    public GroupAggregator(IndicatorData data) {
        this(data, null);
    }

    /** @param areasKm2 area by two-digit code, e.g. {@code MapRegion.areaKm2()} of the region layer; null = from data */
    public GroupAggregator(IndicatorData data, Map<String, Double> areasKm2) {
        this(data, areasKm2, Territory.FROM_2022);
    }

    /**
     * Groups of the units of a territory (pass a grouping mapped with {@link Grouping#onTerritory}).
     *
     * @param areasKm2 area by code of that territory's units (e.g. its layer's polygons); null = from data
     */
    public GroupAggregator(IndicatorData data, Map<String, Double> areasKm2, Territory territory) {
        this.data = data;
        this.values = new TerritoryValues(data);
        this.territory = territory;
        this.country = territory == Territory.FROM_2022
                ? RegionCatalog.bundled().current().stream().map(Region::kato).toList() : territory.units();
        this.areas = areasKm2 == null ? null : Map.copyOf(areasKm2);
    }

    /** The territory whose units the groups are made of. */
    public Territory territory() { return territory; }

    /** A unit's value on this aggregator's territory. */
    private OptionalDouble value(String indicator, int year, String unit) {
        return values.figure(territory, indicator, year, unit)
                .map(f -> OptionalDouble.of(f.value())).orElse(OptionalDouble.empty());
    }

    /** Whether {@link #aggregate} can give a group value for this indicator. */
    public static boolean canAggregate(Indicator indicator) {
        return indicator.aggregation() != Indicator.Aggregation.NONE;
    }

    /** One row per group, in grouping order, then an "ungrouped" row if any region is in no group. */
    public List<GroupSummary> summary(Grouping grouping, int year) {
        List<Group> rows = new ArrayList<>(grouping.groups());
        List<String> ungrouped = grouping.ungrouped(country);
        if (!ungrouped.isEmpty()) {
            rows.add(new Group(GroupingFiles.UNGROUPED_ID, "Ungrouped", "Без группы", "Топсыз", GroupPalette.UNGROUPED, ungrouped));
        }
        Aggregate popTotal = sum(POPULATION, year, country);
        Aggregate areaTotal = area(country);
        Aggregate grpTotal = sum(GRP, year, country);
        List<GroupSummary> out = new ArrayList<>();
        for (Group g : rows) {
            Aggregate pop = sum(POPULATION, year, g.members());
            Aggregate area = area(g.members());
            Aggregate grp = sum(GRP, year, g.members());
            out.add(new GroupSummary(g, year, pop, area, grp,
                    share(pop, popTotal), share(area, areaTotal), share(grp, grpTotal), perCapita(grp, pop)));
        }
        return out;
    }

    /** The group's value of an indicator by the catalogue's aggregation rule. */
    public Aggregate aggregate(Group group, Indicator indicator, int year) {
        return switch (indicator.aggregation()) {
            case SUM -> indicator.id().equals(AREA) ? area(group.members()) : sum(indicator.id(), year, group.members());
            case POPULATION_WEIGHTED_MEAN -> weightedMean(indicator.id(), year, group.members(), k -> value(POPULATION, year, k));
            case GRP_WEIGHTED_MEAN -> weightedMean(indicator.id(), year, group.members(), k -> value(GRP, year, k));
            case AREA_WEIGHTED_MEAN -> weightedMean(indicator.id(), year, group.members(), this::areaOf);
            case NONE -> throw new InvalidInputException("core.group.notCombinable", (kz.aimaq.core.i18n.Text.Word) indicator::name);
        };
    }

    /** The indicator for every group of a grouping, keyed by group id (grouping order). */
    public Map<String, Aggregate> aggregate(Grouping grouping, Indicator indicator, int year) {
        Map<String, Aggregate> m = new LinkedHashMap<>();
        for (Group g : grouping.groups()) m.put(g.id(), aggregate(g, indicator, year));
        return m;
    }

    private Aggregate sum(String indicator, int year, List<String> members) {
        double s = 0;
        List<String> missing = new ArrayList<>();
        for (String k : members) {
            OptionalDouble v = value(indicator, year, k);
            if (v.isPresent()) s += v.getAsDouble(); else missing.add(k);
        }
        return new Aggregate(s, missing);
    }

    private Aggregate area(List<String> members) {
        double s = 0;
        List<String> missing = new ArrayList<>();
        for (String k : members) {
            OptionalDouble v = areaOf(k);
            if (v.isPresent()) s += v.getAsDouble(); else missing.add(k);
        }
        return new Aggregate(s, missing);
    }

    /**
     * Area does not vary by year in our data: one vintage (2024) describes today's territory, so
     * an older unit's area is the sum of its present-day components' areas.
     */
    private OptionalDouble areaOf(String kato) {
        if (areas != null) {
            Double a = areas.get(kato);
            return a == null ? OptionalDouble.empty() : OptionalDouble.of(a);
        }
        List<String> parts = territory.components(kato);
        if (parts.isEmpty()) parts = List.of(kato);
        double sum = 0;
        for (String part : parts) {
            SortedMap<Integer, Double> s = data.series(AREA, part);
            if (s.isEmpty()) return OptionalDouble.empty();
            sum += s.get(s.lastKey());
        }
        return OptionalDouble.of(sum);
    }

    private Aggregate weightedMean(String indicator, int year, List<String> members,
                                   java.util.function.Function<String, OptionalDouble> weight) {
        double num = 0, den = 0;
        List<String> missing = new ArrayList<>();
        for (String k : members) {
            OptionalDouble v = value(indicator, year, k);
            OptionalDouble w = weight.apply(k);
            if (v.isEmpty() || w.isEmpty()) { missing.add(k); continue; }
            num += v.getAsDouble() * w.getAsDouble();
            den += w.getAsDouble();
        }
        if (members.isEmpty() || den == 0) return new Aggregate(Double.NaN, missing);
        return new Aggregate(num / den, missing);
    }

    private static double share(Aggregate part, Aggregate whole) {
        if (!part.complete() || !whole.complete() || whole.value() == 0) return Double.NaN;
        return part.value() / whole.value() * 100;
    }

    /** million KZT / persons × 1000 = thousand KZT per person, the unit BNS publishes. */
    private static Aggregate perCapita(Aggregate grp, Aggregate pop) {
        List<String> missing = new ArrayList<>(grp.missing());
        pop.missing().stream().filter(k -> !missing.contains(k)).forEach(missing::add);
        if (!missing.isEmpty() || pop.value() == 0 || Double.isNaN(pop.value())) return new Aggregate(Double.NaN, missing);
        return Aggregate.of(grp.value() / pop.value() * 1000);
    }
}
