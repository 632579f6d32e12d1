package kz.aimaq.core.map;

import kz.aimaq.core.analysis.CategoricalMap;
import kz.aimaq.core.data.Indicator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the map's colours show. Each case carries what its legend, title and source lines need,
 * so nothing downstream guesses the content from a legend title.
 */
public sealed interface MapContent {

    /** The year the content describes (for titles and the legend). */
    int year();

    /**
     * An indicator's values in a year on the layer's regions.
     *
     * @param values        region code → value (regions without a value absent)
     * @param oldTerritory  codes whose value exists only for an older territory (drawn as no data, explained)
     * @param dataSource    short source of the figures in the map's language ("BNS RK (stat.gov.kz)")
     * @param breaksPool    when the user asked for the same classes in every year: the values of all years
     *                      to classify once; null to classify this year's values
     */
    record IndicatorValues(Indicator indicator, int year, Map<String, Double> values, Set<String> oldTerritory,
                           String dataSource, double[] breaksPool) implements MapContent {
        public IndicatorValues {
            values = Map.copyOf(values);
            oldTerritory = Set.copyOf(oldTerritory);
            breaksPool = breaksPool == null ? null : breaksPool.clone();
        }
    }

    /**
     * A categorical result (region types, LISA clusters and significance, Gi* hot spots, local
     * Geary clusters, a regionalisation) for an indicator and year.
     *
     * @param kind       which analysis produced it: its method line in the source comes from the bundles
     * @param methodArgs the method's parameters for that line (already worded), e.g. contiguity and permutations
     */
    record Categories(Kind kind, CategoricalMap categories, Indicator indicator, int year, String dataSource,
                      List<String> methodArgs) implements MapContent {
        public enum Kind { TYPOLOGY, LISA, LISA_SIGNIFICANCE, GI_STAR, LOCAL_GEARY, REGIONALISATION }
        public Categories { methodArgs = List.copyOf(methodArgs); }
    }

    /**
     * A simulated year of one scenario.
     *
     * @param tooltipNotes region code → an extra tooltip line (e.g. the Monte Carlo P5–P95 band)
     */
    record ScenarioYear(String scenarioName, Indicator indicator, int year, Map<String, Double> values,
                        Map<String, String> tooltipNotes) implements MapContent {
        public ScenarioYear {
            values = Map.copyOf(values);
            tooltipNotes = Map.copyOf(tooltipNotes);
        }
    }

    /**
     * One scenario minus another in a simulated year, drawn on a diverging scale centred on zero:
     * the class holding 0 is the palette's neutral, losses and gains on opposite sides.
     */
    record ScenarioDifference(String scenarioName, String comparisonName, Indicator indicator, int year,
                              Map<String, Double> differences) implements MapContent {
        public ScenarioDifference { differences = Map.copyOf(differences); }
    }

    /**
     * A locator: one region highlighted on the whole country, its neighbours tinted and named, the
     * other regions plain and unnamed (cities of republican significance still drawn as symbols).
     * A region passport's overview map.
     *
     * @param code       the region shown
     * @param neighbours the regions sharing a border with it
     */
    record Locator(String code, List<String> neighbours, int year) implements MapContent {
        public Locator { neighbours = List.copyOf(neighbours); }
    }
}
