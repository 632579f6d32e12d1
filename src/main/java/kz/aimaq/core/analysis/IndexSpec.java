package kz.aimaq.core.analysis;

import kz.aimaq.core.i18n.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorCatalog;

import java.util.*;

/**
 * What a composite index is made of: the indicators, whether more of each is better or worse,
 * their weights, how each is put on a common scale and how the scales are combined. A plain
 * value, saved as JSON with the user's work (see {@link IndexSpecJson}):
 * <pre>
 * {"id": "development", "nameEn": "Development index",
 *  "normalisation": "min-max", "aggregation": "arithmetic",
 *  "components": [{"indicator": "grp_per_capita", "weight": 2},
 *                 {"indicator": "unemployment_rate", "direction": "lower", "weight": 1}]}
 * </pre>
 * A component without a direction takes the catalogue's "higher is better" flag ({@link #resolve}).
 *
 * @param id            indicator id of the result (letters, digits, '_' or '-')
 * @param normalisation how each indicator is put on a common scale
 * @param aggregation   how the normalised scores are combined
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexSpec(String id, String nameEn, String nameRu, String nameKk,
                        List<Component> components, Normalisation normalisation, Aggregation aggregation) {

    /** One indicator in the index; weights are relative (they need not sum to 1). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String indicator, Direction direction, Double weight) {
        public Component {
            if (indicator == null || indicator.isBlank()) throw new InvalidInputException("core.index.noIndicator");
            if (weight == null) weight = 1.0;
            if (!(weight > 0) || !Double.isFinite(weight))
                throw new InvalidInputException("core.index.weight", indicator, weight);
        }

        public Component(String indicator, Direction direction, double weight) {
            this(indicator, direction, Double.valueOf(weight));
        }

        public Component withWeight(double w) { return new Component(indicator, direction, w); }
    }

    public enum Direction implements Word {
        HIGHER_IS_BETTER("higher"), LOWER_IS_BETTER("lower");
        private final String json;
        Direction(String json) { this.json = json; }
        @JsonValue public String json() { return json; }
        @JsonCreator public static Direction parse(String s) { return Word.parse(values(), s); }
    }

    public enum Normalisation implements Word {
        /** 0 for the worst region, 100 for the best, linear in between. */
        MIN_MAX("min-max"),
        /** Standard score (x − mean) / sd, sign flipped when lower is better. */
        Z_SCORE("z-score"),
        /** Rank from 1 (worst) to n (best); ties share the average rank. Robust to outliers. */
        RANK("rank");
        private final String json;
        Normalisation(String json) { this.json = json; }
        @JsonValue public String json() { return json; }
        @JsonCreator public static Normalisation parse(String s) { return Word.parse(values(), s); }
    }

    public enum Aggregation implements Word {
        /** Weighted arithmetic mean: a strength fully compensates a weakness. */
        ARITHMETIC("arithmetic"),
        /** Weighted geometric mean: weaknesses are compensated only partly (as in the HDI since 2010). */
        GEOMETRIC("geometric");
        private final String json;
        Aggregation(String json) { this.json = json; }
        @JsonValue public String json() { return json; }
        @JsonCreator public static Aggregation parse(String s) { return Word.parse(values(), s); }
    }

    public IndexSpec {
        if (id == null || !id.matches("[A-Za-z0-9_-]+"))
            throw new InvalidInputException("core.index.id", id);
        if (components == null || components.isEmpty()) throw new InvalidInputException("core.index.noComponents");
        components = List.copyOf(components);
        Set<String> seen = new HashSet<>();
        for (Component c : components)
            if (!seen.add(c.indicator())) throw new InvalidInputException("core.index.twice", c.indicator());
        if (normalisation == null) normalisation = Normalisation.MIN_MAX;
        if (aggregation == null) aggregation = Aggregation.ARITHMETIC;
        if (aggregation == Aggregation.GEOMETRIC && normalisation == Normalisation.Z_SCORE)
            throw new InvalidInputException("core.index.geometricZ");
        if (nameEn == null || nameEn.isBlank()) nameEn = id;
        if (nameRu == null || nameRu.isBlank()) nameRu = nameEn;
        if (nameKk == null || nameKk.isBlank()) nameKk = nameEn;
    }

    /** A spec with just an id and components; names default to the id, min-max and arithmetic mean. */
    public static IndexSpec of(String id, List<Component> components) {
        return new IndexSpec(id, null, null, null, components, null, null);
    }

    public IndexSpec with(Normalisation n, Aggregation a) {
        return new IndexSpec(id, nameEn, nameRu, nameKk, components, n, a);
    }

    public IndexSpec withComponents(List<Component> cs) {
        return new IndexSpec(id, nameEn, nameRu, nameKk, cs, normalisation, aggregation);
    }

    public String name(String lang) {
        return switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    /**
     * Fills in missing directions from the catalogue's "higher is better" flag and checks that
     * every indicator exists.
     *
     * @throws IllegalArgumentException naming the indicator when it is unknown, or neutral
     *                                  (population, area: the user must say which way is better)
     */
    public IndexSpec resolve(IndicatorCatalog catalog) {
        List<Component> out = new ArrayList<>();
        for (Component c : components) {
            Indicator ind = catalog.require(c.indicator());
            Direction d = c.direction();
            if (d == null) {
                d = switch (ind.direction()) {
                    case HIGHER -> Direction.HIGHER_IS_BETTER;
                    case LOWER -> Direction.LOWER_IS_BETTER;
                    case NEUTRAL -> throw new InvalidInputException("core.index.direction", c.indicator());
                };
            }
            out.add(new Component(c.indicator(), d, c.weight()));
        }
        return withComponents(out);
    }

    /** Indicator ids in component order. */
    public List<String> indicators() { return components.stream().map(Component::indicator).toList(); }

    /** An option's word in JSON and the CLI, parsed ignoring case and separators ("min-max", "MIN_MAX", "minmax"). */
    interface Word {
        String json();

        static <E extends Enum<E> & Word> E parse(E[] values, String s) {
            String k = squash(s);
            for (E e : values) if (squash(e.json()).equals(k) || squash(e.name()).equals(k)) return e;
            throw new InvalidInputException("core.index.word", s,
                    String.join(", ", Arrays.stream(values).map(Word::json).toList()));
        }

        private static String squash(String s) {
            return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
        }
    }
}
