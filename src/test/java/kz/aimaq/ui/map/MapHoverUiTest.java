package kz.aimaq.ui.map;

import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pointer over the real oblast map: the region under it is outlined, only there (the
 * outline and the labels above it are a small layer of their own), the borders and labels of
 * the map are not painted again, and leaving the map takes the outline away.
 */
class MapHoverUiTest {
    static MainWindow window;

    @BeforeAll
    static void start() throws Exception {
        window = kz.aimaq.ui.RealWindow.open("ru", 1200, 780, w -> {});
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    private static MapScene.Area area(String code) {
        return window.map().mapSceneProperty().get().areas().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    /** Moves the pointer onto a region's label point, as the mouse does. */
    private static void pointAt(String code) throws Exception {
        FxToolkit.setupFixture(() -> {
            MapCanvas map = window.map();
            MapScene.Area a = area(code);
            double x = map.viewport().toDeviceX(a.labelX()), y = map.viewport().toDeviceY(a.labelY());
            var scene = map.localToScene(x, y);
            var screen = map.localToScreen(x, y);
            map.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int[] pixels() throws Exception {
        int[][] out = new int[1][];
        FxToolkit.setupFixture(() -> {
            WritableImage img = window.map().snapshot(null, null);
            int w = (int) img.getWidth(), h = (int) img.getHeight();
            int[] px = new int[w * h + 1];
            img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 1, w);
            px[0] = w;
            out[0] = px;
        });
        return out[0];
    }

    /** Pixels of {@code b} that differ from {@code a}: {count, count outside rect {x, y, w, h}}. */
    private static int[] changed(int[] a, int[] b, double[] rect) {
        int w = a[0], n = 0, outside = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] == b[i]) continue;
            n++;
            int x = (i - 1) % w, y = (i - 1) / w;
            if (x < rect[0] || x >= rect[0] + rect[2] || y < rect[1] || y >= rect[1] + rect[3]) outside++;
        }
        return new int[]{n, outside};
    }

    private static double[] bounds(String code) {
        MapCanvas map = window.map();
        return new MapPainter().highlightBounds(map.mapSceneProperty().get(), code, map.getWidth(), map.getHeight(), map.viewport());
    }

    @Test
    void theRegionUnderThePointerIsOutlinedThereOnlyWithoutRepaintingTheMap() throws Exception {
        int[] plain = pixels();
        int linePaints = window.map().linePaints;

        pointAt("39"); // Kostanay
        int[] onKostanay = pixels();
        int[] c = changed(plain, onKostanay, bounds("39"));
        assertTrue(c[0] > 200, "the outline of Kostanay Region shows: " + c[0] + " pixels changed");
        assertEquals(0, c[1], "pixels changed outside Kostanay Region's rectangle");

        pointAt("35"); // Karaganda
        int[] onKaraganda = pixels();
        c = changed(plain, onKaraganda, bounds("35"));
        assertTrue(c[0] > 200, "the outline of Karaganda Region shows: " + c[0] + " pixels changed");
        assertEquals(0, c[1], "Kostanay's outline is gone, nothing changed outside Karaganda's rectangle");

        assertEquals(linePaints, window.map().linePaints, "moving the pointer painted the borders and labels again");

        FxToolkit.setupFixture(() -> window.map().fireEvent(new MouseEvent(MouseEvent.MOUSE_EXITED, 0, 0, 0, 0,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, changed(plain, pixels(), new double[]{0, 0, 0, 0})[0], "the outline stays after the pointer left the map");
    }

    /** A recolour looks the new colours up through the view's region raster; another territory needs a new one. */
    @Test
    void aRecolourReusesTheRegionRasterAndAnotherTerritoryDoesNot() throws Exception {
        int made = window.map().rastersMade(), frames = window.map().framePaints;
        assertTrue(made > 0, "the map at rest is shown through a region raster");
        FxToolkit.setupFixture(() -> window.viewModel().indicatorProperty().set(
                kz.aimaq.core.data.IndicatorData.bundled().catalog().require("unemployment_rate")));
        // painted at the next pulse
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.map().framePaints > frames);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().mapSceneProperty().get().legend().title().startsWith("Уровень безработицы"));
        assertEquals(made, window.map().rastersMade(), "another indicator on the same regions and view");

        FxToolkit.setupFixture(() -> window.viewModel().yearProperty().set(2015));
        // the territory of 2015 is loaded in the background, then painted
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> window.map().rastersMade() > made);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16, window.map().mapSceneProperty().get().areas().size(), "2015 on the territory of 2015");
        assertEquals(made + 1, window.map().rastersMade(), "the regions of 2015 are other regions, once");
    }
}
