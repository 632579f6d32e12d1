package kz.aimaq.ui.map;

import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.*;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.RegionCatalog;

import java.util.SortedMap;

/** The right panel opened by clicking a region: its codes, its values in the year, a chart over the years. */
public final class RegionPanel extends VBox {
    private final Messages m;
    private final IndicatorData data;
    private final Label title = new Label();
    private final GridPane facts = new GridPane();
    private final LineChart<Number, Number> chart;

    public RegionPanel(Messages m, IndicatorData data, Runnable onClose) {
        this.m = m;
        this.data = data;
        setSpacing(8);
        setPadding(new Insets(12));
        setPrefWidth(330);
        getStyleClass().add("side-panel");
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        Button close = new Button("✕");
        close.setTooltip(new Tooltip(m.get("region.close")));
        close.setOnAction(e -> onClose.run());
        facts.setHgap(10);
        facts.setVgap(3);
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setTickUnit(2);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override public String toString(Number n) { return String.valueOf(n.intValue()); }
            @Override public Number fromString(String s) { return Integer.parseInt(s); }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        // ticks in the interface language (3 605,5 in ru/kk, not 3,605.5)
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override public String toString(Number n) {
                double v = n.doubleValue();
                return kz.aimaq.core.format.NumberFormats.format(v, Math.abs(v) >= 100 || v == Math.rint(v) ? 0 : 1, m.lang());
            }
            @Override public Number fromString(String s) { return Double.parseDouble(s); }
        });
        chart = new LineChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(220);
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(facts);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(330);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(6, title, close);
        javafx.scene.layout.HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(head, scroll, new Label(m.get("region.series")), chart);
    }

    public void show(MapRegion r, Indicator current, int year) {
        String lang = m.lang();
        title.setText(RegionCatalog.bundled().byKato(r.code()).map(x -> x.name(lang)).orElse(r.name(lang)));
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, m.get("region.kato"), r.code());
        row = fact(row, m.get("region.iso"), RegionCatalog.bundled().byKato(r.code()).map(x -> x.iso()).orElse("—"));
        row = fact(row, m.get("region.area"), NumberFormats.format(r.areaKm2(), 0, lang) + " " + m.get("unit.km2"));
        Label head = new Label(m.format("region.values", String.valueOf(year)));
        head.getStyleClass().add("caption");
        facts.add(head, 0, row++, 2, 1);
        for (Indicator i : data.catalog().all()) {
            var v = data.current(i.id(), year, r.code());
            if (v.isEmpty()) continue;
            row = fact(row, i.name(lang), NumberFormats.format(v.getAsDouble(), i.decimals(), lang) + " " + i.unit(lang));
        }
        SortedMap<Integer, Double> series = data.series(current.id(), r.code());
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        series.forEach((yr, v) -> s.getData().add(new XYChart.Data<>(yr, v)));
        chart.getData().setAll(java.util.List.of(s));
        chart.setTitle(current.name(lang) + ", " + current.unit(lang));
    }

    private int fact(int row, String name, String value) {
        Label n = new Label(name);
        n.setWrapText(true);
        n.setMaxWidth(170);
        n.getStyleClass().add("fact-name");
        Label v = new Label(value);
        v.setWrapText(true);
        facts.add(n, 0, row);
        facts.add(v, 1, row);
        return row + 1;
    }
}
