package kz.aimaq.ui.history;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import kz.aimaq.core.format.NumberFormats;

import java.util.List;

/** The line charts of this package: years on x (no thousands separator), values in the interface's number format. */
final class Charts {
    private Charts() {}

    static LineChart<Number, Number> years(String lang, int decimals) {
        NumberAxis x = new NumberAxis(RegionHistory.FIRST, RegionHistory.LAST + 0.4, 1); // room for the last year's label
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return String.valueOf(n.intValue()); }
            @Override public Number fromString(String s) { return Integer.valueOf(s); }
        });
        x.setTickLabelRotation(-60);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) { return NumberFormats.compact(n.doubleValue(), Math.min(decimals, 1), lang); }
            @Override public Number fromString(String s) { return 0; }
        });
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setAnimated(false);
        c.setCreateSymbols(true);
        c.setLegendVisible(true);
        return c;
    }

    /** A series of the points that have a value: a missing year leaves a gap in the points, never an invented one. */
    static XYChart.Series<Number, Number> series(String name, List<RegionHistory.Point> points, boolean national) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (RegionHistory.Point p : points) {
            Double v = national ? p.national() : p.value();
            if (v != null) s.getData().add(new XYChart.Data<>(p.year(), v));
        }
        return s;
    }
}
