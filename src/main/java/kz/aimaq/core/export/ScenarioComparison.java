package kz.aimaq.core.export;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.classify.Classifiers;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.LineChart;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.scenario.Scenario;
import kz.aimaq.core.scenario.Simulator;
import kz.aimaq.core.scenario.Trajectory;
import kz.aimaq.core.scenario.YearState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a scenario-comparison deck shows, computed once and worded in one language: the end-year
 * GRP per capita map of each scenario (same class breaks, so equal colours mean equal values),
 * the national GRP and Theil trajectories of both, and a table of end-year metrics.
 */
public record ScenarioComparison(String nameA, String nameB, Trajectory a, Trajectory b, Choropleth mapA,
                                 Choropleth mapB, LineChart chart, Table table, String lang) {

    /** A plain text table: header row and body rows of formatted cells. */
    public record Table(String title, List<String> header, List<List<String>> rows) {}

    /** Scenario A in blue, B in orange (ColorBrewer Set1/Dark2 hues that stay apart for colour-blind readers). */
    public static final int COLOR_A = 0xFF1F78B4, COLOR_B = 0xFFE66101;

    static final String INDICATOR = "grp_per_capita";

    public static ScenarioComparison run(Scenario sa, Scenario sb, Simulator sim, PreparedLayer layer, IndicatorData data,
                                         String lang) {
        if (sa.horizon() != sb.horizon()) {
            throw new InvalidInputException("core.scenario.sameHorizon", sa.horizon(), sb.horizon());
        }
        return of(sim.run(sa), sim.run(sb), layer, data, lang);
    }

    /** From runs already made (e.g. the scenario panel's current and comparison trajectories). */
    public static ScenarioComparison of(Trajectory ta, Trajectory tb, PreparedLayer layer, IndicatorData data, String lang) {
        if (ta.end().year() != tb.end().year()) {
            throw new InvalidInputException("core.scenario.sameEnd", ta.end().year(), tb.end().year());
        }
        Messages m = Messages.of(lang);
        lang = m.lang();
        Scenario sa = ta.scenario(), sb = tb.scenario();
        String na = displayName(sa, m), nb = displayName(sb, m);
        if (na.equals(nb)) { na += " (A)"; nb += " (B)"; }
        Indicator ind = data.catalog().require(INDICATOR);
        Map<String, Double> va = perCapita(ta), vb = perCapita(tb);
        int endYear = ta.end().year();

        // one set of breaks from both maps' values: the two maps are read against each other
        double[] pooled = new double[va.size() + vb.size()];
        int k = 0;
        for (double v : va.values()) pooled[k++] = v;
        for (double v : vb.values()) pooled[k++] = v;
        double[] breaks = Classifiers.classify(ClassificationMethod.QUANTILE, pooled, 5, null).breaks();
        ChoroplethSpec spec = ChoroplethSpec.defaults(lang).withMethod(ClassificationMethod.MANUAL)
                .withManualBreaks(breaks).withClasses(breaks.length);
        String source = m.get("deck.source");
        Choropleth ca = framed(ChoroplethScenes.build(layer, ind, endYear, va, Set.of(), spec, source), layer, ind, lang);
        Choropleth cb = framed(ChoroplethScenes.build(layer, ind, endYear, vb, Set.of(), spec, source), layer, ind, lang);

        LineChart chart = new LineChart(
                m.format("deck.chart.title", String.valueOf(ta.base().year()), String.valueOf(endYear)),
                na + " · " + nb,
                List.of(new LineChart.Panel(m.get("deck.chart.grp"), List.of(
                                series(na, COLOR_A, ta, s -> s.nationalGrp() / 1e6), series(nb, COLOR_B, tb, s -> s.nationalGrp() / 1e6)), 1),
                        new LineChart.Panel(m.get("deck.chart.theil"), List.of(
                                series(na, COLOR_A, ta, s -> s.inequality().theil()), series(nb, COLOR_B, tb, s -> s.inequality().theil())), 3)),
                m.format("map.source", source), lang);
        return new ScenarioComparison(na, nb, ta, tb, ca, cb, chart, table(na, nb, ta.end(), tb.end(), m), lang);
    }

    /** The slide frame: legend, scale bar, north arrow, source and the boundary credit the licence asks for. */
    private static Choropleth framed(Choropleth c, PreparedLayer layer, Indicator ind, String lang) {
        MapScene scene = SnapshotLayout.defaults(ind, c.legend().year(), lang).withDate(false)
                .apply(c.scene(), SnapshotLayout.attributionFor(layer.layer().attribution(), lang), lang);
        return new Choropleth(scene, c.values(), c.classification(), c.palette(), c.legend());
    }

    /** A preset's name in the user's language; a scenario from a file keeps its own name. */
    public static String displayName(Scenario s, Messages m) {
        if (s.preset() != Preset.CUSTOM) {
            String key = "scenario.preset." + s.preset().id;
            String t = m.get(key);
            if (!t.equals(key) && s.name().equals(s.preset().label)) return t;
        }
        return s.name();
    }

    /** End-year GRP per capita by region, thousand KZT per person (the bundled indicator's unit). */
    static Map<String, Double> perCapita(Trajectory t) {
        Map<String, Double> v = new LinkedHashMap<>();
        YearState end = t.end();
        for (int i = 0; i < t.codes().size(); i++) v.put(t.codes().get(i), end.grpPerCapita(i));
        return v;
    }

    private static LineChart.Series series(String name, int argb, Trajectory t, java.util.function.ToDoubleFunction<YearState> f) {
        double[] x = new double[t.years().size()], y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = t.years().get(i).year();
            y[i] = f.applyAsDouble(t.years().get(i));
        }
        return new LineChart.Series(name, argb, x, y);
    }

    private record Row(String key, java.util.function.ToDoubleFunction<YearState> f, int decimals) {}

    static Table table(String na, String nb, YearState ea, YearState eb, Messages m) {
        String lang = m.lang();
        List<Row> defs = List.of(
                new Row("deck.metric.grp", s -> s.nationalGrp() / 1e6, 2),
                new Row("deck.metric.grpPerCapita", YearState::nationalGrpPerCapita, 0),
                new Row("deck.metric.gini", s -> s.inequality().gini(), 3),
                new Row("deck.metric.theil", s -> s.inequality().theil(), 4),
                new Row("deck.metric.williamson", s -> s.inequality().williamson(), 3),
                new Row("deck.metric.maxMin", s -> s.inequality().maxMinRatio(), 2),
                new Row("deck.metric.below", s -> s.inequality().regionsBelowAverage(), 0));
        List<List<String>> rows = new ArrayList<>();
        for (Row r : defs) {
            double x = r.f().applyAsDouble(ea), y = r.f().applyAsDouble(eb);
            // first minus second, as the scenario panel shows "scenario − comparison" (issue 13: the deck had the opposite sign)
            String diff = (x - y > 0 ? "+" : "") + NumberFormats.format(x - y, r.decimals(), lang);
            rows.add(List.of(m.get(r.key()), NumberFormats.format(x, r.decimals(), lang), NumberFormats.format(y, r.decimals(), lang), diff));
        }
        return new Table(m.format("deck.table.title", String.valueOf(ea.year())),
                List.of(m.get("deck.table.metric"), na, nb, m.get("deck.table.difference")), rows);
    }
}
