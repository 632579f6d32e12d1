package kz.aimaq.ui.analysis;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import java.util.List;
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
class RegionalisationPaneTest {
    private AnalysisPanel panel;

    @Start
    void start(Stage stage) {
        panel = new AnalysisPanel(IndicatorData.bundled(), "kk");
        stage.setScene(new Scene(panel, 560, 900));
        stage.show();
    }

    @Test
    void proposeFillsTheFitTableAndPutsTheProposalOnTheMap(FxRobot robot) {
        robot.interact(() -> {
            panel.setExpandedPane(panel.getPanes().get(3));
            assertTrue(robot.lookup("#regions-save").queryAs(Button.class).isDisabled());
            robot.lookup("#regions-propose").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked") TableView<List<String>> fit = robot.lookup("#regions-fit").queryAs(TableView.class);
        assertEquals(5, fit.getColumns().size(), "five columns");
        assertEquals(3, fit.getItems().size(), "three groupings");
        assertEquals(5, fit.getItems().getFirst().size());
        assertFalse(robot.lookup("#regions-save").queryAs(Button.class).isDisabled());
        String moved = robot.lookup("#regions-moved").queryAs(Label.class).getText();
        assertTrue(moved.startsWith("«five» топтастыруымен"), moved);
        // the proposal is the panel's categorical map, the one the map paints
        assertEquals(5, panel.viewModel().categoricalMapProperty().get().categories().size());
        assertEquals("1-топ", panel.viewModel().categoricalMapProperty().get().categories().get(0).label());
    }
}
