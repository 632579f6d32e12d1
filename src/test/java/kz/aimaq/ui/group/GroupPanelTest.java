package kz.aimaq.ui.group;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.GroupSummary;
import kz.aimaq.core.group.GroupingEditor;
import kz.aimaq.core.group.Groupings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class GroupPanelTest {

    private GroupPanel panel;

    @Start
    void start(Stage stage) {
        panel = new GroupPanel(new GroupingEditor(Groupings.preset("five")), IndicatorData.bundled(), new SimpleIntegerProperty(2024), "ru");
        // within Monocle's 1280×800 headless screen: a larger window overflows its paint buffer
        stage.setScene(new Scene(panel, 1000, 760));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<GroupSummary> summaryTable(FxRobot robot) {
        return robot.lookup(".table-view").queryAll().stream()
                .map(n -> (TableView<?>) n).filter(t -> t.getItems() == panel.viewModel().summary())
                .map(t -> (TableView<GroupSummary>) t).findFirst().orElseThrow();
    }

    /**
     * While its tab is hidden, the panel does not rebuild its table for the map's indicator (a
     * recolour would pay for cells nobody sees); the column follows once the tab is shown.
     * Asserted by the column's identity and title, not by time.
     */
    @Test
    void indicatorColumnWaitsWhileTheTabIsHiddenAndFollowsWhenShown(FxRobot robot) {
        var data = IndicatorData.bundled();
        var indicator = new javafx.beans.property.SimpleObjectProperty<>(data.catalog().require("grp_per_capita"));
        var shown = new javafx.beans.property.SimpleBooleanProperty(true);
        robot.interact(() -> panel.showIndicator(indicator, shown));
        // the table of figures (the frozen name column is a table of its own over the same rows)
        TableView<?> table = robot.lookup(".table-view").queryAll().stream().map(n -> (TableView<?>) n)
                .filter(t -> t.getColumns().stream().anyMatch(c -> "groups-col-indicator".equals(c.getId())))
                .findFirst().orElseThrow();
        var first = table.getColumns().get(1);
        assertEquals("groups-col-indicator", first.getId());

        robot.interact(() -> {
            shown.set(false);
            indicator.set(data.catalog().require("unemployment_rate"));
        });
        assertSame(first, table.getColumns().get(1), "hidden: the column was not replaced");

        robot.interact(() -> shown.set(true));
        var now = table.getColumns().get(1);
        assertNotSame(first, now);
        assertTrue(now.getText().startsWith(data.catalog().require("unemployment_rate").name("ru")), now.getText());
        assertEquals(1, table.getColumns().stream().filter(c -> "groups-col-indicator".equals(c.getId())).count());
    }

    @Test
    void showsOneSummaryRowPerGroupAndACardPerGroupPlusUngrouped(FxRobot robot) {
        assertEquals(5, summaryTable(robot).getItems().size());
        assertEquals(6, robot.lookup(".list-view").queryAll().size());
        assertTrue(robot.lookup("#group-undo").queryAs(Button.class).isDisabled());
        assertEquals("Отменить", robot.lookup("#group-undo").queryAs(Button.class).getText(), "in the app's language");
        assertEquals("Север", summaryTable(robot).getItems().getFirst().group().name("ru"));
    }

    @Test
    void ctrlZUndoesAMapClickAndCtrlYRedoesIt(FxRobot robot) {
        robot.interact(() -> {
            panel.viewModel().selectedGroupIdProperty().set("central");
            assertTrue(panel.onRegionClicked("71"));
        });
        assertFalse(robot.lookup("#group-undo").queryAs(Button.class).isDisabled());
        assertEquals("central", panel.viewModel().getGrouping().groupOf("71").orElseThrow().id());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("north", panel.viewModel().getGrouping().groupOf("71").orElseThrow().id());

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("central", panel.viewModel().getGrouping().groupOf("71").orElseThrow().id());
    }

    @Test
    void restoreDefaultButtonBringsBackTheFivePreset(FxRobot robot) {
        robot.interact(() -> panel.viewModel().removeGroup("south"));
        assertEquals(5, robot.lookup(".list-view").queryAll().size(), "four group cards + ungrouped");
        assertTrue(summaryTable(robot).getItems().getLast().isUngrouped());
        robot.clickOn("#group-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Groupings.preset("five"), panel.viewModel().getGrouping());
        assertEquals(6, robot.lookup(".list-view").queryAll().size());
        assertEquals(5, summaryTable(robot).getItems().size());
    }
}
