package kz.aimaq.core.analysis;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.Observation;

import java.util.*;

/**
 * A computed composite index: one score per region with complete data, its rank, the breakdown
 * by component and the rank range under ±20% weight changes. Regions with a missing input are
 * listed in {@code missing} (indicator ids per region) and have no score.
 *
 * @param scores  regions with a score, in the order the codes were given
 * @param missing regions left out, with the indicators they lack
 */
public record IndexResult(IndexSpec spec, int year, List<RegionScore> scores, Map<String, List<String>> missing) {

    public IndexResult {
        scores = List.copyOf(scores);
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }

    /**
     * One region's index.
     *
     * @param rank    1 = best; tied scores share the better rank
     * @param rankMin best rank reached when the weights move by ±20%
     * @param rankMax worst rank reached when the weights move by ±20%
     * @param parts   the components in spec order
     */
    public record RegionScore(String code, double score, int rank, int rankMin, int rankMax, List<Part> parts) {
        public RegionScore { parts = List.copyOf(parts); }

        /** The component with the lowest normalised score: the one that pulls this region down most. */
        public Part weakest() {
            return parts.stream().min(Comparator.comparingDouble(Part::normalised)).orElseThrow();
        }
    }

    /**
     * One component of a region's index.
     *
     * @param value        the indicator's value as published
     * @param normalised   its score on the common scale (higher = better whatever the direction)
     * @param weightShare  the component's weight divided by the sum of weights
     * @param contribution its share of the index: weightShare × normalised for the arithmetic mean;
     *                     weightShare × ln(score) for the geometric one (the index is exp of their sum)
     */
    public record Part(String indicator, double value, double normalised, double weightShare, double contribution) {}

    public Optional<RegionScore> score(String code) {
        return scores.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Scores by region code, for a choropleth. */
    public Map<String, Double> values() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (RegionScore s : scores) m.put(s.code(), s.score());
        return m;
    }

    /** What the scale of the score is, for the legend and the table. */
    public String unit(String lang) {
        boolean ru = "ru".equals(lang), kk = "kk".equals(lang);
        return switch (spec.normalisation()) {
            case MIN_MAX -> spec.aggregation() == IndexSpec.Aggregation.GEOMETRIC
                    ? (ru ? "индекс (1–100)" : kk ? "индекс (1–100)" : "index (1–100)")
                    : (ru ? "индекс (0–100)" : kk ? "индекс (0–100)" : "index (0–100)");
            case Z_SCORE -> ru ? "z-оценка" : kk ? "z-бағасы" : "z-score";
            case RANK -> ru ? "средний ранг" : kk ? "орташа ранг" : "mean rank";
        };
    }

    /** Where the index's figures come from, in {@code lang}: for the map's source line. */
    public static String source(String lang) { return kz.aimaq.core.i18n.Messages.of(lang).get("core.index.source"); }

    /** The index as an indicator for the catalogue, so it can be mapped and tabled like any other. */
    public Indicator asIndicator() {
        return new Indicator(spec.id(), spec.nameEn(), spec.nameRu(), spec.nameKk(),
                unit("en"), unit("ru"), unit("kk"), Indicator.Kind.INTENSIVE, Indicator.Aggregation.NONE,
                Indicator.Direction.HIGHER, 1,
                "Composite index of " + String.join(", ", spec.indicators()) + " (" + spec.normalisation().json()
                        + ", " + spec.aggregation().json() + " mean)",
                "Aimaq composite index");
    }

    /** The scores as observations of {@link #asIndicator()} in the index's year. */
    public List<Observation> asObservations() {
        List<Observation> list = new ArrayList<>();
        for (RegionScore s : scores) {
            list.add(new Observation(s.code(), year, spec.id(), s.score(), unit("en"), Observation.Boundary.CURRENT,
                    "Aimaq composite index", "computed from " + String.join(", ", spec.indicators()) + " for " + year));
        }
        return list;
    }
}
