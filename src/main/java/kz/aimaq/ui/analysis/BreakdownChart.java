package kz.aimaq.ui.analysis;

import javafx.geometry.Orientation;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The selected region's index breakdown: one row per indicator, its name on a line of its own
 * (wrapped) and under it a bar of its contribution with the value. A horizontal bar chart put
 * the names on the category axis, which took the width of the longest one: in the 360 px result
 * column "Ожидаемая продолжительность жизни при рождении" left the bars about 10 px, so the
 * chart showed names and no bars. A {@link Chart}, so the window's chart menu copies and saves it.
 */
final class BreakdownChart extends Chart {
    private static final double VALUE_GAP = 6, BAR_HEIGHT = 14, ROW_GAP = 8, NAME_GAP = 2;

    private final Locale locale;
    /** One indicator's row: its name above, its bar and value below. */
    private record Row(AnalysisViewModel.Bar bar, Label name, Region fill, Label value) {}

    private final List<Row> rows = new ArrayList<>();
    private final Region zeroLine = new Region();

    BreakdownChart(String lang) {
        this.locale = Locale.forLanguageTag(lang);
        setLegendVisible(false);
        setAnimated(false);
        zeroLine.setStyle("-fx-background-color: -fx-text-base-color; -fx-opacity: 0.35;");
        zeroLine.setManaged(false);
    }

    /** Shows these bars (in this order), replacing what was shown. */
    void show(List<AnalysisViewModel.Bar> shown) {
        rows.clear();
        getChartChildren().clear();
        for (AnalysisViewModel.Bar b : shown) {
            Label name = new Label(b.label());
            name.setWrapText(true);
            Region fill = new Region();
            fill.getStyleClass().addAll("chart-bar", "default-color0");
            Label value = new Label(String.format(locale, "%.1f", b.contribution()));
            rows.add(new Row(b, name, fill, value));
            getChartChildren().addAll(name, fill, value);
        }
        if (!shown.isEmpty()) getChartChildren().add(zeroLine);
        requestLayout();
    }

    /** The bars shown (for tests). */
    List<AnalysisViewModel.Bar> bars() { return rows.stream().map(Row::bar).toList(); }

    /** The drawn width of each bar, in pixels (for tests: they are in proportion to the contributions). */
    List<Double> barWidths() { return rows.stream().map(r -> r.fill().getWidth()).toList(); }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override protected double computePrefHeight(double width) {
        double w = width > 0 ? width - snappedLeftInset() - snappedRightInset() : 300;
        return snappedTopInset() + rowsHeight(w) + snappedBottomInset() + 8;
    }

    @Override protected double computeMinHeight(double width) { return computePrefHeight(width); }

    private double rowsHeight(double width) {
        double h = 0;
        for (Row r : rows) h += r.name().prefHeight(width) + NAME_GAP + barRowHeight(r) + ROW_GAP;
        return h;
    }

    private static double barRowHeight(Row r) { return Math.max(BAR_HEIGHT, r.value().prefHeight(-1)); }

    @Override protected void layoutChartChildren(double top, double left, double width, double height) {
        if (rows.isEmpty()) return;
        double valueWidth = rows.stream().mapToDouble(r -> r.value().prefWidth(-1)).max().orElse(0);
        double area = Math.max(0, width - valueWidth - VALUE_GAP);
        double most = rows.stream().mapToDouble(r -> Math.max(0, r.bar().contribution())).max().orElse(0);
        double least = rows.stream().mapToDouble(r -> Math.min(0, r.bar().contribution())).min().orElse(0);
        double span = most - least;
        double zero = left + (span > 0 ? area * (-least / span) : 0);
        double y = top;
        double firstBar = -1, lastBar = 0;
        for (Row r : rows) {
            double nameHeight = r.name().prefHeight(width);
            r.name().resizeRelocate(left, y, width, nameHeight);
            y += nameHeight + NAME_GAP;
            double c = r.bar().contribution();
            double length = span > 0 ? area * Math.abs(c) / span : 0;
            double rowHeight = barRowHeight(r);
            double barY = y + (rowHeight - BAR_HEIGHT) / 2;
            r.fill().resizeRelocate(snapPositionX(c < 0 ? zero - length : zero), snapPositionY(barY), snapSizeX(length), BAR_HEIGHT);
            r.value().resizeRelocate(zero + (c < 0 ? 0 : length) + VALUE_GAP, y, r.value().prefWidth(-1), rowHeight);
            if (firstBar < 0) firstBar = barY;
            lastBar = barY + BAR_HEIGHT;
            y += rowHeight + ROW_GAP;
        }
        zeroLine.resizeRelocate(snapPositionX(zero), firstBar - 2, 1, lastBar - firstBar + 4);
    }
}
