package kz.aimaq.ui.analysis;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The panel inside the real window: its tab appears and a computed index is drawn on the map. */
class AnalysisFeatureUiTest {
    static MainWindow window;
    static AnalysisPanel panel;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage(); // starts the toolkit when this class runs alone
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            // a copy: the index is added to the window's data, not to the shared bundled tables
            window = new MainWindow(stage, IndicatorData.bundled().copy(), "en", l -> {});
            panel = AnalysisFeature.install(window);
            window.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().choroplethProperty().get() != null);
        // hidden side tabs are styled (skins made) just after the first map frame, out of the scene
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.getSkin() != null);
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    @Test
    void computedIndexIsShownAsALayerAndOfferedAsAnIndicator() throws Exception {
        assertTrue(window.sideTabs().getTabs().stream().anyMatch(t -> "Analysis".equals(t.getText())));
        FxToolkit.setupFixture(() -> ((Button) panel.lookup("#index-compute")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.viewModel().indicators().stream().anyMatch(i -> i.id().equals("development")));
        var content = (kz.aimaq.core.map.MapContent.IndicatorValues) window.viewModel().modelProperty().get().content();
        assertEquals("development", content.indicator().id());
        assertEquals(2022, content.year());
        var c = window.viewModel().choroplethProperty().get();
        assertTrue(c.legend().title().startsWith("Composite development index"), c.legend().title());
        assertTrue(IndicatorData.bundled().catalog().byId("development").isEmpty(), "the shared tables stay untouched");
    }

    @Test
    void clickingARegionWhileTheTabIsOpenShowsItsBreakdown() throws Exception {
        FxToolkit.setupFixture(() -> {
            window.sideTabs().getSelectionModel().select(window.sideTabs().getTabs().stream()
                    .filter(t -> "Analysis".equals(t.getText())).findFirst().orElseThrow());
            ((Button) panel.lookup("#index-compute")).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var kostanay = window.viewModel().layerProperty().get().anchor("39");
        FxToolkit.setupFixture(() -> {
            var v = window.map().viewport();
            var p = window.map().localToScreen(v.toDeviceX(kostanay.x), v.toDeviceY(kostanay.y));
            new org.testfx.api.FxRobot().moveTo(p).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("39", panel.viewModel().selectedRegionProperty().get());
        assertFalse(panel.viewModel().breakdown().isEmpty(), "Kostanay's components are listed");
    }
}
