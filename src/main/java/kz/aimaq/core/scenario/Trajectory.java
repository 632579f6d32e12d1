package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic run: the base year (t = 0) followed by one {@link YearState} per simulated year.
 *
 * @param scenario the scenario that produced it
 * @param codes    region codes, the order of every per-region array
 */
public record Trajectory(Scenario scenario, List<String> codes, List<YearState> years) {
    public Trajectory {
        codes = List.copyOf(codes);
        years = List.copyOf(years);
    }

    public YearState base() { return years.getFirst(); }

    public YearState end() { return years.getLast(); }

    /** The state in a calendar year, or an error naming the simulated range. */
    public YearState year(int year) {
        int t = year - base().year();
        if (t < 0 || t >= years.size()) {
            throw new InvalidInputException("core.scenario.yearOutside", year, base().year(), end().year());
        }
        return years.get(t);
    }

    public int indexOf(String code) { return codes.indexOf(code); }

    /** GRP per capita by region code in a year, thousand KZT per person: what a map of the result colours. */
    public Map<String, Double> grpPerCapita(int year) {
        YearState s = year(year);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) m.put(codes.get(i), s.grpPerCapita(i));
        return m;
    }
}
