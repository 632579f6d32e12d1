package kz.aimaq.ui.analysis;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.stats.LisaClass;
import kz.aimaq.core.stats.MoranScatterplot;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The Moran scatterplot (Anselin 1996): each region's standardised value against the spatial lag
 * of the standardised values around it, with the regression line (its slope is Moran's I), the
 * quadrant lines at 0 and the regions labelled. Points are coloured by quadrant in the LISA
 * colours. Clicking a point sets {@code selectedRegion} (the analysis view model's selection, the
 * same property a click on the map sets); the selected point is drawn larger with a dark ring.
 * Built in code on a {@link LineChart}: the points series has no line, the other three series are
 * two-point lines without symbols.
 */
public final class MoranScatterView extends BorderPane {
    private final Map<String, Circle> dots = new LinkedHashMap<>();
    private final LineChart<Number, Number> chart;

    /**
     * @param names    region code → display name (in the UI language)
     * @param subtitle unit, year and source of the indicator, shown under the chart
     */
    public MoranScatterView(MoranScatterplot plot, Function<String, String> names, String title, String xLabel, String yLabel,
                            String subtitle, StringProperty selectedRegion, String lang) {
        Messages m = Messages.of(lang);
        double range = 0.5;
        for (MoranScatterplot.Point p : plot.points()) range = Math.max(range, Math.max(Math.abs(p.z()), Math.abs(p.lag())));
        range = Math.ceil(range + 0.25);
        NumberAxis x = new NumberAxis(xLabel, -range, range, 1);
        NumberAxis y = new NumberAxis(yLabel, -range, range, 1);
        chart = new LineChart<>(x, y);
        chart.setId("moran-scatter-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        chart.setCreateSymbols(true);

        XYChart.Series<Number, Number> vertical = line(0, -range, 0, range);
        XYChart.Series<Number, Number> horizontal = line(-range, 0, range, 0);
        XYChart.Series<Number, Number> regression = line(-range, -range * plot.slope(), range, range * plot.slope());
        XYChart.Series<Number, Number> points = new XYChart.Series<>();
        for (MoranScatterplot.Point p : plot.points()) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.z(), p.lag());
            d.setNode(pointNode(p, names.apply(p.code()), selectedRegion));
            points.getData().add(d);
        }
        chart.getData().addAll(java.util.List.of(vertical, horizontal, regression, points));
        vertical.getNode().setStyle("-fx-stroke: #888888; -fx-stroke-width: 1px; -fx-stroke-dash-array: 4 4;");
        horizontal.getNode().setStyle("-fx-stroke: #888888; -fx-stroke-width: 1px; -fx-stroke-dash-array: 4 4;");
        regression.getNode().setStyle("-fx-stroke: #B2182B; -fx-stroke-width: 2px;");
        points.getNode().setStyle("-fx-stroke: transparent;");

        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag(Messages.normalise(lang)));
        nf.setMaximumFractionDigits(3);
        nf.setMinimumFractionDigits(3);
        // the title names the indicator and wraps: "…: Численность населения (среднегодовая), 2024"
        // was cut in ru with the view in a 1330 px wide window
        Label head = kz.aimaq.ui.fx.WrappedText.allLines(new Label(title));
        head.setId("moran-scatter-title");
        head.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        Label slope = new Label(m.format("stats.scatter.slope", nf.format(plot.slope())));
        slope.setId("moran-scatter-slope");
        Label hint = kz.aimaq.ui.fx.WrappedText.allLines(new Label(m.get("stats.scatter.quadrants")));
        VBox top = new VBox(2, head, slope, hint);
        top.setPadding(new Insets(8, 10, 0, 10));
        Label foot = kz.aimaq.ui.fx.WrappedText.allLines(new Label(subtitle));
        foot.setPadding(new Insets(0, 10, 8, 10));
        setTop(top);
        setCenter(chart);
        setBottom(foot);

        selectedRegion.addListener((o, a, b) -> restyle(b));
        restyle(selectedRegion.get());
    }

    /** The chart (for tests and snapshots). */
    public LineChart<Number, Number> chart() { return chart; }

    /** Opens the plot in its own window owned by {@code owner} (Escape closes it). */
    public static Stage open(Window owner, MoranScatterView view, String windowTitle) {
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(windowTitle);
        s.setScene(new Scene(view, 760, 700));
        s.getScene().setOnKeyPressed(e -> { if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) s.close(); });
        s.show();
        return s;
    }

    private Node pointNode(MoranScatterplot.Point p, String name, StringProperty selectedRegion) {
        Circle c = new Circle(5, color(p.quadrant()));
        c.setStroke(Color.web("#333333"));
        c.setStrokeWidth(0.5);
        Text label = new Text(name);
        label.setStyle("-fx-font-size: 10px;");
        label.setManaged(false);
        label.setLayoutX(9);
        label.setLayoutY(-3);
        StackPane node = new StackPane(c, label);
        node.setPrefSize(12, 12);
        node.setMaxSize(12, 12);
        node.setId("scatter-point-" + p.code());
        node.setUserData(p.code());
        node.setOnMouseClicked(e -> selectedRegion.set(p.code()));
        node.setStyle("-fx-cursor: hand;");
        dots.put(p.code(), c);
        return node;
    }

    private void restyle(String selected) {
        dots.forEach((code, c) -> {
            boolean on = code.equals(selected);
            c.setRadius(on ? 8 : 5);
            c.setStrokeWidth(on ? 2.5 : 0.5);
            c.setStroke(on ? Color.BLACK : Color.web("#333333"));
            if (on) c.getParent().toFront();
        });
    }

    private static Color color(LisaClass quadrant) {
        return switch (quadrant) {
            case HIGH_HIGH, LOW_LOW, LOW_HIGH, HIGH_LOW -> Color.web(quadrant.color());
            default -> Color.web("#999999");
        };
    }

    private static XYChart.Series<Number, Number> line(double x0, double y0, double x1, double y1) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (double[] xy : new double[][]{{x0, y0}, {x1, y1}}) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(xy[0], xy[1]);
            StackPane none = new StackPane();
            none.setVisible(false);
            none.setMouseTransparent(true);
            d.setNode(none);
            s.getData().add(d);
        }
        return s;
    }
}
