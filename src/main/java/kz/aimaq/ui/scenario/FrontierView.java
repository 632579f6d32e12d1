package kz.aimaq.ui.scenario;

import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.*;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import kz.aimaq.core.scenario.FrontierPoint;
import kz.aimaq.core.scenario.FrontierResult;

import java.text.NumberFormat;

/**
 * "Find the best mix": the growth–equity frontier of the current scenario over α (end-year national
 * GRP against end-year Theil), the welfare-maximising α* marked in red, an inequality-aversion ε
 * spinner and "Use this α". The sweep runs off the FX thread with progress and Cancel.
 */
final class FrontierView extends VBox {
    private final ScenarioViewModel vm;
    private final ScenarioTexts t;
    private final NumberFormat number;
    private final LineChart<Number, Number> chart;
    private final Label optimum = new Label();
    private final Label ends = new Label();

    FrontierView(ScenarioViewModel vm, ScenarioTexts t, NumberFormat number) {
        super(6);
        this.vm = vm;
        this.t = t;
        this.number = number;
        setPadding(new Insets(8, 0, 0, 0));
        getStyleClass().add("frontier-view");

        Label title = new Label(t.get("scenario.frontier.title"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        Label explain = new Label(t.get("scenario.frontier.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("source-note");

        Spinner<Double> epsilon = new Spinner<>(0.0, 5.0, vm.epsilonProperty().get(), 0.5);
        epsilon.setEditable(true);
        epsilon.setPrefWidth(80);
        epsilon.setId("frontier-epsilon");
        epsilon.valueProperty().addListener((o, a, v) -> {
            if (v == null) return;
            vm.epsilonProperty().set(v);
            if (vm.frontierProperty().get() != null && !vm.frontierRunningProperty().get()) vm.findBestMix(); // 0.05 s: keep α* in step
        });
        Label epsilonLabel = new Label(t.get("scenario.frontier.epsilon"));
        epsilonLabel.setWrapText(true);
        epsilonLabel.setTooltip(new Tooltip(t.get("scenario.frontier.epsilonHelp")));
        HBox epsRow = new HBox(8, epsilonLabel, epsilon);
        epsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Button find = new Button(t.get("scenario.frontier.find"));
        find.setId("frontier-find");
        find.disableProperty().bind(vm.frontierRunningProperty());
        find.setOnAction(e -> vm.findBestMix());
        Button cancel = new Button(t.get("scenario.cancel"));
        cancel.disableProperty().bind(vm.frontierRunningProperty().not());
        cancel.setOnAction(e -> vm.cancelFrontier());
        ProgressBar progress = new ProgressBar(0);
        progress.progressProperty().bind(vm.frontierProgressProperty());
        progress.visibleProperty().bind(vm.frontierRunningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        // the buttons keep their words; the progress bar gives way
        for (Button b : new Button[] {find, cancel}) b.setMinWidth(USE_PREF_SIZE);
        progress.setMinWidth(0);
        HBox buttons = new HBox(8, find, cancel, progress);

        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setLabel(t.get("scenario.frontier.x"));
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setLabel(t.get("scenario.frontier.y"));
        chart = new LineChart<>(x, y);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE); // the line follows α, not Theil
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(260);
        chart.getStyleClass().add("frontier-chart");

        optimum.setWrapText(true);
        optimum.setId("frontier-optimum");
        optimum.getStyleClass().add("frontier-optimum");
        Button use = new Button(t.get("scenario.frontier.use"));
        use.setId("frontier-use");
        use.disableProperty().bind(vm.frontierProperty().isNull().or(vm.frontierRunningProperty()));
        use.setOnAction(e -> vm.useOptimalAlpha());

        ends.setWrapText(true);
        ends.getStyleClass().add("source-note");
        chart.visibleProperty().bind(vm.frontierProperty().isNotNull());
        chart.managedProperty().bind(chart.visibleProperty());
        for (Label l : new Label[] {ends, optimum}) l.managedProperty().bind(l.textProperty().isNotEmpty());
        getChildren().addAll(title, explain, epsRow, buttons, chart, ends, optimum, use);
        vm.frontierProperty().addListener((o, a, f) -> show(f));
    }

    /** The text under the chart, e.g. "α* = 0,62 at ε = 1: …" (empty before the first sweep). */
    String optimumText() { return optimum.getText(); }

    LineChart<Number, Number> chart() { return chart; }

    private void show(FrontierResult f) {
        chart.getData().clear();
        if (f == null) { optimum.setText(""); ends.setText(""); return; }
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName(t.get("scenario.frontier.series"));
        for (int k = 0; k < f.points().size(); k++) {
            FrontierPoint p = f.points().get(k);
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.theil(), p.nationalGrp() / 1e6);
            if (k == 0 || k == f.points().size() - 1) d.setNode(end(t.format("scenario.frontier.end", k == 0 ? "0" : "1")));
            line.getData().add(d);
        }
        FrontierPoint best = f.optimum();
        XYChart.Series<Number, Number> star = new XYChart.Series<>();
        star.setName("α*");
        XYChart.Data<Number, Number> d = new XYChart.Data<>(best.theil(), best.nationalGrp() / 1e6);
        Circle c = new Circle(6);
        // inline: the chart replaces a data node's style classes with its own symbol classes
        c.setStyle("-fx-fill: #d62728; -fx-stroke: white; -fx-stroke-width: 1.5;");
        Tooltip.install(c, new Tooltip(t.format("scenario.frontier.star", fmt(best.alpha(), 2))));
        d.setNode(c);
        star.getData().add(d);
        chart.getData().setAll(line, star);
        boolean zeroLeft = f.points().getFirst().theil() <= f.points().getLast().theil();
        ends.setText(t.get(zeroLeft ? "scenario.frontier.zeroLeft" : "scenario.frontier.zeroRight"));
        optimum.setText(t.format("scenario.frontier.optimum", fmt(best.alpha(), 2), fmt(f.epsilon(), 1),
                fmt(best.nationalGrp() / 1e6, 1), fmt(best.theil(), 4), fmt(best.welfare(), 0)));
    }

    /** A hollow dot at an end of the sweep, named in its tooltip (labels on the plot get clipped). */
    private static Circle end(String text) {
        Circle c = new Circle(4);
        c.setStyle("-fx-fill: white; -fx-stroke: #1f77b4; -fx-stroke-width: 2;");
        Tooltip.install(c, new Tooltip(text));
        return c;
    }

    private String fmt(double v, int decimals) {
        number.setMinimumFractionDigits(decimals == 1 ? 0 : decimals); // ε = 1, not 1,0
        number.setMaximumFractionDigits(decimals);
        return number.format(v);
    }
}
