package kz.aimaq.core.passport;

import kz.aimaq.core.analysis.RegionType;
import kz.aimaq.core.analysis.Typology;
import kz.aimaq.core.analysis.TypologyThresholds;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.group.Group;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.stats.SpatialWeights;
import kz.aimaq.core.territory.Territory;
import kz.aimaq.core.territory.TerritoryFigure;
import kz.aimaq.core.territory.TerritoryValues;

import java.util.*;

/**
 * Builds {@link RegionPassport}s from the indicator tables. The rules, stated once:
 * <ul>
 *   <li><b>Latest year</b>: for each key indicator, the latest year in which the region itself
 *       (its code on that year's territory) has a value; the year is printed beside the figure.</li>
 *   <li><b>Rank</b>: 1 = the highest value among the regions with a value in that year on that
 *       year's territory (for unemployment and poverty too: rank 1 is the highest rate); ties share
 *       the better rank. "of N" counts those regions.</li>
 *   <li><b>Trends</b>: each year on the territory of that year ({@link TerritoryValues}), so a region
 *       created in 2018 or 2022 has no value before, and its line starts then; a parent oblast's line
 *       shows its former, larger territory before the split. Nothing is back-cast.</li>
 *   <li><b>Sources</b>: every figure shown (region, national, each input of an aggregated figure)
 *       contributes the source column of its observations; they are deduplicated and numbered in the
 *       order the page first uses them.</li>
 * </ul>
 * Macro-region: the default grouping ({@code five}); typology: {@link Typology} over its default
 * period with the default thresholds (as the {@code typology} command).
 */
public final class RegionPassports {

    /** Key figures, in the order of the page. */
    public static final List<String> KEY_INDICATORS = List.of("population_avg", "area_km2", "urban_share_pct", "grp",
            "grp_per_capita", "grp_volume_index", "unemployment_rate", "poverty_below_subsistence_min_pct");

    /** Trend panels: GRP per capita, unemployment, poverty, population. */
    public static final List<String> TREND_INDICATORS = List.of("grp_per_capita", "unemployment_rate",
            "poverty_below_subsistence_min_pct", "population_avg");

    public static final int TREND_FROM = 2010, TREND_TO = 2025;

    private final IndicatorData data;
    private final TerritoryValues territoryValues;
    private final SpatialWeights contiguity;
    private final Grouping grouping;
    private final Typology.Result typology;
    private final RegionCatalog catalog = RegionCatalog.bundled();

    /**
     * @param contiguity queen contiguity of today's 20 regions (for the neighbours)
     */
    public RegionPassports(IndicatorData data, SpatialWeights contiguity) {
        this.data = Objects.requireNonNull(data);
        this.territoryValues = new TerritoryValues(data);
        this.contiguity = Objects.requireNonNull(contiguity);
        this.grouping = Groupings.defaultGrouping();
        int[] period = Typology.defaultPeriod(data, Territory.TODAY);
        this.typology = Typology.compute(data, period[0], period[1], Territory.TODAY, TypologyThresholds.DEFAULT);
    }

    /** Today's 20 regions in KATO order: the atlas's pages. */
    public static List<String> regions() { return Territory.TODAY; }

    /** The passport of one of today's regions (a KATO code, "43" or "431010000"). */
    public RegionPassport build(String code, String lang) {
        Messages m = Messages.of(lang);
        lang = m.lang();
        String kato = RegionCatalog.normaliseKato(code);
        if (!Territory.TODAY.contains(kato)) {
            throw new InvalidInputException("core.passport.unknownRegion", code, String.join(", ", Territory.TODAY));
        }
        Region region = catalog.require(kato);
        Sources sources = new Sources();

        List<RegionPassport.KeyFigure> figures = new ArrayList<>();
        for (String id : KEY_INDICATORS) keyFigure(id, kato, lang, m, sources).ifPresent(figures::add);

        List<RegionPassport.Trend> trends = new ArrayList<>();
        for (String id : TREND_INDICATORS) trend(id, kato, lang, m, sources).ifPresent(trends::add);

        List<String> neighbourCodes = contiguity.neighbours(kato).stream().filter(Territory.TODAY::contains).sorted().toList();
        List<String> neighbours = new ArrayList<>();
        for (String n : neighbourCodes) neighbours.add(catalog.require(n).name(lang));

        String macro = grouping.groupOf(kato).map(g -> g.name(m.lang())).orElse(m.get("passport.noGroup"))
                + " (" + grouping.name(m.lang()) + ")";
        RegionType type = typology.types().getOrDefault(kato, RegionType.NO_DATA);
        String typ = m.format("passport.typologyValue", type.label(lang), String.valueOf(typology.from()), String.valueOf(typology.to()));

        List<String> notes = new ArrayList<>();
        notes.add(m.get("passport.rankRule"));
        notes.addAll(trendNotes(kato, region, m));
        notes.add(m.format("passport.typologyRule", String.valueOf(typology.from()), String.valueOf(typology.to())));
        return new RegionPassport(kato, lang, region.name(lang), region.shortName(lang), macro, typ, neighbours, neighbourCodes,
                figures, trends, notes, sources.list());
    }

