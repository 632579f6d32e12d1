package kz.aimaq.core.scenario;

import java.util.List;
import java.util.Map;

/**
 * Monte Carlo bands of a scenario.
 *
 * @param runs            number of runs
 * @param seed            the seed that reproduces them
 * @param baseYear        year of t = 0
 * @param codes           region order of {@code regionGrpPerCapita} and {@code regionGrp}
 * @param national        a band for each national series
 * @param regionGrpPerCapita per-region band of GRP per capita, thousand KZT per person
 * @param regionGrp       per-region band of GRP, million KZT
 */
public record MonteCarloResult(int runs, long seed, int baseYear, List<String> codes, Map<Metric, Band> national,
                               List<Band> regionGrpPerCapita, List<Band> regionGrp) {

    public Band band(Metric m) { return national.get(m); }
}
