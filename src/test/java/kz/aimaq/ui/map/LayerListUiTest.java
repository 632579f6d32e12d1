package kz.aimaq.ui.map;

import javafx.scene.control.ListCell;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The layer list's rows wrap their names: when the indicator row's name grows from one line to
 * several (another indicator), the row grows with it and is not cut, although a recolour keeps
 * the rows instead of making them again.
 */
class LayerListUiTest {
    static MainWindow window;

    @BeforeAll
    static void start() throws Exception {
        window = kz.aimaq.ui.RealWindow.open("ru", 1100, 760, w -> {});
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    /** The rows showing a layer, with their height and the height their name needs. */
    static List<double[]> rows() throws Exception {
        List<double[]> out = new java.util.ArrayList<>();
        FxToolkit.setupFixture(() -> {
            for (var n : window.root().lookup("#layer-list").lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> c && c.getItem() != null && c.isVisible()) {
                    out.add(new double[]{c.getHeight(), c.prefHeight(c.getWidth())});
                }
            }
        });
        return out;
    }

    static void show(Indicator i) throws Exception {
        FxToolkit.setupFixture(() -> window.viewModel().indicatorProperty().set(i));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theIndicatorRowGrowsWithALongerNameAndShrinksBack() throws Exception {
        var vm = window.viewModel();
        List<Indicator> byName = vm.indicators().stream()
                .sorted(Comparator.comparingInt((Indicator i) -> i.name("ru").length())).toList();
        Indicator shortest = byName.getFirst(), longest = byName.getLast();
        show(shortest);
        double oneLine = rows().getFirst()[0];
        show(longest);
        List<double[]> rows = rows();
        assertTrue(rows.getFirst()[0] > oneLine + 5, "«" + longest.name("ru") + "» wraps: the row is taller ("
                + rows.getFirst()[0] + " against " + oneLine + ")");
        for (double[] r : rows) assertEquals(r[1], r[0], 0.5, "a row as tall as its name needs");
        show(shortest);
        assertEquals(oneLine, rows().getFirst()[0], 0.5, "one line again");
    }
}
