package kz.aimaq.ui.workshop;

import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.map.MapOverlay;
import kz.aimaq.core.workspace.SavedView;
import kz.aimaq.ui.group.GroupFeature;
import kz.aimaq.ui.group.GroupPanel;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A saved view keeps its macro-region grouping: a workshop that shows "five regions" and then
 * "five regions + cities" gets each back when stepping through the views, not only the outline
 * layer switched on or off.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopGroupingUiTest {
    MainWindow w;
    GroupPanel groups;
    WorkshopFeature workshop;

    @Start
    void start(Stage ignored) {
        Stage stage = new Stage();
        w = new MainWindow(stage, IndicatorData.bundled().copy(), "ru", l -> {});
        groups = GroupFeature.install(w);
        workshop = WorkshopFeature.install(w);
        workshop.restoresGroupings(() -> groups.viewModel().getGrouping(), groups.viewModel()::load);
        stage.setWidth(1200);
        stage.setHeight(780);
        w.start();
    }

    private String drawnGrouping() {
        var model = w.viewModel().modelProperty().get();
        if (model == null) return null;
        for (MapOverlay o : model.overlays()) if (o instanceof MapOverlay.Groups g) return g.grouping().id();
        return null;
    }

    @Test
    void showingAViewPutsItsGroupingBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.viewModel().choroplethProperty().get() != null);
        robot.interact(() -> groups.viewModel().showOnMapProperty().set(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "five".equals(drawnGrouping()));
        robot.interact(() -> workshop.viewModel().addCurrent("Пять макрорегионов"));
        SavedView five = workshop.viewModel().views().getFirst();
        assertEquals("five", five.grouping());

        robot.interact(() -> groups.viewModel().load(Groupings.preset("five-plus-cities")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "five-plus-cities".equals(drawnGrouping()));

        robot.interact(() -> workshop.viewModel().apply(five));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "five".equals(drawnGrouping()));
        assertEquals("five", groups.viewModel().getGrouping().id());
    }
}
