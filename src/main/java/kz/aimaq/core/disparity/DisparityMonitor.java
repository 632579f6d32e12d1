package kz.aimaq.core.disparity;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.stats.Inequality;
import kz.aimaq.core.data.Ratio;
import kz.aimaq.core.territory.ConsistentPanel;
import kz.aimaq.core.territory.TerritoryFigure;
import kz.aimaq.core.territory.Territory;
import kz.aimaq.core.territory.TerritoryValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of disparity measures per year for an indicator, the monitoring the 2020 Forecast
 * scheme and the selective-policy literature ask for.
 *
 * <p>Each year: the indicator's value y_i and the average annual population n_i of every unit of
 * the chosen territory ({@link TerritoryMode}), both from {@link TerritoryValues} (published for
 * an old unit where it exists, else aggregated from today's units), then
 * {@link Inequality#measures}(y, n, group labels): the very call the scenario simulator makes
 * each simulated year, so a 2025 row here equals the base-year row of {@code simulate} on the
 * same units and grouping. The grouping for Theil's between/within split is mapped to the year's
 * units with {@link Grouping#onTerritory}; null puts all units in one group (between = 0).
 *
 * <p>Units without a value (or population) that year are left out and listed in
 * {@link DisparityYear#missing()}; a year with fewer than two units is skipped. Totals
 * (extensive indicators such as GRP) are refused: their disparity mostly measures region size;
 * use the per-capita form. Values must be positive (Theil and σ of logs take logarithms).
 *
 * <p>A value that is itself derived from two published ones (GRP per capita 2023–2025 = GRP /
 * population, stored rounded to 0.1) is recomputed from those two at full precision, as the
 * simulator does from GRP and population: otherwise the rounding shows in the sixth decimal and
 * the 2025 row would not match {@code simulate}. Published values are used as published.
 */
public final class DisparityMonitor {

    static final String POPULATION = "population_avg";

    private final IndicatorData data;
    private final TerritoryValues values;

    public DisparityMonitor(IndicatorData data) {
        this.data = data;
        this.values = new TerritoryValues(data);
    }

    /**
     * The measures for every year from {@code from} to {@code to} that has data.
     *
     * @throws IllegalArgumentException for an unknown or extensive indicator, or an empty period
     */
    public List<DisparityYear> series(String indicator, int from, int to, Grouping grouping, TerritoryMode mode) {
        Indicator ind = data.catalog().require(indicator);
        if (ind.isExtensive()) {
            throw new IllegalArgumentException(ind.id() + " is a total (" + ind.unitEn() + "); disparities of totals "
                    + "mostly measure region size: use a per-capita or rate indicator (e.g. grp_per_capita)");
        }
        if (from > to) throw new IllegalArgumentException("the period " + from + "–" + to + " ends before it starts");
        ConsistentPanel panel = mode == TerritoryMode.CONSISTENT ? ConsistentPanel.of(data, from, to) : null;
        List<DisparityYear> out = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            Territory t = panel != null ? panel.territory() : Territory.forYear(year);
            year(indicator, year, t, grouping).ifPresent(out::add);
        }
        return out;
    }

    /** The measures of one year on one territory's units, or empty when fewer than two units have values. */
    public Optional<DisparityYear> year(String indicator, int year, Territory territory, Grouping grouping) {
        List<String> units = new ArrayList<>(), missing = new ArrayList<>();
        List<Double> y = new ArrayList<>(), n = new ArrayList<>();
        for (String u : territory.units()) {
            Optional<Double> v = value(territory, indicator, year, u);
            var p = values.figure(territory, POPULATION, year, u);
            if (v.isEmpty() || p.isEmpty() || !(v.get() > 0)) { missing.add(u); continue; }
            units.add(u);
            y.add(v.get());
            n.add(p.get().value());
        }
        if (units.size() < 2) return Optional.empty();
        Grouping g = grouping == null ? null : grouping.onTerritory(territory);
        int[] labels = g == null ? new int[units.size()] : g.labels(units); // no grouping: one group, between = 0
        var measures = Inequality.measures(toArray(y), toArray(n), labels);
        return Optional.of(new DisparityYear(year, territory, units, missing, measures));
    }

    /** The unit's value; a derived ratio recomputed from its two components (see the class comment). */
    private Optional<Double> value(Territory t, String indicator, int year, String unit) {
        Optional<TerritoryFigure> f = values.figure(t, indicator, year, unit);
        if (f.isEmpty()) return Optional.empty();
        Optional<Ratio> ratio = data.catalog().ratio(indicator);
        boolean derived = f.get().how() == TerritoryFigure.How.PUBLISHED && f.get().inputs().getFirst().isDerived();
        if (ratio.isPresent() && derived) {
            var num = values.figure(t, ratio.get().numerator(), year, unit);
            var den = values.figure(t, ratio.get().denominator(), year, unit);
            if (num.isPresent() && den.isPresent() && den.get().value() > 0) {
                return Optional.of(num.get().value() / den.get().value() * ratio.get().factor());
            }
        }
        return Optional.of(f.get().value());
    }

    private static double[] toArray(List<Double> list) {
        double[] a = new double[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = list.get(i);
        return a;
    }
}
