package kz.aimaq.ui.analysis;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The Moran scatterplot opened from the analysis panel: points, line, labels, click to select. */
@ExtendWith(ApplicationExtension.class)
class MoranScatterViewTest {
    private AnalysisPanel panel;

    @Start
    void start(Stage stage) {
        panel = new AnalysisPanel(IndicatorData.bundled(), "ru");
        stage.setScene(new Scene(panel, 520, 780));
        stage.show();
    }

    private MoranScatterView computeAndBuild(FxRobot robot, double alpha) {
        robot.interact(() -> {
            panel.setExpandedPane(panel.getPanes().get(2));
            @SuppressWarnings("unchecked") ComboBox<Double> a = robot.lookup("#clusters-alpha").queryAs(ComboBox.class);
            a.setValue(alpha);
            assertTrue(robot.lookup("#clusters-scatter").queryAs(Button.class).isDisabled(), "nothing to plot before computing");
            robot.lookup("#clusters-compute").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#clusters-scatter").queryAs(Button.class).isDisabled());
        MoranScatterView[] view = new MoranScatterView[1];
        robot.interact(() -> view[0] = panel.scatterView(panel.viewModel().scatterProperty().get()));
        return view[0];
    }

    @Test
    void pointsLineAndClickSelection(FxRobot robot) throws Exception {
        MoranScatterView view = computeAndBuild(robot, 0.01);
        assertEquals(0.01, panel.viewModel().lisaProperty().get().alpha());
        Stage[] stage = new Stage[1];
        robot.interact(() -> stage[0] = MoranScatterView.open(null, view, "scatter"));
        WaitForAsyncUtils.waitForFxEvents();
        var data = view.chart().getData();
        assertEquals(4, data.size(), "two quadrant lines, the regression line and the points");
        XYChart.Series<Number, Number> points = data.get(3);
        assertEquals(20, points.getData().size());
        // the regression line's slope is Moran's I of the same computation
        XYChart.Series<Number, Number> line = data.get(2);
        double slope = (line.getData().get(1).getYValue().doubleValue() - line.getData().get(0).getYValue().doubleValue())
                / (line.getData().get(1).getXValue().doubleValue() - line.getData().get(0).getXValue().doubleValue());
        assertEquals(panel.viewModel().moranProperty().get().I(), slope, 1e-9);
        assertTrue(robot.lookup("#moran-scatter-title").queryAs(Label.class).getText().startsWith("Диаграмма рассеяния Морана: "));
        // regions are labelled in the UI language
        assertTrue(robot.lookup("Атырауская область").tryQuery().isPresent() || robot.lookup("Атырау").tryQuery().isPresent());
        // clicking Atyrau's point selects Atyrau (23) in the panel's view model, as a map click does
        Node atyrau = robot.lookup("#scatter-point-23").query();
        robot.clickOn(atyrau);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("23", panel.viewModel().selectedRegionProperty().get());

        // a picture of the plot for the record (target/moran-scatter.png)
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.snapshot(null, null));
        Path out = Path.of("target/moran-scatter.png");
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
        assertTrue(Files.size(out) > 10_000);
        robot.interact(stage[0]::close);
    }
}
