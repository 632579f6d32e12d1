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
    private final List<AnalysisViewModel.Bar> bars = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Region> barNodes = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final Region zeroLine = new Region();

    BreakdownChart(String lang) {
        this.locale = Locale.forLanguageTag(lang);
        setLegendVisible(false);
        setAnimated(false);
        zeroLine.setStyle("-fx-background-color: -fx-text-base-color; -fx-opacity: 0.35;");
        zeroLine.setManaged(false);
        getStyleClass().add("breakdown-chart");
    }

    /** Shows these bars (in this order), replacing what was shown. */
    void show(List<AnalysisViewModel.Bar> shown) {
        bars.clear();
        bars.addAll(shown);
        names.clear();
        barNodes.clear();
        values.clear();
        getChartChildren().clear();
        for (AnalysisViewModel.Bar b : shown) {
            Label name = new Label(b.label());
            name.setWrapText(true);
            name.getStyleClass().add("breakdown-name");
            Region bar = new Region();
            bar.getStyleClass().addAll("chart-bar", "default-color0", b.contribution() < 0 ? "negative" : "positive");
            Label value = new Label(String.format(locale, "%.1f", b.contribution()));
            value.getStyleClass().add("breakdown-value");
            names.add(name);
            barNodes.add(bar);
            values.add(value);
            getChartChildren().addAll(name, bar, value);
        }
        if (!shown.isEmpty()) getChartChildren().add(zeroLine);
        requestLayout();
    }

    /** The bars shown (for tests). */
    List<AnalysisViewModel.Bar> bars() { return List.copyOf(bars); }

    /** The drawn width of each bar, in pixels (for tests: they are in proportion to the contributions). */
    List<Double> barWidths() { return barNodes.stream().map(Region::getWidth).toList(); }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override protected double computePrefHeight(double width) {
        double w = width > 0 ? width - snappedLeftInset() - snappedRightInset() : 300;
        return snappedTopInset() + rowsHeight(w) + snappedBottomInset() + 8;
    }

    @Override protected double computeMinHeight(double width) { return computePrefHeight(width); }

    private double rowsHeight(double width) {
        double h = 0;
        for (int i = 0; i < names.size(); i++) {
            h += names.get(i).prefHeight(width) + NAME_GAP + Math.max(BAR_HEIGHT, values.get(i).prefHeight(-1)) + ROW_GAP;
        }
        return h;
    }

    @Override protected void layoutChartChildren(double top, double left, double width, double height) {
        if (bars.isEmpty()) return;
        double valueWidth = values.stream().mapToDouble(v -> v.prefWidth(-1)).max().orElse(0);
        double area = Math.max(0, width - valueWidth - VALUE_GAP);
        double most = bars.stream().mapToDouble(b -> Math.max(0, b.contribution())).max().orElse(0);
        double least = bars.stream().mapToDouble(b -> Math.min(0, b.contribution())).min().orElse(0);
        double span = most - least;
        double zero = left + (span > 0 ? area * (-least / span) : 0);
        double y = top;
        double firstBar = -1, lastBar = 0;
        for (int i = 0; i < bars.size(); i++) {
            Label name = names.get(i);
            double nameHeight = name.prefHeight(width);
            name.resizeRelocate(left, y, width, nameHeight);
            y += nameHeight + NAME_GAP;
            double c = bars.get(i).contribution();
            double length = span > 0 ? area * Math.abs(c) / span : 0;
            double x = c < 0 ? zero - length : zero;
            double rowHeight = Math.max(BAR_HEIGHT, values.get(i).prefHeight(-1));
            double barY = y + (rowHeight - BAR_HEIGHT) / 2;
            barNodes.get(i).resizeRelocate(snapPositionX(x), snapPositionY(barY), snapSizeX(length), BAR_HEIGHT);
            Label value = values.get(i);
            double valueX = zero + (c < 0 ? 0 : length) + VALUE_GAP;
            value.resizeRelocate(valueX, y, value.prefWidth(-1), rowHeight);
            if (firstBar < 0) firstBar = barY;
            lastBar = barY + BAR_HEIGHT;
            y += rowHeight + ROW_GAP;
        }
        zeroLine.resizeRelocate(snapPositionX(zero), firstBar - 2, 1, lastBar - firstBar + 4);
    }
}
