package kz.aimaq.core.territory;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.data.Ratio;

import java.util.*;

/**
 * The value of an indicator in a year on the units of a chosen territory.
 *
 * <p>Rule, for a unit U of territory T in year Y:
 * <ol>
 *   <li>If U is one of today's units unchanged (Akmola, Astana, ...), its current-territory
 *       observation, else nothing.</li>
 *   <li>If U is larger than today's unit of that code (East Kazakhstan with Abai before 2022,
 *       South Kazakhstan 51), the figure published for that old territory where one exists
 *       (boundary {@code pre-2022} or {@code pre-2018} in datasets/indicators.csv);</li>
 *   <li>else aggregated from today's component units, each of which must have a current-territory
 *       value, with the catalogue's rule: {@code sum} for totals; for rates, the ratio of sums when
 *       the indicator is a ratio of two others ({@link Ratio}, e.g. GRP per capita = Σ GRP / Σ
 *       population), else the mean weighted by population ({@code population_weighted_mean}), GRP
 *       ({@code grp_weighted_mean}) or area ({@code area_weighted_mean}) of the components.
 *       Indicators with aggregation {@code none} are not aggregated.</li>
 * </ol>
 * A missing component makes the unit missing: a partial sum would be silently wrong. A value whose
 * territory the source does not state (boundary {@code unstated}) is used for no unit.
 */
public final class TerritoryValues {

    private final IndicatorData data;

    public TerritoryValues(IndicatorData data) {
        this.data = Objects.requireNonNull(data);
    }

    /** The figure for one unit, or empty when neither a published value nor all components exist. */
    public Optional<TerritoryFigure> figure(Territory t, String indicator, int year, String unit) {
        if (!t.isMerged(unit)) {
            return data.get(indicator, year, unit).filter(Observation::onCurrentTerritory)
                    .map(o -> new TerritoryFigure(unit, o.value(), TerritoryFigure.How.PUBLISHED, "published", List.of(o)));
        }
        Optional<Observation> published = data.get(indicator, year, unit).filter(Observation::onOldTerritory);
        if (published.isPresent()) {
            Observation o = published.get();
            return Optional.of(new TerritoryFigure(unit, o.value(), TerritoryFigure.How.PUBLISHED, "published", List.of(o)));
        }
        return aggregate(indicator, year, unit, t.components(unit));
    }

    /** Code → figure for every unit of the territory that has one (units without a value are absent). */
    public Map<String, TerritoryFigure> figures(Territory t, String indicator, int year) {
        Map<String, TerritoryFigure> m = new LinkedHashMap<>();
        for (String u : t.units()) figure(t, indicator, year, u).ifPresent(f -> m.put(u, f));
        return m;
    }

    /**
     * Code → value for every unit of the territory that has one: {@code values(Territory.forYear(y), id, y)}
     * is "the year on its own territory". (Here rather than on IndicatorData, so that core.data does
     * not depend on this package: core packages form no cycles.)
     */
    public Map<String, Double> values(Territory t, String indicator, int year) {
        Map<String, Double> m = new LinkedHashMap<>();
        figures(t, indicator, year).forEach((k, f) -> m.put(k, f.value()));
        return m;
    }

    private Optional<TerritoryFigure> aggregate(String indicator, int year, String unit, List<String> parts) {
        Optional<Indicator> ind = data.catalog().byId(indicator);
        if (ind.isEmpty() || parts.isEmpty()) return Optional.empty();
        Optional<Ratio> ratio = data.catalog().ratio(indicator);
        Indicator.Aggregation agg = ind.get().aggregation();
        if (ratio.isPresent() && agg != Indicator.Aggregation.SUM && agg != Indicator.Aggregation.NONE) {
            return ratioOfSums(ratio.get(), year, unit, parts);
        }
        return switch (agg) {
            case SUM -> sum(indicator, year, unit, parts);
            case POPULATION_WEIGHTED_MEAN -> weighted(indicator, year, unit, parts, "population_avg", "population-weighted mean");
            case GRP_WEIGHTED_MEAN -> weighted(indicator, year, unit, parts, "grp", "GRP-weighted mean");
            case AREA_WEIGHTED_MEAN -> weighted(indicator, year, unit, parts, "area_km2", "area-weighted mean");
            case NONE -> Optional.empty();
        };
    }

    private Optional<TerritoryFigure> sum(String indicator, int year, String unit, List<String> parts) {
        List<Observation> in = currentValues(indicator, year, parts);
        if (in == null) return Optional.empty();
        double s = 0;
        for (Observation o : in) s += o.value();
        return Optional.of(new TerritoryFigure(unit, s, TerritoryFigure.How.AGGREGATED, "sum of " + String.join(", ", parts), in));
    }

    private Optional<TerritoryFigure> weighted(String indicator, int year, String unit, List<String> parts,
                                               String weightIndicator, String words) {
        List<Observation> in = currentValues(indicator, year, parts);
        // Area is published once (labelled 2024) and does not change with the year: use its latest value.
        int weightYear = "area_km2".equals(weightIndicator) ? latestYear(weightIndicator).orElse(year) : year;
        List<Observation> w = currentValues(weightIndicator, weightYear, parts);
        if (in == null || w == null) return Optional.empty();
        double num = 0, den = 0;
        for (int i = 0; i < in.size(); i++) {
            num += in.get(i).value() * w.get(i).value();
            den += w.get(i).value();
        }
        if (den <= 0) return Optional.empty();
        List<Observation> all = new ArrayList<>(in);
        all.addAll(w);
        return Optional.of(new TerritoryFigure(unit, num / den, TerritoryFigure.How.AGGREGATED,
                words + " of " + String.join(", ", parts) + " (weights: " + weightIndicator + " " + weightYear + ")", all));
    }

    private Optional<TerritoryFigure> ratioOfSums(Ratio r, int year, String unit, List<String> parts) {
        List<Observation> num = currentValues(r.numerator(), year, parts);
        int denYear = "area_km2".equals(r.denominator()) ? latestYear(r.denominator()).orElse(year) : year;
        List<Observation> den = currentValues(r.denominator(), denYear, parts);
        if (num == null || den == null) return Optional.empty();
        double n = 0, d = 0;
        for (Observation o : num) n += o.value();
        for (Observation o : den) d += o.value();
        if (d <= 0) return Optional.empty();
        List<Observation> all = new ArrayList<>(num);
        all.addAll(den);
        return Optional.of(new TerritoryFigure(unit, n / d * r.factor(), TerritoryFigure.How.AGGREGATED,
                "ratio of sums " + r + " over " + String.join(", ", parts), all));
    }

    /** The current-territory observations of all parts in that order, or null when one is missing. */
    private List<Observation> currentValues(String indicator, int year, List<String> parts) {
        List<Observation> in = new ArrayList<>(parts.size());
        for (String p : parts) {
            Optional<Observation> o = data.get(indicator, year, p).filter(Observation::onCurrentTerritory);
            if (o.isEmpty()) return null;
            in.add(o.get());
        }
        return in;
    }

    private OptionalInt latestYear(String indicator) {
        List<Integer> ys = data.years(indicator);
        return ys.isEmpty() ? OptionalInt.empty() : OptionalInt.of(ys.getLast());
    }
}
