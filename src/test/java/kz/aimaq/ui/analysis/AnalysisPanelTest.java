package kz.aimaq.ui.analysis;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.aimaq.cli.Cli;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.stats.MoranI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
        BreakdownChart chart = robot.lookup("#index-breakdown").queryAs(BreakdownChart.class);
        var bars = chart.bars();
        assertEquals(3, bars.size());
        // every bar drawn, in proportion to its contribution (the old bar chart left them ~10 px
        // beside the long names), and every indicator name shown whole
        var widths = chart.barWidths();
        int widest = 0;
        for (int i = 1; i < bars.size(); i++) if (bars.get(i).contribution() > bars.get(widest).contribution()) widest = i;
        assertTrue(widths.get(widest) > 150, "the largest contribution's bar spans most of the chart: " + widths);
        for (int i = 0; i < bars.size(); i++) {
            assertEquals(bars.get(i).contribution() / bars.get(widest).contribution(), widths.get(i) / widths.get(widest), 0.02, "bar " + i);
        }
        assertTrue(robot.lookup("Ожидаемая продолжительность жизни при рождении").tryQuery().isPresent());
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
    }

    @Test
    void clustersShowTheSameMoransIAsTheCommandLineInTheChosenLanguage(FxRobot robot) throws Exception {
        Label moran = robot.lookup("#clusters-moran").queryAs(Label.class);
        assertEquals("", moran.getText(), "nothing before the first run");
        robot.interact(() -> {
            panel.setExpandedPane(panel.getPanes().get(2));
            robot.lookup("#clusters-compute").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        // the panel's defaults: unemployment 2024, queen contiguity, the default permutations and seed
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[]{"moran", "--indicator", "unemployment_rate", "--year", "2024", "--weights", "queen",
                        "--permutations", Integer.toString(MoranI.DEFAULT_PERMUTATIONS), "--seed", Long.toString(MoranI.DEFAULT_SEED),
                        "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        JsonNode cli = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Locale ru = Locale.forLanguageTag("ru");
        String expected = "I Морана = " + String.format(ru, "%.3f", cli.get("I").asDouble())
                + " (ожидаемое " + String.format(ru, "%.3f", cli.get("expected_I").asDouble())
                + "), псевдо-p = " + String.format(ru, "%.3f", cli.get("p").asDouble());
        assertEquals(expected, moran.getText());
        assertTrue(expected.contains("(ожидаемое -0,053)"), "E[I] = -1/(n-1) with 20 regions, decimal comma: " + expected);
        var legend = robot.lookup("#clusters-legend").queryAs(CategoryLegend.class);
        assertTrue(legend.getChildren().size() >= 2, "the LISA classes are listed");
    }
}
