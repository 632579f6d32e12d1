package kz.aimaq.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Result views beside the map and in their own window, and back, one view per id wherever it is. */
@ExtendWith(ApplicationExtension.class)
class MainAreaTest {
    MainArea area;
    Label map;

    @Start
    void start(Stage stage) {
        map = new Label("map");
        area = new MainArea(Messages.of("ru"), map);
        stage.setScene(new Scene((javafx.scene.Parent) area.node(), 1000, 600));
        stage.show();
    }

    @Test
    void aViewGoesBesideTheMapIntoAWindowAndBack(FxRobot robot) {
        Label first = new Label("charts");
        robot.interact(() -> area.open("scenario-results", "Итоги сценария", first));
        assertEquals(MainArea.Place.TABS, area.placeOf("scenario-results").orElseThrow());
        assertEquals(2, area.tabs().getTabs().size());
        Tab tab = area.tabs().getTabs().get(1);
        assertEquals(List.of("Рядом с картой", "Вернуть во вкладки", "Открыть в отдельном окне"),
                tab.getContextMenu().getItems().stream().map(MenuItem::getText).toList());

        // the view's button in the header is the pressed one
        assertEquals(List.of("Итоги сценария"), area.node().lookupAll(".toggle-button").stream()
                .map(n -> (javafx.scene.control.ToggleButton) n).filter(javafx.scene.control.ToggleButton::isSelected)
                .map(javafx.scene.control.ToggleButton::getText).toList());

        // beside the map: the map tab is shown on the left, the view on the right
        robot.interact(() -> area.placeBeside("scenario-results"));
        assertEquals(MainArea.Place.BESIDE, area.placeOf("scenario-results").orElseThrow());
        assertEquals(2, ((javafx.scene.control.SplitPane) area.node()).getItems().size());
        assertSame(map, area.tabs().getSelectionModel().getSelectedItem().getContent());
        assertSame(first, area.beside().getSelectionModel().getSelectedItem().getContent());

        // opened again (a new run): new content in place, not a second tab
        Label second = new Label("new charts");
        robot.interact(() -> area.open("scenario-results", "Итоги сценария", second));
        assertEquals(1, area.beside().getTabs().size());
        assertSame(second, area.contentOf("scenario-results").orElseThrow());

        // back into the tabs: the split closes
        robot.interact(() -> area.backToTabs("scenario-results"));
        assertEquals(MainArea.Place.TABS, area.placeOf("scenario-results").orElseThrow());
        assertEquals(1, ((javafx.scene.control.SplitPane) area.node()).getItems().size());

        // detached: a window of its own with the view; closing it puts the view back as a tab
        robot.interact(() -> area.detach("scenario-results"));
        assertEquals(MainArea.Place.WINDOW, area.placeOf("scenario-results").orElseThrow());
        Stage own = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && "Итоги сценария".equals(s.getTitle()))
                .findFirst().orElseThrow();
        assertSame(second, area.contentOf("scenario-results").orElseThrow());
        assertEquals(1, area.tabs().getTabs().size(), "only the map is left among the tabs");
        Label third = new Label("third run");
        robot.interact(() -> area.open("scenario-results", "Итоги сценария", third));
        assertSame(third, ((javafx.scene.layout.BorderPane) own.getScene().getRoot()).getCenter(), "a new run shows in the window");
        robot.interact(own::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainArea.Place.TABS, area.placeOf("scenario-results").orElseThrow());
        assertSame(third, area.contentOf("scenario-results").orElseThrow());
    }
}
