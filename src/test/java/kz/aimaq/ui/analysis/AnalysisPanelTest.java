package kz.aimaq.ui.analysis;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class AnalysisPanelTest {
    private AnalysisPanel panel;

    @Start
    void start(Stage stage) {
        panel = new AnalysisPanel(IndicatorData.bundled(), "ru");
        stage.setScene(new Scene(panel, 520, 780));
        stage.show();
    }

    @Test
    void computeFillsTheTableAndTheBreakdownChart(FxRobot robot) {
        robot.interact(() -> robot.lookup("#index-compute").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, robot.lookup("#index-results").queryAs(TableView.class).getItems().size());
        BarChart<?, ?> chart = robot.lookup("#index-breakdown").queryAs(BarChart.class);
        assertEquals(3, chart.getData().getFirst().getData().size());
        String title = robot.lookup("#index-breakdown-title").queryAs(Label.class).getText();
        assertTrue(title.startsWith("Разбивка: Атырау"), title);
    }

    @Test
    void typologyLegendShowsCountsInTheChosenLanguage(FxRobot robot) {
        robot.interact(() -> {
            panel.setExpandedPane(panel.getPanes().get(1));
            robot.lookup("#typology-compute").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var legend = robot.lookup("#typology-legend").queryAs(CategoryLegend.class);
        assertTrue(legend.getChildren().size() >= 2);
        assertTrue(robot.lookup("Догоняющий  (8)").tryQuery().isPresent(), "8 catching-up regions in 2022–2025");
        assertNotNull(robot.lookup("#clusters-moran").queryAs(Label.class));
    }
}
