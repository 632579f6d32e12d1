package kz.aimaq.core.disparity;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.scenario.Metric;
import kz.aimaq.core.scenario.Trajectory;
import kz.aimaq.core.scenario.YearState;

import java.util.*;

/** Words a {@link DisparityChart} in the user's language, for the app and {@code aimaq disparities --out}. */
public final class DisparityCharts {
    private DisparityCharts() {}

    /**
     * @param projection a scenario run to continue the history (its measures from the base year on), or null
     */
    public static DisparityChart of(List<DisparityYear> series, Indicator indicator, TerritoryMode mode, Grouping grouping,
                                    Trajectory projection, String lang) {
        Messages m = Messages.of(lang);
        Messages scenario = Messages.bundle("i18n.scenario", m.lang());
        int from = series.isEmpty() ? 0 : series.getFirst().year(), to = series.isEmpty() ? 0 : series.getLast().year();
        String title = m.format("disparity.chart.title", indicator.name(m.lang()), String.valueOf(from), String.valueOf(to));
        String territory = mode == TerritoryMode.CONSISTENT && !series.isEmpty()
                ? m.format("disparity.territory.consistent", m.get(series.getFirst().territory().messageKey()))
                : m.get("disparity.territory.by-year");
        String groups = grouping == null ? m.get("disparity.grouping.none") : m.format("disparity.grouping", grouping.name(lang));
        String subtitle = indicator.unit(m.lang()) + " · " + territory + " · " + groups + " · " + m.get("disparity.weights");
        Map<Metric, String> names = new EnumMap<>(Metric.class);
        for (Metric metric : DisparityTable.MEASURES) {
            names.put(metric, metric == Metric.SD_LOG ? m.get("disparity.measure.sd_log") : scenario.get("metric." + metric.column));
        }
        Map<PolicyPeriod, String> periods = new EnumMap<>(PolicyPeriod.class);
        for (PolicyPeriod p : PolicyPeriod.values()) periods.put(p, m.get(p.messageKey));
        Map<Metric, Map<Integer, Double>> projected = new EnumMap<>(Metric.class);
        String projectionName = null;
        if (projection != null) {
            for (Metric metric : DisparityTable.MEASURES) {
                Map<Integer, Double> byYear = new TreeMap<>();
                for (YearState s : projection.years()) byYear.put(s.year(), metric.of(s));
                projected.put(metric, byYear);
            }
            // a preset's name in the user's language (scenario bundle), a user's scenario by its own name
            var preset = projection.scenario().preset();
            String key = "preset." + preset.id;
            String name = preset != kz.aimaq.core.scenario.Preset.CUSTOM && !scenario.get(key).equals(key) ? scenario.get(key) : projection.scenario().name();
            projectionName = m.format("disparity.projection", name);
        }
        String source = m.format("map.source", m.get("map.sourceBundled"));
        return new DisparityChart(title, subtitle, names, series, projected, periods, m.get("disparity.history"),
                projectionName, source, m.lang());
    }
}
