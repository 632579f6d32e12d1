package kz.aimaq.ui.history;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.ui.common.AppContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparison chart of pinned regions: the current indicator 2010–2025 for each pinned region
 * and the national value, each year on that year's territory. Pinning opens it in the main area
 * ("region-compare"); each region has an unpin button; it follows the indicator.
 */
public final class RegionCompare {
    public static final String VIEW_ID = "region-compare";
    private final AppContext app;
    private final Messages m;
    private final ObservableList<String> pinned = FXCollections.observableArrayList();
    private final VBox view = new VBox(6);
    private final LineChart<Number, Number> chart;
    private final FlowPane chips = new FlowPane(6, 4);
    private final Label notes = new Label();
    private final Label source = new Label();
    private javafx.scene.control.Tab tab;
    private final Label title = new Label();

    public RegionCompare(AppContext app) {
        this.app = app;
        this.m = app.messages();
        chart = Charts.years(m.lang(), 1);
        chart.setId("region-compare-chart");
        VBox.setVgrow(chart, Priority.ALWAYS);
        notes.setWrapText(true);
        notes.getStyleClass().add("note");
        source.setWrapText(true);
        source.getStyleClass().add("source-line");
        view.setPadding(new Insets(8));
        view.setId("region-compare");
        title.setWrapText(true);
        title.getStyleClass().add("caption");
        view.getChildren().addAll(chips, title, chart, notes, source);
        pinned.addListener((ListChangeListener<String>) c -> refresh());
        app.viewModel().revisionProperty().addListener((o, a, b) -> { if (view.getScene() != null) refresh(); });
    }

    public ObservableList<String> pinned() { return pinned; }

    public boolean isPinned(String code) { return pinned.contains(code); }

    /**
     * Adds a region to the chart. The first pin shows the chart beside the map; later pins only
     * add their line, so the user can go on clicking regions on the map.
     */
    public void pin(String code) {
        if (!pinned.contains(code)) pinned.add(code);
        if (tab == null || tab.getTabPane() == null) {
            tab = app.openView(VIEW_ID, m.get("history.compare.title"), view);
            tab.setOnClosed(e -> tab = null);
        }
    }

    /** Shows the comparison chart (e.g. from the card) even if it is open already. */
    public void show() {
        tab = app.openView(VIEW_ID, m.get("history.compare.title"), view);
        tab.setOnClosed(e -> tab = null);
    }

    public void unpin(String code) { pinned.remove(code); }

    public VBox view() { return view; }

    public LineChart<Number, Number> chart() { return chart; }

    private void refresh() {
        String lang = m.lang();
        Indicator ind = app.viewModel().indicatorProperty().get();
        if (ind == null) return;
        RegionCatalog c = RegionCatalog.bundled();
        title.setText(ind.name(lang) + ", " + ind.unit(lang));
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        List<RegionHistory.Point> any = List.of();
        Set<String> noteLines = new LinkedHashSet<>();
        chips.getChildren().clear();
        for (String code : pinned) {
            String name = c.byKato(code).map(x -> x.name(lang)).orElse(code);
            List<RegionHistory.Point> pts = RegionHistory.of(app.viewModel().data(), ind.id(), code);
            any = pts;
            series.add(Charts.series(name, pts, false));
            noteLines.addAll(RegionHistory.notes(code, m));
            Button unpin = new Button("✕");
            unpin.setId("unpin-" + code);
            unpin.setTooltip(new Tooltip(m.get("history.unpin")));
            unpin.setOnAction(e -> unpin(code));
            HBox chip = new HBox(4, new Label(name), unpin);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("rank-chip");
            chips.getChildren().add(chip);
        }
        if (!pinned.isEmpty()) series.add(Charts.series(c.byKato("00").map(x -> x.name(lang)).orElse("—"), any, true));
        chart.getData().setAll(series);
        StringBuilder sb = new StringBuilder(m.get("history.note.territory"));
        for (String s : noteLines) sb.append('\n').append(s);
        notes.setText(sb.toString());
        Set<String> src = new LinkedHashSet<>();
        for (RegionHistory.Point p : any) src.addAll(List.of(ChoroplethScenes.sourceOf(app.viewModel().data(), ind.id(), p.year(), m).split("; ")));
        source.setText(src.isEmpty() ? "" : m.format("map.source", String.join("; ", src)));
    }
}
