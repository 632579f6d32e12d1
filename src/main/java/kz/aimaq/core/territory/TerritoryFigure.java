package kz.aimaq.core.territory;

import kz.aimaq.core.data.Observation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator's value for one unit of a territory in one year, with how it was obtained and the
 * observations it comes from, so that every figure keeps its source.
 *
 * @param unit   the unit's KATO code in that territory ("51" for South Kazakhstan before 2018)
 * @param how    published for that very territory, or aggregated from today's units
 * @param rule   for aggregated figures, the rule in words ("sum of 61, 79", "population-weighted mean of 19, 33",
 *               "ratio of sums grp / population_avg × 1000 over 19, 33"); for published ones "published"
 * @param inputs the observations used (one when published)
 */
public record TerritoryFigure(String unit, double value, How how, String rule, List<Observation> inputs) {

    public enum How { PUBLISHED, AGGREGATED }

    public TerritoryFigure {
        inputs = List.copyOf(inputs);
    }

    /** The distinct sources of the inputs, joined by "; ". */
    public String source() {
        Set<String> s = new LinkedHashSet<>();
        for (Observation o : inputs) s.add(o.source());
        return String.join("; ", s);
    }

    public boolean aggregated() { return how == How.AGGREGATED; }
}
