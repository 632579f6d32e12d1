package kz.aimaq.ui.disparity;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.*;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.disparity.TerritoryMode;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.map.FxSurface;

import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The disparity monitor: indicator, years and territory on top, the small multiples below
 * (drawn by the same {@code DisparityChart} as the PNG export), buttons to save the table
 * as CSV and the chart as PNG.
 */
public final class DisparityView extends BorderPane {
    /** PNG export size: a 16:9 slide. */
    static final int PNG_WIDTH = 1920, PNG_HEIGHT = 1080;

    private final DisparityViewModel vm;
    private final Canvas canvas = new Canvas();
    /** The indicator box's width, px: the longest names wrap onto a second line. */
    private static final double INDICATOR_WIDTH = 300;
    private final Label problem = new Label();

    public DisparityView(DisparityViewModel vm, Messages m, Consumer<String> onError) {
        this.vm = vm;
        getStyleClass().add("disparity-view");

        ComboBox<Indicator> indicator = new ComboBox<>(vm.indicators());
        indicator.setId("disparity-indicator");
        indicator.setConverter(converter(i -> i.name(m.lang())));
        indicator.valueProperty().bindBidirectional(vm.indicatorProperty());
        indicator.setVisibleRowCount(20);
        // a set width, the chosen name wrapped: a combo box is as wide as its longest item, and
        // that one pushed the monitor past the right edge of its place beside the index results
        indicator.setPrefWidth(INDICATOR_WIDTH);
        kz.aimaq.ui.fx.WrappedText.wrapChoice(indicator);

        Spinner<Integer> from = yearSpinner(vm, true);
        from.setId("disparity-from");
        Spinner<Integer> to = yearSpinner(vm, false);
        to.setId("disparity-to");

        ComboBox<TerritoryMode> territory = new ComboBox<>();
        territory.setId("disparity-territory");
        territory.getItems().setAll(TerritoryMode.values());
        territory.setConverter(converter(t -> m.get("disparity.mode." + t.id())));
        territory.valueProperty().bindBidirectional(vm.territoryProperty());

        CheckBox scenario = new CheckBox(m.get("disparity.control.scenario"));
        scenario.setId("disparity-scenario");
        scenario.selectedProperty().bindBidirectional(vm.withScenarioProperty());

        Button csv = new Button(m.get("disparity.saveCsv"));
        csv.setId("disparity-save-csv");
        csv.setOnAction(e -> save(m, m.get("disparity.csvFilter"), "*.csv", "disparities.csv", f -> vm.saveCsv(f.toPath()), onError));
        Button png = new Button(m.get("disparity.savePng"));
        png.setId("disparity-save-png");
        png.setOnAction(e -> save(m, m.get("chart.pngFilter"), "*.png", "disparities.png",
                f -> vm.savePng(f.toPath(), PNG_WIDTH, PNG_HEIGHT), onError));
        png.disableProperty().bind(vm.chartProperty().isNull());
        csv.disableProperty().bind(vm.chartProperty().isNull());

        FlowPane controls = new FlowPane(10, 8,
                new Label(m.get("disparity.control.indicator")), indicator,
                new Label(m.get("disparity.control.from")), from,
                new Label(m.get("disparity.control.to")), to,
                new Label(m.get("disparity.control.territory")), territory, scenario, csv, png);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(10));
        problem.setId("disparity-problem");
        problem.setPadding(new Insets(0, 10, 6, 10));
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : m.get(vm.problemProperty().get()), vm.problemProperty()));
        setTop(new javafx.scene.layout.VBox(controls, problem));

        Pane holder = new Pane(canvas);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        vm.chartProperty().addListener((o, a, b) -> draw());
        setCenter(holder);
    }

    private static Spinner<Integer> yearSpinner(DisparityViewModel vm, boolean isFrom) {
        var years = vm.years();
        int lo = years.isEmpty() ? 2000 : years.getFirst(), hi = years.isEmpty() ? 2030 : years.getLast();
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(lo, hi, isFrom ? vm.fromProperty().get() : vm.toProperty().get());
        Spinner<Integer> s = new Spinner<>(factory);
        s.setPrefWidth(90);
        var property = isFrom ? vm.fromProperty() : vm.toProperty();
        factory.valueProperty().addListener((o, a, b) -> { if (b != null) property.set(b); });
        property.addListener((o, a, b) -> factory.setValue(b.intValue()));
        vm.indicatorProperty().addListener((o, a, b) -> {
            var ys = vm.years();
            if (ys.isEmpty()) return;
            factory.setMin(ys.getFirst());
            factory.setMax(ys.getLast());
            factory.setValue(property.get());
        });
        return s;
    }

    /** Draws the chart at the canvas size with the shared painter. */
    void draw() {
        var g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        var c = vm.chartProperty().get();
        if (c != null && w > 50 && h > 50) c.paint(new FxSurface(g), w, h);
    }

    Canvas canvas() { return canvas; }

    private interface FileAction { void run(File f) throws IOException; }

    private void save(Messages m, String filterName, String pattern, String name, FileAction action, Consumer<String> onError) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        fc.setInitialFileName(name);
        File f = kz.aimaq.ui.common.LastFolder.save(fc, getScene() == null ? null : getScene().getWindow());
        if (f == null) return;
        try {
            action.run(f);
        } catch (IOException | RuntimeException ex) {
            onError.accept(m.format("chart.saveFailed", f.getName(), String.valueOf(ex.getMessage())));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
