package kz.aimaq.ui.disparity;

import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.disparity.*;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.scenario.Trajectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The disparity monitor's state and commands, without nodes: which indicator, years and
 * territory; the series ({@link DisparityMonitor}, the same code as the CLI and the simulator)
 * and its chart; saving the table as CSV and the chart as PNG. Any change of a choice recomputes
 * at once (a few milliseconds).
 */
public final class DisparityViewModel {
    private final IndicatorData data;
    private final DisparityMonitor monitor;
    private final Supplier<Grouping> grouping;
    private final Supplier<Trajectory> scenario;
    private final String lang;

    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();
    private final IntegerProperty from = new SimpleIntegerProperty();
    private final IntegerProperty to = new SimpleIntegerProperty();
    private final ObjectProperty<TerritoryMode> territory = new SimpleObjectProperty<>(TerritoryMode.BY_YEAR);
    private final BooleanProperty withScenario = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<DisparityYear>> series = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<DisparityChart> chart = new ReadOnlyObjectWrapper<>();
    /** A bundle key when the choice gives no series (e.g. no year with two regions), else null. */
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /**
     * @param grouping the grouping for Theil's between/within split (the groups panel's), never null
     * @param scenario the latest scenario run, or null when none has been run
     */
    public DisparityViewModel(IndicatorData data, Supplier<Grouping> grouping, Supplier<Trajectory> scenario, String lang) {
        this.data = data;
        this.monitor = new DisparityMonitor(data);
        this.grouping = grouping;
        this.scenario = scenario;
        this.lang = lang;
        // totals are refused by the monitor (their disparity is region size); offer rates and per-capita values
        for (Indicator i : data.catalog().all()) if (!i.isExtensive() && data.years(i.id()).size() >= 2) indicators.add(i);
        indicator.addListener((o, a, b) -> { if (b != null) { resetYears(b); recompute(); } });
        from.addListener((o, a, b) -> recompute());
        to.addListener((o, a, b) -> recompute());
        territory.addListener((o, a, b) -> recompute());
        withScenario.addListener((o, a, b) -> recompute());
        indicator.set(data.catalog().byId("grp_per_capita").orElse(indicators.isEmpty() ? null : indicators.getFirst()));
    }

    /**
     * False until the first {@link #refresh()}: the monitor is a view opened from the menu, which
     * refreshes it, and computing its series and chart when the app starts cost the window's
     * first show about 22 ms of the UI thread for a view most sessions never open.
     */
    private boolean asked;

    private void recompute() { if (asked) refresh(); }

    private boolean resetting;

    private void resetYears(Indicator i) {
        List<Integer> ys = data.years(i.id());
        resetting = true;
        from.set(ys.getFirst());
        to.set(ys.getLast());
        resetting = false;
    }

    /** Recomputes the series and the chart for the current choices. */
    public void refresh() {
        asked = true;
        if (resetting || indicator.get() == null) return;
        problem.set(null);
        if (from.get() > to.get()) {
            series.set(List.of());
            chart.set(null);
            problem.set("disparity.problem.period");
            return;
        }
        Grouping g = grouping.get();
        List<DisparityYear> s = monitor.series(indicator.get().id(), from.get(), to.get(), g, territory.get());
        series.set(s);
        if (s.isEmpty()) {
            chart.set(null);
            problem.set("disparity.problem.noYears");
            return;
        }
        Trajectory run = withScenario.get() ? scenario.get() : null;
        if (withScenario.get() && run == null) problem.set("disparity.problem.noScenario");
        chart.set(DisparityCharts.of(s, indicator.get(), territory.get(), g, run, lang));
    }

    /** The table as the CLI prints it. */
    public String csv() { return DisparityTable.csv(series.get()); }

    public void saveCsv(Path file) throws IOException {
        String text = csv();
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The chart as a PNG of that size (the same painter as on screen). */
    public void savePng(Path file, int width, int height) throws IOException {
        DisparityChart c = chart.get();
        if (c == null) throw new IOException("nothing to save");
        PngExporter.write(c, width, height, file);
    }

    /** Years the chosen indicator has values for (the range the year pickers offer). */
    public List<Integer> years() { return indicator.get() == null ? List.of() : data.years(indicator.get().id()); }

    public ObservableList<Indicator> indicators() { return indicators; }
    public ObjectProperty<Indicator> indicatorProperty() { return indicator; }
    public IntegerProperty fromProperty() { return from; }
    public IntegerProperty toProperty() { return to; }
    public ObjectProperty<TerritoryMode> territoryProperty() { return territory; }
    public BooleanProperty withScenarioProperty() { return withScenario; }
    public ReadOnlyObjectProperty<List<DisparityYear>> seriesProperty() { return series.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DisparityChart> chartProperty() { return chart.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
