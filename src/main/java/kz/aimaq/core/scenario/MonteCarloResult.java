package kz.aimaq.core.scenario;

import java.util.List;
import java.util.Map;

/**
 * Monte Carlo bands of a scenario.
 *
 * @param runs            number of runs
 * @param seed            the seed that reproduces them
 * @param baseYear        year of t = 0
 * @param codes           region order of {@code regionGrpPerCapita}
 * @param national        a band for each national series
 * @param regionGrpPerCapita per-region band of GRP per capita, thousand KZT per person (the map's
 *                        tooltip and {@code simulate --regions}; a band of regional GRP itself was
 *                        computed too until nothing read it, a third of the runs' memory)
 */
public record MonteCarloResult(int runs, long seed, int baseYear, List<String> codes, Map<Metric, Band> national,
                               List<Band> regionGrpPerCapita) {

    public Band band(Metric m) { return national.get(m); }
}
