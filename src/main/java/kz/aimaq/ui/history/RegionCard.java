package kz.aimaq.ui.history;

import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.control.*;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.ui.map.MapViewModel;

import java.util.List;

/**
 * The card opened by clicking a region: the current indicator 2010–2025 for the region against
 * the national value (each year on that year's territory, the territory changes said under the
 * chart), its rank among the regions of each year ("3 / 17"), the source, and a button that pins
 * the region onto the comparison chart. It follows the indicator while open.
 */
public final class RegionCard extends VBox {
    private final Messages m;
    private final MapViewModel vm;
    private final RegionCompare compare;
    private final Label title = new Label();
    private final Label facts = new Label();
    private final LineChart<Number, Number> chart;
    private final Label notes = new Label();
    private final FlowPane ranks = new FlowPane(8, 2);
    private final Label rankTitle = new Label();
    /** The chart's indicator and unit: a label that wraps (a chart title is cut with "…"). */
    private final Label chartTitle = new Label();
    private final Label source = new Label();
    private final Button pin = new Button();
    private MapRegion region;

    public RegionCard(Messages m, MapViewModel vm, RegionCompare compare, Runnable onClose) {
        this.m = m;
        this.vm = vm;
        this.compare = compare;
        setSpacing(6);
        setPadding(new Insets(10));
        setPrefWidth(360);
        setMaxWidth(420);
        getStyleClass().addAll("side-panel", "region-card");
        setId("region-card");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("✕");
        close.setTooltip(new Tooltip(m.get("region.close")));
        close.setOnAction(e -> onClose.run());
        HBox head = new HBox(6, title, close);
        HBox.setHgrow(title, Priority.ALWAYS);
        facts.setWrapText(true);
        chart = Charts.years(m.lang(), 1);
        chart.setId("region-history-chart");
        chart.setPrefHeight(250);
        chart.setMinHeight(200);
        notes.setWrapText(true);
        notes.getStyleClass().add("note");
        notes.setId("region-history-notes");
        rankTitle.getStyleClass().add("caption");
        rankTitle.setWrapText(true);
        chartTitle.setWrapText(true);
        chartTitle.getStyleClass().add("caption");
        ranks.setId("region-history-ranks");
        source.setWrapText(true);
        source.getStyleClass().add("source-line");
        pin.setId("region-pin");
        pin.setMaxWidth(Double.MAX_VALUE);
        pin.setWrapText(true);
        pin.setOnAction(e -> {
            if (region == null) return;
            if (compare.isPinned(region.code())) compare.unpin(region.code());
            else compare.pin(region.code());
            updatePin();
        });
        VBox body = new VBox(6, facts, chartTitle, chart, notes, rankTitle, ranks, source, pin);
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, scroll);
        vm.revisionProperty().addListener((o, a, b) -> { if (region != null && getParent() != null) refresh(); });
        compare.pinned().addListener((javafx.collections.ListChangeListener<String>) c -> updatePin());
    }

    /** Shows a region (from a click on the map). */
    public void show(MapRegion r) {
        region = r;
        refresh();
    }

    public MapRegion region() { return region; }

    public LineChart<Number, Number> chart() { return chart; }

    private void refresh() {
        String lang = m.lang();
        Indicator ind = vm.indicatorProperty().get();
        String code = region.code();
        String name = RegionCatalog.bundled().byKato(code).map(x -> x.name(lang)).orElse(region.name(lang));
        title.setText(name);
        int year = vm.yearProperty().get();
        MapModel model = vm.modelProperty().get();
        Double now = model == null ? null : ChoroplethScenes.values(vm.data(), model.boundaries(), ind.id(), year).get(code);
        facts.setText(m.get("region.kato") + ": " + code + "\n" + ind.name(lang) + ", " + year + ": "
                + (now == null ? NumberFormats.NO_VALUE : NumberFormats.format(now, ind.decimals(), lang) + " " + ind.unit(lang)));
        boolean district = vm.levelProperty().get() == MapLevel.DISTRICT;
        List<RegionHistory.Point> points = district ? List.of() : RegionHistory.of(vm.data(), ind.id(), code);
        chartTitle.setText(ind.name(lang) + ", " + ind.unit(lang));
        String national = RegionCatalog.bundled().byKato("00").map(x -> x.name(lang)).orElse("—");
        chart.getData().setAll(List.of(Charts.series(name, points, false), Charts.series(national, points, true)));
        List<String> n = RegionHistory.notes(code, m);
        StringBuilder sb = new StringBuilder(m.get("history.note.territory"));
        for (String s : n) sb.append('\n').append(s);
        if (points.stream().noneMatch(p -> p.value() != null)) sb.append('\n').append(m.get("history.none"));
        notes.setText(sb.toString());
        rankTitle.setText(m.get("history.rank"));
        ranks.getChildren().clear();
        for (RegionHistory.Point p : points) {
            if (p.rank() == null) continue;
            Label l = new Label(p.year() + ": " + m.format("history.rankOf", String.valueOf(p.rank()), String.valueOf(p.ranked())));
            l.getStyleClass().add("rank-chip");
            ranks.getChildren().add(l);
        }
        source.setText(m.format("map.source", sources(points, ind.id())));
        updatePin();
    }

    /** The short sources of every year on the chart, each once. */
    String sources(List<RegionHistory.Point> points, String indicator) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        for (RegionHistory.Point p : points) s.addAll(List.of(ChoroplethScenes.sourceOf(vm.data(), indicator, p.year(), m).split("; ")));
        if (s.isEmpty()) s.add(ChoroplethScenes.sourceOf(vm.data(), indicator, vm.yearProperty().get(), m));
        return String.join("; ", s);
    }

    private void updatePin() {
        if (region == null) return;
        pin.setText(compare.isPinned(region.code()) ? m.get("history.unpin") : m.get("history.pin"));
    }
}