    /** The region's group in the passport's grouping (the default one). */
    public Optional<Group> group(String kato) { return grouping.groupOf(kato); }

    private Optional<RegionPassport.KeyFigure> keyFigure(String id, String kato, String lang, Messages m, Sources sources) {
        Optional<Indicator> ind = data.catalog().byId(id);
        if (ind.isEmpty()) return Optional.empty();
        List<Integer> years = new ArrayList<>(data.years(id));
        Collections.reverse(years);
        for (int y : years) {
            Territory t = Territory.forYear(y);
            if (!t.units().contains(kato) || t.isMerged(kato)) continue; // the region itself, not a larger predecessor
            Optional<TerritoryFigure> f = territoryValues.figure(t, id, y, kato);
            if (f.isEmpty()) continue;
            double v = f.get().value();
            Map<String, Double> all = territoryValues.values(t, id, y);
            int rank = 1;
            for (double other : all.values()) if (other > v) rank++;
            int of = all.size();
            List<Integer> nums = new ArrayList<>(sources.add(f.get().inputs()));
            Optional<Observation> nat = data.get(id, y, Region.NATIONAL).filter(Observation::onCurrentTerritory);
            nat.ifPresent(o -> nums.addAll(sources.add(List.of(o))));
            int dec = ind.get().decimals();
            String national = nat.map(o -> NumberFormats.format(o.value(), dec, lang)).orElse(NumberFormats.NO_VALUE);
            return Optional.of(new RegionPassport.KeyFigure(id, ind.get().name(lang), ind.get().unit(lang), y, v,
                    NumberFormats.format(v, dec, lang), national, rank, of,
                    m.format("passport.rankOf", String.valueOf(rank), String.valueOf(of)), distinct(nums)));
        }
        return Optional.empty();
    }

    private Optional<RegionPassport.Trend> trend(String id, String kato, String lang, Messages m, Sources sources) {
        Optional<Indicator> ind = data.catalog().byId(id);
        if (ind.isEmpty()) return Optional.empty();
        boolean total = ind.get().isExtensive();
        int n = TREND_TO - TREND_FROM + 1;
        double[] x = new double[n], r = new double[n], nat = new double[n];
        List<Integer> nums = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int y = TREND_FROM + i;
            x[i] = y;
            r[i] = Double.NaN;
            nat[i] = Double.NaN;
            Territory t = Territory.forYear(y);
            // the unit of that year's territory that is this region: itself, or its larger predecessor of the same code
            if (t.units().contains(kato)) {
                Optional<TerritoryFigure> f = territoryValues.figure(t, id, y, kato);
                if (f.isPresent()) {
                    r[i] = f.get().value();
                    first = Math.min(first, y);
                    nums.addAll(sources.add(f.get().inputs()));
                }
            }
            if (!total) {
                Optional<Observation> o = data.get(id, y, Region.NATIONAL).filter(Observation::onCurrentTerritory);
                if (o.isPresent()) {
                    nat[i] = o.get().value();
                    nums.addAll(sources.add(List.of(o.get())));
                }
            }
        }
        if (first == Integer.MAX_VALUE) return Optional.empty();
        String title = ind.get().name(lang) + ", " + ind.get().unit(lang);
        return Optional.of(new RegionPassport.Trend(id, title, Math.min(ind.get().decimals(), 1), x, r, nat, first, distinct(nums)));
    }

    /** When a line starts later, or shows a former territory, the page says so. */
    private List<String> trendNotes(String kato, Region region, Messages m) {
        List<String> notes = new ArrayList<>();
        String shortName = region.shortName(m.lang());
        OptionalInt split = Territory.splitYear(kato);
        if (split.isPresent() && split.getAsInt() > TREND_FROM) {
            String parent = catalog.require(Territory.parents().get(kato)).name(m.lang());
            notes.add(m.format("passport.note.startsIn", shortName, String.valueOf(split.getAsInt()), parent));
        }
        List<String> children = new ArrayList<>();
        int splitYear = 0;
        for (var e : Territory.parents().entrySet()) {
            if (e.getValue().equals(kato)) {
                children.add(catalog.require(e.getKey()).name(m.lang()));
                splitYear = Territory.splitYear(e.getKey()).orElse(0);
            }
        }
        if (!children.isEmpty()) {
            notes.add(m.format("passport.note.formerBorders", shortName, String.valueOf(splitYear), String.join(", ", children)));
        }
        if (TREND_INDICATORS.stream().anyMatch(id -> data.catalog().byId(id).map(Indicator::isExtensive).orElse(false))) {
            notes.add(m.get("passport.note.noNationalTotal"));
        }
        return notes;
    }

    private static List<Integer> distinct(List<Integer> nums) {
        return List.copyOf(new TreeSet<>(nums));
    }

    /** Deduplicated sources, numbered from 1 in the order of first use. */
    private static final class Sources {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        List<Integer> add(List<Observation> obs) {
            List<Integer> out = new ArrayList<>();
            for (Observation o : obs) {
                String s = o.source() == null || o.source().isBlank() ? "—" : o.source().strip();
                out.add(numbers.computeIfAbsent(s, k -> numbers.size() + 1));
            }
            return out;
        }

        List<String> list() { return List.copyOf(numbers.keySet()); }
    }
}
