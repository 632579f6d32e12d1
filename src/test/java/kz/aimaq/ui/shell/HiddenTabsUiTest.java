package kz.aimaq.ui.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import kz.aimaq.ui.analysis.AnalysisFeature;
import kz.aimaq.ui.analysis.AnalysisPanel;
import kz.aimaq.ui.group.GroupFeature;
import kz.aimaq.ui.group.GroupPanel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The side tabs that are not shown are out of the scene graph (JavaFX walks every node of it on
 * every frame), and come back, styled and with their state, when their tab is selected.
 */
class HiddenTabsUiTest {
    static MainWindow window;
    static GroupPanel groups;
    static AnalysisPanel analysis;

    @BeforeAll
    static void start() throws Exception {
        window = kz.aimaq.ui.RealWindow.open("kk", 1200, 780, w -> {
            groups = GroupFeature.install(w);
            analysis = AnalysisFeature.install(w);
        });
        // styled one per pulse after the first map frame, out of the scene
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> skinned(groups.lookup(".list-view")) && analysis.getSkin() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    static Tab tab(String id) {
        return window.sideTabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    static boolean skinned(Node n) {
        return n instanceof javafx.scene.control.Control c && c.getSkin() != null;
    }

    static int nodes(Node n) {
        int c = 1;
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) c += nodes(child);
        return c;
    }

    @Test
    void onlyTheShownSideTabIsInTheScene() throws Exception {
        assertNull(groups.getScene(), "the groups panel is hidden: out of the scene");
        assertNull(analysis.getScene());
        int shown = nodes(window.root());
        assertTrue(nodes(groups) > 300, "the groups panel alone has " + nodes(groups) + " nodes");
        assertTrue(shown < nodes(groups) + nodes(analysis), shown + " nodes in the window");

        FxToolkit.setupFixture(() -> window.sideTabs().getSelectionModel().select(tab("groups-tab")));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(window.root().getScene(), groups.getScene(), "selected: in the window");
        assertTrue(skinned(groups.lookup(".list-view")), "with its skins");
        assertNull(tab("indicator-tab").getContent(), "the indicator tab is hidden now");

        FxToolkit.setupFixture(() -> window.sideTabs().getSelectionModel().select(tab("indicator-tab")));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(groups.getScene());
        assertNotNull(window.root().getScene().lookup("#year-slider"), "the indicator controls are back");
    }
}
