package kz.aimaq.ui.scenario;

import kz.aimaq.ui.fx.WrappedText;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.*;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.scenario.*;
import kz.aimaq.core.stats.SpatialWeights;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The scenario side panel: preset, α / budget / horizon sliders, a comparison preset, Run and
 * Cancel with progress, then national GRP and Theil over time for both scenarios (with the
 * P5–P95 band of the current one) and a table of end-year measures.
 *
 * <p>{@link #resultProperty()} holds the last current-scenario trajectory, for colouring the map.
 */
public final class ScenarioPanel extends VBox {
    private final ScenarioViewModel vm;
    private final ScenarioTexts t;
    private final NumberFormat number;
    private final ObjectProperty<Trajectory> result = new SimpleObjectProperty<>();
    private final LineChart<Number, Number> grpChart;
    private final LineChart<Number, Number> theilChart;
    private final TableView<Row> table = new TableView<>();
    private final Label status = new Label();
    /** The backtest's skill, before the scenario. */
    private SkillView skillView;
    /** Shown when recipients cannot absorb what the budget offers them (absorption cap). */
    private final Label absorption = new Label();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(14, 4);
    private final javafx.scene.layout.FlowPane files;
    private final Locale locale;
    private final FrontierView frontierView;
    private final ParametersPane parametersPane;
    /** The charts and the end-year table: at the bottom of the panel, or a main-area view (see {@link #showResultsIn}). */
    private final VBox results = new VBox(8);
    /** "Outdated — run again": shown when α changed after the run the charts show. */
    private final Label outdated = new Label();
    private final javafx.beans.property.BooleanProperty stale = new javafx.beans.property.SimpleBooleanProperty();

    /** One line of the end-year table. */
    public record Row(String measure, String current, String comparison, String difference) {}

    public ScenarioPanel(IndicatorData data, Supplier<Grouping> grouping, SpatialWeights weights) {
        this(data, grouping, weights, Locale.getDefault().getLanguage());
    }

    public ScenarioPanel(IndicatorData data, Supplier<Grouping> grouping, SpatialWeights weights, String lang) {
        this(new ScenarioViewModel(data, grouping, weights), lang);
    }

    ScenarioPanel(ScenarioViewModel vm, String lang) {
        super(8);
        this.vm = vm;
        this.t = new ScenarioTexts(lang);
        this.locale = Locale.forLanguageTag(kz.aimaq.core.i18n.Messages.normalise(lang));
        this.number = NumberFormat.getNumberInstance(locale);
        setPadding(new Insets(8));
        getStyleClass().add("scenario-panel");
        var css = ScenarioPanel.class.getResource("/ui/scenario.css");
        if (css != null) getStylesheets().add(css.toExternalForm());

        ChoiceBox<Preset> preset = presetChoice();
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        ChoiceBox<Preset> compare = presetChoice();
        compare.valueProperty().bindBidirectional(vm.comparisonPresetProperty());

        Slider alpha = slider(0, 1, 0.25, vm.alphaProperty().get());
        alpha.valueProperty().bindBidirectional(vm.alphaProperty());
        alpha.disableProperty().bind(vm.presetProperty().isEqualTo(Preset.INERTIAL));
        Slider budget = slider(0, 5, 1, vm.budgetPercentProperty().get());
        budget.valueProperty().bindBidirectional(vm.budgetPercentProperty());
        budget.disableProperty().bind(vm.presetProperty().isEqualTo(Preset.INERTIAL));
        Slider horizon = slider(Scenario.MIN_HORIZON, Scenario.MAX_HORIZON, 5, vm.horizonProperty().get());
        horizon.setSnapToTicks(true);
        horizon.setMinorTickCount(4);
        horizon.valueProperty().addListener((o, a, v) -> vm.horizonProperty().set((int) Math.round(v.doubleValue())));

        // each label above its control, wrapping: a label column cut "Доля полюсов…" and "Бюджет, % ВВ…" in a narrow panel
        VBox form = new VBox(4);
        form.getChildren().addAll(wrapping(t.get("scenario.preset")), preset,
                wrapping(t.get("scenario.alpha")), row(alpha, valueLabel(alpha, 2)),
                wrapping(t.get("scenario.budget")), row(budget, valueLabel(budget, 2)), // 2 decimals: Selective is 0.06 %
                wrapping(t.get("scenario.horizon")), row(horizon, valueLabel(horizon, 0)),
                wrapping(t.get("scenario.compare")), compare);
        preset.setMaxWidth(Double.MAX_VALUE);
        compare.setMaxWidth(Double.MAX_VALUE);
        CheckBox history = new CheckBox(t.format("scenario.history",
                String.valueOf(vm.calibration().historyFrom()), String.valueOf(vm.calibration().historyTo())));
        history.selectedProperty().bindBidirectional(vm.useHistoryProperty());
        WrappedText.allLines(history);
        form.getChildren().add(history);
        CheckBox levy = new CheckBox(t.get("scenario.financing.levy"));
        levy.setId("scenario-levy");
        WrappedText.allLines(levy);
        levy.selectedProperty().bindBidirectional(vm.levyFinancingProperty());
        form.getChildren().add(levy);

        Button run = new Button(t.get("scenario.run"));
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> { status.setText(t.get("scenario.running")); vm.run(); });
        Button cancel = new Button(t.get("scenario.cancel"));
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> { vm.cancel(); status.setText(t.get("scenario.cancelled")); });
        ProgressBar progress = new ProgressBar(0);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        // the buttons keep their words ("Отм…" before); the progress bar gives way
        run.setMinWidth(USE_PREF_SIZE);
        cancel.setMinWidth(USE_PREF_SIZE);
        progress.setMinWidth(0);
        HBox buttons = new HBox(8, run, cancel, progress);

        grpChart = chart(t.get("scenario.chart.grp"));
        theilChart = chart(t.get("scenario.chart.theil"));

        TableColumn<Row, String> m = column(t.get("scenario.table.measure"), Row::measure);
        m.setPrefWidth(170);
        table.getColumns().setAll(List.of(m, column(t.get("scenario.table.current"), Row::current),
                column(t.get("scenario.table.comparison"), Row::comparison),
                column(t.get("scenario.table.difference"), Row::difference)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        kz.aimaq.ui.common.ColumnHeaders.fitAll(table);
        table.setPrefHeight(260);

        WrappedText.allLines(status);
        status.setId("scenario-status");

        RecipientsView recipients = new RecipientsView(vm, t, lang);
        TitledPane recipientsPane = new TitledPane(t.get("scenario.recipients"), recipients);
        recipientsPane.setExpanded(true);

        Button save = new Button(t.get("scenario.save"));
        save.setOnAction(e -> chooseAndSave());
        Button load = new Button(t.get("scenario.load"));
        load.setOnAction(e -> chooseAndLoad());
        Button how = new Button(t.get("scenario.howto"));
        how.setId("scenario-howto");
        how.setOnAction(e -> HowItWorks.open(getScene() == null ? null : getScene().getWindow(), t, howItWorksText()));
        files = new javafx.scene.layout.FlowPane(8, 6, save, load, how);

        frontierView = new FrontierView(vm, t, NumberFormat.getNumberInstance(locale));
        parametersPane = new ParametersPane(vm, t, NumberFormat.getNumberInstance(locale));
        Label source = new Label(t.get("scenario.source"));
        source.getStyleClass().add("source-note");
        WrappedText.allLines(source);

        WrappedText.allLines(absorption);
        absorption.setId("scenario-absorption-warning");
        absorption.getStyleClass().add("param-problem");
        absorption.managedProperty().bind(absorption.textProperty().isNotEmpty());
        absorption.visibleProperty().bind(absorption.textProperty().isNotEmpty());
        skillView = new SkillView(t, NumberFormat.getNumberInstance(locale));
        outdated.setText(t.get("scenario.outdated"));
        outdated.setId("scenario-outdated");
        outdated.setWrapText(true);
        outdated.setMinHeight(USE_PREF_SIZE);
        outdated.setMaxWidth(Double.MAX_VALUE);
        outdated.getStyleClass().add("outdated-banner");
        outdated.visibleProperty().bind(stale);
        outdated.managedProperty().bind(stale);
        // side by side when the view is wide, one above the other when it is narrow (beside the map)
        ChartPair charts = new ChartPair(grpChart, theilChart);
        table.setMinWidth(0); // a narrow view scrolls the table sideways rather than pushing the view wider
        charts.visibleProperty().bind(vm.resultProperty().isNotNull());
        charts.managedProperty().bind(charts.visibleProperty());
        results.getChildren().addAll(outdated, legend, charts, table, frontierView);
        results.setId("scenario-results");
        results.getStyleClass().add("result-view");
        VBox.setVgrow(results, Priority.ALWAYS);
        for (javafx.scene.Node n : List.of(legend, charts, table)) {
            n.getStyleClass().remove("outdated");
            stale.addListener((o, a, now) -> { if (now) n.getStyleClass().add("outdated"); else n.getStyleClass().remove("outdated"); });
        }
        // "Use this α" (or moving α by hand) after a run: what the charts show is no longer what the controls say
        vm.alphaProperty().addListener((o, a, b) -> {
            if (vm.resultProperty().get() != null && !vm.runningProperty().get()
                    && Math.abs(a.doubleValue() - b.doubleValue()) > 1e-9) stale.set(true);
        });
        getChildren().addAll(form, recipientsPane, skillView, buttons, status, absorption, files, results, parametersPane, source);

        // no empty axes before the first run
        for (javafx.scene.Node n : List.of(legend, table)) {
            n.visibleProperty().bind(vm.resultProperty().isNotNull());
            n.managedProperty().bind(n.visibleProperty());
        }
        vm.resultProperty().addListener((o, a, tr) -> { stale.set(false); show(); result.set(tr); });
        vm.errorProperty().addListener((o, a, e) -> {
            if (e == null) return;
            if (vm.failure() instanceof kz.aimaq.core.scenario.ScenarioCollapseException c) {
                status.setText(t.format("scenario.error.collapse", c.region(), String.valueOf(c.year())));
            } else {
                status.setText(t.format("scenario.error", e));
            }
        });
    }

    /**
     * Moves the charts, the end-year table and the frontier out of the panel into a view of their
     * own (the main area's tab beside the map), opened through {@code opener} with a title on each
     * run and by the "Show results" button the panel gets instead.
     */
    public void showResultsIn(java.util.function.BiConsumer<String, javafx.scene.Node> opener) {
        getChildren().remove(results);
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(results);
        scroll.setFitToWidth(true);
        results.setPadding(new Insets(8));
        Runnable open = () -> opener.accept(t.get("scenario.results.title"), scroll);
        Button show = new Button(t.get("scenario.results.show"));
        show.setId("scenario-results-show");
        show.setWrapText(true);
        show.setOnAction(e -> open.run());
        getChildren().add(getChildren().indexOf(files) + 1, show);
        vm.resultProperty().addListener((o, a, tr) -> { if (tr != null) open.run(); });
        vm.frontierProperty().addListener((o, a, f) -> { if (f != null) open.run(); });
    }

    /** True while the charts show a run made with another α than the controls' (until the next run). */
    public javafx.beans.value.ObservableBooleanValue outdatedProperty() { return stale; }

    /** Places extra controls (e.g. the map projection switches) right under Run. */
    public void addUnderRunControls(javafx.scene.Node node) { getChildren().add(getChildren().indexOf(status) + 1, node); }

    FrontierView frontierView() { return frontierView; }

    ParametersPane parametersPane() { return parametersPane; }

    SkillView skillView() { return skillView; }

    /** The status line under Run (progress, results, file errors). */
    String statusText() { return status.getText(); }

    /** The text of "How this is computed", with the parameters in force. */
    String howItWorksText() {
        return HowItWorks.text(t, vm.parametersProperty().get(), vm.defaultParameters(), NumberFormat.getNumberInstance(locale),
                vm.scenario());
    }

    private javafx.stage.FileChooser chooser() {
        javafx.stage.FileChooser c = new javafx.stage.FileChooser();
        c.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(t.get("scenario.file.kind"), "*.json"));
        return c;
    }

    private void chooseAndSave() {
        javafx.stage.FileChooser c = chooser();
        c.setInitialFileName("scenario.json");
        java.io.File f = kz.aimaq.ui.common.LastFolder.save(c, getScene() == null ? null : getScene().getWindow());
        if (f != null) saveTo(f.toPath());
    }

    private void chooseAndLoad() {
        java.io.File f = kz.aimaq.ui.common.LastFolder.open(chooser(), getScene() == null ? null : getScene().getWindow());
        if (f != null) loadFrom(f.toPath());
    }

    /** Saves the scenario; the outcome (or what went wrong) is one line in the status. */
    void saveTo(java.nio.file.Path file) {
        try {
            vm.save(file);
            status.setText(t.format("scenario.file.saved", file.getFileName().toString()));
        } catch (java.io.IOException | RuntimeException e) {
            status.setText(t.format("scenario.file.saveFailed", file.getFileName().toString(), message(e)));
        }
    }

    /** Loads a scenario file into the controls; a bad file leaves them as they were and says why. */
    void loadFrom(java.nio.file.Path file) {
        try {
            vm.load(file);
            status.setText(t.format("scenario.file.loaded", file.getFileName().toString()));
        } catch (java.nio.file.NoSuchFileException e) {
            status.setText(t.format("scenario.file.loadFailed", file.getFileName().toString(), t.get("scenario.file.missing")));
        } catch (java.io.IOException | RuntimeException e) {
            status.setText(t.format("scenario.file.loadFailed", file.getFileName().toString(), message(e)));
        }
    }

    /** The core's message without its "scenario file NAME: " prefix (the status names the file already). */
    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.startsWith("scenario file ") && m.indexOf(": ") > 0 ? m.substring(m.indexOf(": ") + 2) : m;
    }

    /** The last result of the current scenario (null before the first run). */
    public ObjectProperty<Trajectory> resultProperty() { return result; }

    public ScenarioViewModel viewModel() { return vm; }

    /** The rows of the end-year table (for tests and exports). */
    public List<Row> rows() { return List.copyOf(table.getItems()); }

    /** The absorption warning of a run, in the interface language, or "" when every tenge is absorbed. */
    String absorptionWarning(Trajectory tr) {
        double unabsorbed = 0, transferred = 0;
        for (var s : tr.years()) {
            unabsorbed += s.unabsorbed();
            for (double v : s.transfer()) transferred += v;
        }
        if (unabsorbed <= 0) return "";
        NumberFormat pct = NumberFormat.getPercentInstance(locale);
        pct.setMaximumFractionDigits(1);
        return t.format("scenario.warning.unabsorbed", pct.format(unabsorbed / (unabsorbed + transferred)),
                pct.format(tr.scenario().parameters().absorptionCap()));
    }

    /** The warning line under the status (tests read it). */
    String absorptionText() { return absorption.getText(); }

    private void show() {
        Trajectory cur = vm.resultProperty().get(), cmp = vm.comparisonProperty().get();
        absorption.setText(cur == null ? "" : absorptionWarning(cur));
        if (cur == null) return;
        MonteCarloResult mc = vm.bandsProperty().get();
        String curName = label(cur.scenario().preset()), cmpName = cmp == null ? "" : label(cmp.scenario().preset());
        grpChart.getData().setAll(series(curName, cur, s -> s.nationalGrp() / 1e6));
        theilChart.getData().setAll(series(curName, cur, s -> s.inequality().theil()));
        if (cmp != null) {
            grpChart.getData().add(series(cmpName, cmp, s -> s.nationalGrp() / 1e6));
            theilChart.getData().add(series(cmpName, cmp, s -> s.inequality().theil()));
        }
        for (LineChart<Number, Number> c : List.of(grpChart, theilChart)) {
            NumberAxis x = (NumberAxis) c.getXAxis();
            x.setAutoRanging(false);
            x.setLowerBound(cur.base().year());
            x.setUpperBound(cur.end().year());
            x.setTickUnit(cur.years().size() > 12 ? 5 : 1);
        }
        if (mc != null) {
            Band g = mc.band(Metric.NATIONAL_GRP), th = mc.band(Metric.THEIL);
            grpChart.getData().add(bandSeries(curName + " P5", mc.baseYear(), g.p5(), 1e6));
            grpChart.getData().add(bandSeries(curName + " P95", mc.baseYear(), g.p95(), 1e6));
            theilChart.getData().add(bandSeries(curName + " P5", mc.baseYear(), th.p5(), 1));
            theilChart.getData().add(bandSeries(curName + " P95", mc.baseYear(), th.p95(), 1));
        }
        legend.getChildren().setAll(key(curName, "#1f77b4", false));
        if (cmp != null) legend.getChildren().add(key(cmpName, "#ff7f0e", false));
        if (mc != null) legend.getChildren().add(key(t.get("scenario.series.band"), "#1f77b4", true));
        var rows = FXCollections.<Row>observableArrayList();
        for (Metric metric : Metric.values()) {
            double a = metric.of(cur.end()), b = cmp == null ? Double.NaN : metric.of(cmp.end());
            double scale = metric == Metric.NATIONAL_GRP ? 1e6 : 1;
            int decimals = metric == Metric.REGIONS_BELOW_AVG ? 0 : metric == Metric.NATIONAL_GRP ? 1 : 4;
            rows.add(new Row(t.get("metric." + metric.column), fmt(a / scale, decimals), fmt(b / scale, decimals),
                    fmt((a - b) / scale, decimals)));
        }
        table.setItems(rows);
        status.setText(t.format("scenario.done", String.valueOf(cur.base().year()), String.valueOf(cur.end().year()),
                mc == null ? 0 : mc.runs()));
    }

    private String fmt(double v, int decimals) {
        if (Double.isNaN(v)) return "";
        number.setMinimumFractionDigits(decimals);
        number.setMaximumFractionDigits(decimals);
        return number.format(v);
    }

    /** A legend entry: a short line in the series' colour and style, then its name. */
    private static Label key(String name, String colour, boolean dashed) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 22, 0);
        line.setStroke(javafx.scene.paint.Color.web(colour));
        line.setStrokeWidth(dashed ? 1 : 2.5);
        if (dashed) line.getStrokeDashArray().setAll(4.0, 4.0);
        return new Label(name, line);
    }

    private static Label wrapping(String text) {
        return WrappedText.allLines(new Label(text));
    }

    private static HBox row(Slider s, Label value) {
        HBox h = new HBox(8, s, value);
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(s, Priority.ALWAYS);
        s.setMaxWidth(Double.MAX_VALUE);
        return h;
    }

    private String label(Preset p) { return t.get("preset." + p.id); }

    private ChoiceBox<Preset> presetChoice() {
        ChoiceBox<Preset> c = new ChoiceBox<>(FXCollections.observableArrayList(
                Preset.INERTIAL, Preset.GROWTH_POLES, Preset.REDISTRIBUTION, Preset.SELECTIVE, Preset.MIX, Preset.OIL_POLES));
        c.setConverter(new StringConverter<>() {
            @Override public String toString(Preset p) { return p == null ? "" : label(p); }
            @Override public Preset fromString(String s) { return null; }
        });
        return c;
    }

    private static Slider slider(double min, double max, double major, double value) {
        Slider s = new Slider(min, max, value);
        s.setMajorTickUnit(major);
        s.setShowTickMarks(true);
        s.setPrefWidth(150);
        return s;
    }

    private Label valueLabel(Slider s, int decimals) {
        Label l = new Label();
        l.setMinWidth(40);
        l.textProperty().bind(s.valueProperty().map(v -> fmt(v.doubleValue(), decimals)));
        return l;
    }

    private LineChart<Number, Number> chart(String title) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setLabel(t.get("scenario.chart.year"));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return String.valueOf(n.intValue()); }
            @Override public Number fromString(String s) { return Integer.parseInt(s); }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setTitle(title);
        c.setCreateSymbols(false);
        c.setAnimated(false);
        c.setLegendVisible(false); // one legend above both charts (see show())
        c.setPrefHeight(300);
        c.setMinWidth(0);
        return c;
    }

    private static XYChart.Series<Number, Number> series(String name, Trajectory tr, ToDoubleFunction<YearState> f) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (YearState y : tr.years()) s.getData().add(new XYChart.Data<>(y.year(), f.applyAsDouble(y)));
        return s;
    }

    private static XYChart.Series<Number, Number> bandSeries(String name, int baseYear, double[] v, double scale) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int k = 0; k < v.length; k++) s.getData().add(new XYChart.Data<>(baseYear + k, v[k] / scale));
        return s;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    /**
     * Two charts side by side when there is room for both at a readable width (760 px), one above
     * the other when the view is narrow (beside the map). Its minimum width is zero, so a narrow
     * view never pushes the view wider than its pane.
     */
    static final class ChartPair extends javafx.scene.layout.Region {
        static final double SIDE_BY_SIDE = 760, HEIGHT = 300, GAP = 8;

        ChartPair(javafx.scene.Node a, javafx.scene.Node b) { getChildren().addAll(a, b); }

        private boolean sideBySide(double w) { return w < 0 || w >= SIDE_BY_SIDE; }

        @Override protected double computeMinWidth(double h) { return 0; }
        @Override protected double computePrefWidth(double h) { return SIDE_BY_SIDE; }
        @Override public javafx.geometry.Orientation getContentBias() { return javafx.geometry.Orientation.HORIZONTAL; }
        @Override protected double computePrefHeight(double w) { return sideBySide(w) ? HEIGHT : 2 * HEIGHT + GAP; }
        @Override protected double computeMinHeight(double w) { return computePrefHeight(w); }

        @Override protected void layoutChildren() {
            double w = getWidth();
            var kids = getManagedChildren();
            if (kids.size() != 2) return;
            if (sideBySide(w)) {
                double half = (w - GAP) / 2;
                kids.get(0).resizeRelocate(0, 0, half, HEIGHT);
                kids.get(1).resizeRelocate(half + GAP, 0, half, HEIGHT);
            } else {
                kids.get(0).resizeRelocate(0, 0, w, HEIGHT);
                kids.get(1).resizeRelocate(0, HEIGHT + GAP, w, HEIGHT);
            }
        }
    }
}
