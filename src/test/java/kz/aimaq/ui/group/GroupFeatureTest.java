package kz.aimaq.ui.group;

import javafx.geometry.Point2D;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Viewport;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The feature inside the real main window: tab, map clicks, outlines on the map. */
@ExtendWith(ApplicationExtension.class)
class GroupFeatureTest {

    private MainWindow w;
    private GroupPanel panel;

    @Start
    void start(Stage stage) {
        w = new MainWindow(stage, IndicatorData.bundled(), "en", lang -> {});
        panel = GroupFeature.install(w);
        w.start();
        // within Monocle's 1280×800 headless screen
        stage.setWidth(1200);
        stage.setHeight(780);
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        assertTrue(condition.call(), what);
    }

    @Test
    void aMapClickWithAGroupSelectedMovesTheRegionAndTheOutlinesFollow(FxRobot robot) throws Exception {
        var tab = w.sideTabs().getTabs().stream().filter(t -> t.getText().equals("Macro-regions")).findFirst().orElseThrow();
        robot.interact(() -> w.sideTabs().getSelectionModel().select(tab));
        robot.interact(() -> w.sideTabs().getSelectionModel().select(0));
        waitFor("map ready", () -> w.map().viewport() != null && w.map().layerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(outlineLabels().isEmpty(), "no outlines until the user switches them on");
        robot.interact(() -> panel.viewModel().showOnMapProperty().set(true));
        waitFor("five outlines on the map", () -> outlineLabels().equals(List.of("North", "Central", "East", "West", "South")));

        robot.interact(() -> panel.viewModel().selectedGroupIdProperty().set("central"));
        Coordinate kostanay = w.map().layerProperty().get().anchor("39");
        Viewport v = w.map().viewport();
        Point2D screen = w.map().localToScreen(v.toDeviceX(kostanay.x), v.toDeviceY(kostanay.y));
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("central", panel.viewModel().getGrouping().groupOf("39").orElseThrow().id());
        assertNull(w.root().getRight(), "the click edited the grouping; the region card stays closed");
        waitFor("Central's outline now takes in Kostanay", () -> {
            MapScene s = w.map().mapSceneProperty().get();
            var central = s.outlines().stream().filter(o -> o.id().equals("group:central")).findFirst().orElseThrow();
            return central.rings().envelope().contains(kostanay.x, kostanay.y);
        });

        robot.interact(() -> panel.viewModel().showOnMapProperty().set(false));
        waitFor("outlines gone when switched off", () -> outlineLabels().isEmpty());
    }

    /** The outlines of the scene the canvas draws (not merely what the view model would give). */
    private List<String> outlineLabels() {
        MapScene s = w.map().mapSceneProperty().get();
        return s == null ? List.of() : s.outlines().stream().map(MapScene.Outline::label).toList();
    }
}
