package kz.aimaq.ui.history;

import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Clicking a region opens its card: GRP per capita 2010–2025 against the national value, each
 * year on that year's territory (Turkistan from 2018 only, Karaganda with Ulytau until 2021),
 * its rank "N of M" with M = 16, 17 or 20; pinning puts regions on one comparison chart.
 */
class RegionHistoryUiTest {
    static MainWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        window = kz.aimaq.ui.RealWindow.open("ru", 1200, 780, w -> {});
        FxToolkit.setupFixture(() -> {
            window.viewModel().indicatorProperty().set(window.viewModel().data().catalog().require("grp_per_capita"));
            window.viewModel().yearProperty().set(2024);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    private void click(String code) {
        robot.interact(() -> window.mainArea().showMap());
        robot.sleep(600); // not a double click (which zooms)
        WaitForAsyncUtils.waitForFxEvents();
        MapScene s = window.viewModel().sceneProperty().get();
        MapScene.Area a = s.areas().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        var v = window.map().viewport();
        Point2D p = window.map().localToScreen(v.toDeviceX(a.labelX()), v.toDeviceY(a.labelY()));
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCardShowsTheRegionAgainstTheNationalValueOnEachYearsTerritory() {
        click("61");
        RegionCard card = (RegionCard) window.root().getRight();
        assertNotNull(card, "the card opens on the right");
        assertEquals("61", card.region().code());
        LineChart<Number, Number> chart = card.chart();
        assertEquals(2, chart.getData().size(), "the region and Kazakhstan");
        XYChart.Series<Number, Number> turkistan = chart.getData().get(0), national = chart.getData().get(1);
        assertEquals(2018, turkistan.getData().getFirst().getXValue().intValue(), "Turkistan exists from 2018");
        assertEquals(838.2, turkistan.getData().getFirst().getYValue().doubleValue());
        assertEquals(2010, national.getData().getFirst().getXValue().intValue());
        assertEquals(1336.5, national.getData().getFirst().getYValue().doubleValue());
        assertEquals(16, national.getData().size(), "2010–2025");
        Label notes = (Label) card.lookup("#region-history-notes");
        assertTrue(notes.getText().contains("2018") && notes.getText().contains("Южно-Казахстанская"), notes.getText());
        FlowPane ranks = (FlowPane) card.lookup("#region-history-ranks");
        List<String> r = ranks.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(r.getFirst().startsWith("2018: ") && r.getFirst().endsWith(" из 17"), r.toString());
        assertTrue(r.getLast().startsWith("2025: ") && r.getLast().endsWith(" из 20"), r.toString());

        // Karaganda: 2010-2021 on the larger unit with Ulytau, said under the chart; 16 units before 2018
        click("35");
        assertEquals("35", card.region().code());
        XYChart.Series<Number, Number> karaganda = card.chart().getData().get(0);
        assertEquals(2010, karaganda.getData().getFirst().getXValue().intValue());
        assertEquals(1387.7, karaganda.getData().getFirst().getYValue().doubleValue(), "the published figure of the pre-2022 oblast");
        assertTrue(notes.getText().contains("Карагандинская область в 2010–2021: значение включает и нынешнюю территорию: область Ұлытау"),
                notes.getText());
        List<String> r2 = ranks.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(r2.getFirst().startsWith("2010: ") && r2.getFirst().endsWith(" из 16"), r2.toString());
    }

    @Test
    void pinnedRegionsShareOneChartWithTheNationalLine() {
        click("61");
        RegionCard card = (RegionCard) window.root().getRight();
        Button pin = (Button) card.lookup("#region-pin");
        Messages m = Messages.of("ru");
        if (pin.getText().equals(m.get("history.unpin"))) robot.interact(pin::fire); // a previous test may have pinned it
        robot.interact(pin::fire);
        assertEquals(m.get("history.unpin"), pin.getText());
        click("10");
        robot.interact(pin::fire);
        LineChart<?, ?> compare = (LineChart<?, ?>) window.root().lookup("#region-compare-chart");
        assertNotNull(compare, "the comparison opens in the main area");
        assertEquals(List.of("Туркестанская область", "область Абай", "Республика Казахстан"),
                compare.getData().stream().map(XYChart.Series::getName).toList());
        robot.interact(() -> ((Button) window.root().lookup("#unpin-61")).fire());
        assertEquals(List.of("область Абай", "Республика Казахстан"), compare.getData().stream().map(XYChart.Series::getName).toList());
    }
}
