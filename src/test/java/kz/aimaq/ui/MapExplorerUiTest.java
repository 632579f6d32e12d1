package kz.aimaq.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.Viewport;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The real window, headless (Monocle in CI): the map appears, recolours, and a click opens the region panel. */
class MapExplorerUiTest {
    static MainWindow window;
    static final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, IndicatorData.bundled(), "ru", l -> {});
            window.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().choroplethProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static int pixelAt(String code) throws Exception {
        Coordinate c = window.viewModel().layerProperty().get().anchor(code);
        int[] rgb = new int[1];
        FxToolkit.setupFixture(() -> {
            Viewport v = window.map().viewport();
            WritableImage img = window.map().snapshot(null, null);
            int x = (int) Math.round(v.toDeviceX(c.x)), y = (int) Math.round(v.toDeviceY(c.y));
            rgb[0] = img.getPixelReader().getArgb(x, y) & 0xFFFFFF;
        });
        return rgb[0];
    }

    @Test
    void mapShowsTheClassColourAndRecoloursOnIndicatorChange() throws Exception {
        Choropleth c = window.viewModel().choroplethProperty().get();
        int expected = c.fillOf("62") & 0xFFFFFF; // Ulytau, sampled at its label point with labels off
        assertNotEquals(0, expected);
        FxToolkit.setupFixture(() -> window.viewModel().specProperty().set(window.viewModel().specProperty().get().withLabels(false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Integer.toHexString(expected), Integer.toHexString(pixelAt("62")));

        FxToolkit.setupFixture(() -> window.viewModel().indicatorProperty().set(IndicatorData.bundled().catalog().require("unemployment_rate")));
        WaitForAsyncUtils.waitForFxEvents();
        Choropleth u = window.viewModel().choroplethProperty().get();
        assertTrue(u.legend().title().startsWith("Уровень безработицы"), u.legend().title());
        assertEquals(Integer.toHexString(u.fillOf("62") & 0xFFFFFF), Integer.toHexString(pixelAt("62")));
    }

    @Test
    void clickingARegionOpensItsPanelInTheInterfaceLanguage() throws Exception {
        Coordinate c = window.viewModel().layerProperty().get().anchor("39"); // Kostanay
        FxToolkit.setupFixture(() -> {
            Viewport v = window.map().viewport();
            var p = window.map().localToScreen(v.toDeviceX(c.x), v.toDeviceY(c.y));
            robot.moveTo(p).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node right = window.root().getRight();
        assertInstanceOf(kz.aimaq.ui.history.RegionCard.class, right, "the region card (history, ranks, pin) replaced the old panel");
        assertTrue(robot.from(right).lookup((Label l) -> "Костанайская область".equals(l.getText())).tryQuery().isPresent(),
                "panel titled with the Russian name");
    }
}
