package kz.aimaq.ui.analysis;

import kz.aimaq.core.stats.WeightsSpec;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.*;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.DoubleStringConverter;
import kz.aimaq.core.analysis.IndexResult;
import kz.aimaq.core.analysis.IndexSpec.Aggregation;
import kz.aimaq.core.analysis.IndexSpec.Direction;
import kz.aimaq.core.analysis.IndexSpec.Normalisation;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.stats.MoranI;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The analysis side panel: index builder (components, normalisation, mean, year, results table
 * and the selected region's breakdown bars), region typology (editable thresholds) and
 * spatial clusters (Moran's I and LISA). Categorical results are shown in a legend here and
 * offered to the map through {@link AnalysisViewModel#categoricalMapProperty()}.
 */
public final class AnalysisPanel extends Accordion {
    private final AnalysisViewModel vm;
    private final AnalysisTexts t;
    private final RegionCatalog catalog = RegionCatalog.bundled();
    private final RegionalisationViewModel regionalisation;
    /** The index's results table and breakdown chart (in the index section, or a main-area view). */
    private final VBox indexResults = new VBox(6);
    private VBox indexBox;
    private final RegionalisationPane regionsPane;
    /** Opens a result view in the main area (title, id, content); null: results stay in the panel, the scatter in a window. */
    private ViewOpener opener;

    /** Where result views go: the application's main area. */
    @FunctionalInterface
    public interface ViewOpener { void open(String id, String title, javafx.scene.Node content); }

    public AnalysisPanel(IndicatorData data, String lang) { this(new AnalysisViewModel(data), lang); }

    public AnalysisPanel(AnalysisViewModel vm, String lang) {
        this.vm = vm;
        this.t = new AnalysisTexts(lang);
        vm.langProperty().set(t.lang());
        TitledPane index = new TitledPane(t.get("analysis.index"), indexPane());
        TitledPane typology = new TitledPane(t.get("analysis.typology"), typologyPane());
        TitledPane clusters = new TitledPane(t.get("analysis.clusters"), clustersPane());
        regionalisation = new RegionalisationViewModel(vm.data(), vm.layerSource());
        regionsPane = new RegionalisationPane(regionalisation, vm, vm.indicators(), t.lang());
        TitledPane regions = new TitledPane(Messages.of(t.lang()).get("regionalize.title"), regionsPane);
        getPanes().addAll(index, typology, clusters, regions);
        setExpandedPane(index);
        getStyleClass().add("analysis-panel");
    }

    public AnalysisViewModel viewModel() { return vm; }

    /**
     * Sends results to the main area: the index table and breakdown chart become a view (opened on
     * each computation and by a "Show results" button), the Moran scatterplot a view instead of a
     * window of its own.
     */
    public void showResultsIn(ViewOpener opener) {
        this.opener = opener;
        indexBox.getChildren().remove(indexResults);
        indexResults.setPadding(new Insets(8));
        Runnable open = () -> opener.open("analysis-index", t.get("analysis.index.results"), indexResults);
        Button show = new Button(t.get("analysis.results.show"));
        show.setId("index-results-show");
        show.disableProperty().bind(vm.indexResultProperty().isNull());
        show.setOnAction(e -> open.run());
        indexBox.getChildren().add(show);
        vm.indexResultProperty().addListener((o, a, r) -> { if (r != null) open.run(); });
        regionsPane.showResultsIn(opener);
    }

    /** The regionalisation section's view model (its proposal, fit and moved regions). */
    public RegionalisationViewModel regionalisation() { return regionalisation; }

    // ---- index ------------------------------------------------------------------------------
    private VBox indexPane() {
        TableView<AnalysisViewModel.ComponentRow> comps = new TableView<>(vm.components());
        comps.setId("index-components");
        comps.setEditable(true);
        comps.setPrefHeight(150);
        TableColumn<AnalysisViewModel.ComponentRow, String> ind = new TableColumn<>(t.get("analysis.index.indicator"));
        ind.setCellValueFactory(c -> c.getValue().indicatorProperty());
        ind.setCellFactory(ComboBoxTableCell.forTableColumn(indicatorNames(),
                FXCollections.observableArrayList(vm.indicators().stream().map(Indicator::id).toList())));
        ind.setPrefWidth(150);
        TableColumn<AnalysisViewModel.ComponentRow, Direction> dir = new TableColumn<>(t.get("analysis.index.direction"));
        dir.setCellValueFactory(c -> c.getValue().directionProperty());
        dir.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override public String toString(Direction d) { return d == null ? "" : t.get(d == Direction.LOWER_IS_BETTER ? "analysis.index.lower" : "analysis.index.higher"); }
            @Override public Direction fromString(String s) { return null; }
        }, Direction.values()));
        TableColumn<AnalysisViewModel.ComponentRow, Double> weight = new TableColumn<>(t.get("analysis.index.weight"));
        weight.setCellValueFactory(c -> c.getValue().weightProperty().asObject());
        weight.setCellFactory(TextFieldTableCell.forTableColumn(new DoubleStringConverter()));
        comps.getColumns().setAll(java.util.List.of(ind, dir, weight));

        ComboBox<String> toAdd = new ComboBox<>(FXCollections.observableArrayList(vm.indicators().stream().map(Indicator::id).toList()));
        toAdd.setConverter(indicatorNames());
        toAdd.setPrefWidth(170);
        Button add = new Button(t.get("analysis.index.add"));
        add.setOnAction(e -> { if (toAdd.getValue() != null) vm.addComponent(toAdd.getValue()); });
        Button remove = new Button(t.get("analysis.index.remove"));
        remove.disableProperty().bind(comps.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.components().remove(comps.getSelectionModel().getSelectedItem()));

        ChoiceBox<Normalisation> norm = new ChoiceBox<>(FXCollections.observableArrayList(Normalisation.values()));
        norm.setConverter(words(n -> t.get("analysis.norm." + n.json())));
        norm.valueProperty().bindBidirectional(vm.normalisationProperty());
        ChoiceBox<Aggregation> agg = new ChoiceBox<>(FXCollections.observableArrayList(Aggregation.values()));
        agg.setConverter(words(a -> t.get("analysis.agg." + a.json())));
        agg.valueProperty().bindBidirectional(vm.aggregationProperty());
        Spinner<Integer> year = yearSpinner(vm.indexYearProperty().get());
        year.valueProperty().addListener((o, a, b) -> vm.indexYearProperty().set(b));
        Button compute = new Button(t.get("analysis.index.compute"));
        compute.setId("index-compute");
        compute.setDefaultButton(true);
        compute.setOnAction(e -> vm.computeIndex());

        GridPane options = grid();
        options.addRow(0, new Label(t.get("analysis.index.normalisation")), norm);
        options.addRow(1, new Label(t.get("analysis.index.aggregation")), agg);
        options.addRow(2, new Label(t.get("analysis.index.year")), year);

        TableView<IndexResult.RegionScore> results = new TableView<>();
        results.setId("index-results");
        results.setPrefHeight(220);
        vm.indexResultProperty().addListener((o, a, r) -> results.getItems().setAll(r == null ? java.util.List.of() : r.scores()));
        TableColumn<IndexResult.RegionScore, String> region = new TableColumn<>(t.get("analysis.index.region"));
        region.setCellValueFactory(c -> new ReadOnlyStringWrapper(catalog.require(c.getValue().code()).shortName(t.lang())));
        TableColumn<IndexResult.RegionScore, Number> score = new TableColumn<>(t.get("analysis.index.score"));
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        score.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.forLanguageTag(t.lang()), "%.1f", v.doubleValue()));
            }
        });
        TableColumn<IndexResult.RegionScore, Number> rank = new TableColumn<>(t.get("analysis.index.rank"));
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        TableColumn<IndexResult.RegionScore, String> range = new TableColumn<>(t.get("analysis.index.range"));
        range.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rankMin() + "–" + c.getValue().rankMax()));
        TableColumn<IndexResult.RegionScore, String> weakest = new TableColumn<>(t.get("analysis.index.weakest"));
        weakest.setCellValueFactory(c -> new ReadOnlyStringWrapper(indicatorNames().toString(c.getValue().weakest().indicator())));
        results.getColumns().setAll(java.util.List.of(region, score, rank, range, weakest));
        results.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> { if (s != null) vm.selectedRegionProperty().set(s.code()); });

        BreakdownChart chart = new BreakdownChart(t.lang());
        chart.setId("index-breakdown");
        Label chartTitle = new Label(t.get("analysis.index.breakdown"));
        chartTitle.setId("index-breakdown-title");
        chartTitle.setWrapText(true);
        chartTitle.setMinHeight(USE_PREF_SIZE);
        chartTitle.getStyleClass().add("chart-title");
        Runnable redraw = () -> {
            chart.show(vm.breakdown());
            IndexResult r = vm.indexResultProperty().get();
            String code = vm.selectedRegionProperty().get();
            chartTitle.setText(r == null || code == null || r.score(code).isEmpty() ? t.get("analysis.index.breakdown")
                    : t.format("analysis.index.breakdownFor", catalog.require(code).shortName(t.lang()),
                    r.score(code).get().rank(), r.score(code).get().rankMin(), r.score(code).get().rankMax()));
        };
        vm.breakdown().addListener((javafx.collections.ListChangeListener<AnalysisViewModel.Bar>) c -> redraw.run());
        redraw.run();

        chart.setMinWidth(200);
        results.setPrefHeight(300);
        indexResults.getChildren().setAll(results, chartTitle, chart);
        indexResults.setId("index-results-view");
        // the table takes what the breakdown (which never shrinks below its rows) leaves
        VBox.setVgrow(results, javafx.scene.layout.Priority.ALWAYS);
        kz.aimaq.ui.common.FormGrid.tidy(options);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, toAdd, add, remove);
        VBox box = new VBox(6, comps, buttons, options, compute, message(), indexResults);
        box.setPadding(new Insets(6));
        indexBox = box;
        return box;
    }

    // ---- typology ---------------------------------------------------------------------------
    private VBox typologyPane() {
        Spinner<Integer> from = yearSpinner(vm.fromProperty().get());
        from.valueProperty().addListener((o, a, b) -> vm.fromProperty().set(b));
        Spinner<Integer> to = yearSpinner(vm.toProperty().get());
        to.valueProperty().addListener((o, a, b) -> vm.toProperty().set(b));
        GridPane g = grid();
        g.addRow(0, new Label(t.get("analysis.typology.from")), from);
        g.addRow(1, new Label(t.get("analysis.typology.to")), to);
        g.addRow(2, new Label(t.get("analysis.typology.level")), number(vm.levelRatioProperty(), 0.1, 5, 0.05));
        g.addRow(3, new Label(t.get("analysis.typology.stagnation")), number(vm.stagnationPctProperty(), -10, 20, 0.5));
        g.addRow(4, new Label(t.get("analysis.typology.decline")), number(vm.declinePctProperty(), -20, 20, 0.5));
        g.addRow(5, new Label(t.get("analysis.typology.margin")), number(vm.marginPpProperty(), -10, 10, 0.5));
        Button compute = new Button(t.get("analysis.typology.compute"));
        compute.setId("typology-compute");
        compute.setOnAction(e -> vm.computeTypology());
        CategoryLegend legend = new CategoryLegend();
        legend.setId("typology-legend");
        vm.typologyProperty().addListener((o, a, r) -> legend.show(vm.categoricalMapProperty().get()));
        kz.aimaq.ui.common.FormGrid.tidy(g);
        compute.setWrapText(true);
        VBox box = new VBox(6, g, compute, message(), legend);
        box.setPadding(new Insets(6));
        return box;
    }

    // ---- clusters ---------------------------------------------------------------------------
    private VBox clustersPane() {
        ComboBox<String> ind = new ComboBox<>(FXCollections.observableArrayList(vm.indicators().stream().map(Indicator::id).toList()));
        ind.setId("clusters-indicator");
        ind.setConverter(indicatorNames());
        ind.valueProperty().bindBidirectional(vm.clusterIndicatorProperty());
        Spinner<Integer> year = yearSpinner(vm.clusterYearProperty().get());
        year.valueProperty().addListener((o, a, b) -> vm.clusterYearProperty().set(b));
        ComboBox<String> weights = new ComboBox<>(FXCollections.observableArrayList("queen", "rook", "knn:4", "distance:500"));
        weights.setEditable(true);
        weights.setConverter(weightNames(weights));
        weights.valueProperty().bindBidirectional(vm.weightsProperty());
        Spinner<Integer> perms = new Spinner<>(99, 99_999, vm.permutationsProperty().get(), 100);
        perms.setEditable(true);
        perms.valueProperty().addListener((o, a, b) -> vm.permutationsProperty().set(b));
        Messages shared = Messages.of(t.lang());
        ComboBox<Double> alpha = new ComboBox<>(FXCollections.observableArrayList(0.05, 0.01, 0.001));
        alpha.setId("clusters-alpha");
        alpha.setConverter(words(a -> NumberFormat.getNumberInstance(Locale.forLanguageTag(t.lang())).format(a)));
        alpha.setValue(vm.alphaProperty().get());
        alpha.valueProperty().addListener((o, a, b) -> { if (b != null) vm.alphaProperty().set(b); });
        GridPane g = grid();
        g.addRow(0, new Label(t.get("analysis.clusters.indicator")), ind);
        g.addRow(1, new Label(t.get("analysis.clusters.year")), year);
        g.addRow(2, new Label(t.get("analysis.clusters.weights")), weights);
        g.addRow(3, new Label(t.get("analysis.clusters.permutations")), perms);
        g.addRow(4, new Label(shared.get("stats.alpha")), alpha);
        ComboBox<AnalysisViewModel.LocalMap> show = new ComboBox<>(FXCollections.observableArrayList(AnalysisViewModel.LocalMap.values()));
        show.setId("clusters-map");
        show.setConverter(words(lm -> shared.get(lm.key())));
        show.valueProperty().bindBidirectional(vm.localMapProperty());
        g.addRow(5, new Label(shared.get("stats.map.choice")), show);
        Button compute = new Button(t.get("analysis.clusters.compute"));
        compute.setId("clusters-compute");
        compute.setOnAction(e -> vm.computeClusters());
        Label moran = new Label();
        moran.setId("clusters-moran");
        moran.setWrapText(true);
        CategoryLegend legend = new CategoryLegend();
        legend.setId("clusters-legend");
        vm.lisaProperty().addListener((o, a, r) -> {
            legend.show(vm.categoricalMapProperty().get());
            MoranI.Result m = vm.moranProperty().get();
            Locale loc = Locale.forLanguageTag(t.lang());
            moran.setText(m == null ? "" : t.format("analysis.clusters.moran", String.format(loc, "%.3f", m.I()),
                    String.format(loc, "%.3f", m.expectedI()), String.format(loc, "%.3f", m.pSim())));
        });
        Button scatter = new Button(shared.get("stats.scatter.open"));
        scatter.setId("clusters-scatter");
        scatter.disableProperty().bind(vm.scatterProperty().isNull());
        scatter.setTooltip(new Tooltip(shared.get("stats.scatter.none")));
        scatter.setOnAction(e -> {
            if (opener != null) opener.open("analysis-scatter", shared.get("stats.scatter.tab"), scatterView(vm.scatterProperty().get()));
            else MoranScatterView.open(getScene() == null ? null : getScene().getWindow(),
                    scatterView(vm.scatterProperty().get()), shared.get("stats.scatter.window"));
        });
        scatter.setWrapText(true);
        kz.aimaq.ui.common.FormGrid.tidy(g);
        compute.setWrapText(true);
        VBox box = new VBox(6, g, new javafx.scene.layout.FlowPane(6, 6, compute, scatter), message(), moran, legend);
        box.setPadding(new Insets(6));
        return box;
    }

    /** The scatterplot of the last computed clusters, its point clicks bound to the panel's selected region. */
    MoranScatterView scatterView(AnalysisViewModel.Scatter s) {
        Messages m = Messages.of(t.lang());
        String indicator = s.indicator().name(t.lang());
        String year = Integer.toString(s.year());
        String subtitle = m.format("stats.scatter.subtitle", indicator + " (" + s.indicator().unit(t.lang()) + ")", year,
                m.format("map.source", m.get("map.sourceBundled")), s.weights());
        return new MoranScatterView(s.plot(), code -> catalog.byKato(code).map(r -> r.name(t.lang())).orElse(code),
                m.format("stats.scatter.title", indicator, year), m.get("stats.scatter.x"), m.get("stats.scatter.y"),
                subtitle, vm.selectedRegionProperty(), t.lang());
    }

    // ---- helpers ----------------------------------------------------------------------------
    private Label message() {
        Label l = new Label();
        l.getStyleClass().add("analysis-message");
        l.setWrapText(true);
        l.textProperty().bind(vm.messageProperty());
        return l;
    }

    private StringConverter<String> indicatorNames() {
        return words(id -> vm.indicators().stream().filter(i -> i.id().equals(id)).findFirst().map(i -> i.name(t.lang())).orElse(id));
    }

    /** Weights by their method name in the user's language; what the user types (knn:6) is kept as typed. */
    private StringConverter<String> weightNames(ComboBox<String> box) {
        return new StringConverter<>() {
            @Override public String toString(String spec) {
                if (spec == null) return "";
                try { return WeightsSpec.parse(spec).label(t.lang()); }
                catch (IllegalArgumentException e) { return spec; }
            }
            @Override public String fromString(String text) {
                for (String s : box.getItems()) if (toString(s).equals(text)) return s;
                return text;
            }
        };
    }

    private static <T> StringConverter<T> words(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T v) { return v == null ? "" : f.apply(v); }
            @Override public T fromString(String s) { throw new UnsupportedOperationException("choice only"); }
        };
    }

    private static Spinner<Integer> yearSpinner(int value) {
        Spinner<Integer> s = new Spinner<>(2000, 2100, value);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    private static Spinner<Double> number(javafx.beans.property.DoubleProperty p, double min, double max, double step) {
        Spinner<Double> s = new Spinner<>(min, max, p.get(), step);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.valueProperty().addListener((o, a, b) -> { if (b != null) p.set(b); });
        return s;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        return g;
    }
}
