package kz.aimaq.core.territory;

import kz.aimaq.core.data.IndicatorData;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The units that exist through a whole period, with every year's values on them, so that a time
 * series (a disparity measure, a growth estimate) compares the same territory each year.
 *
 * <p>The units are those of the oldest configuration the period touches: 16 (South Kazakhstan
 * whole) when it starts before 2018, 17 when it starts in 2018–2021 (also when it runs past
 * 2022: Abai, Zhetisu and Ulytau are merged back into their parents), 20 when it starts in 2022
 * or later. A year's value comes from the figure published for that territory where one exists
 * (Karaganda 2016 was published on the old territory), else it is aggregated from today's units
 * with the catalogue's rule; see {@link TerritoryValues} for the rule per aggregation kind.
 */
public final class ConsistentPanel {

    private final TerritoryValues values;
    private final Territory territory;
    private final int from;
    private final int to;

    private ConsistentPanel(IndicatorData data, int from, int to) {
        if (from > to) throw new IllegalArgumentException("Period " + from + "–" + to + " ends before it starts");
        this.values = new TerritoryValues(data);
        this.territory = Territory.coarser(Territory.forYear(from), Territory.forYear(to));
        this.from = from;
        this.to = to;
    }

    public static ConsistentPanel of(IndicatorData data, int fromYear, int toYear) {
        return new ConsistentPanel(data, fromYear, toYear);
    }

    /** The configuration whose units the panel keeps. */
    public Territory territory() { return territory; }

    public List<String> units() { return territory.units(); }

    public int from() { return from; }

    public int to() { return to; }

    /** The unit's value in a year of the period, or empty (outside the period, or not published nor aggregable). */
    public OptionalDouble value(String indicator, int year, String unit) {
        return figure(indicator, year, unit).map(f -> OptionalDouble.of(f.value())).orElse(OptionalDouble.empty());
    }

    /** The same with its provenance (published or aggregated, by which rule, from which sources). */
    public Optional<TerritoryFigure> figure(String indicator, int year, String unit) {
        if (year < from || year > to || !units().contains(unit)) return Optional.empty();
        return values.figure(territory, indicator, year, unit);
    }
}
