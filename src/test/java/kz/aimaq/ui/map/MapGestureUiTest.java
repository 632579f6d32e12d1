package kz.aimaq.ui.map;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A pan or zoom gesture on the real oblast map moves the painted picture; the frame above it
 * (legend, scale bar, source) is painted once for the gesture, a pan step leaves it alone and a
 * zoom step repaints only the scale bar; once the view is still the whole map is painted again.
 */
class MapGestureUiTest {
    static MainWindow window;

    @BeforeAll
    static void start() throws Exception {
        window = kz.aimaq.ui.RealWindow.open("ru", 1200, 780, w -> {});
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    static void key(MapCanvas map, KeyCode code) {
        map.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        map.layout(); // the step is painted at the next layout pass, as a pulse does
    }

    @Test
    void aGestureKeepsTheFrameAndRepaintsOnlyTheScaleBarOnZoom() throws Exception {
        MapCanvas map = window.map();
        int[] before = new int[2], afterPan = new int[2], afterZoom = new int[2];
        // one runnable on the UI thread: the settle timer cannot end the gesture in between
        FxToolkit.setupFixture(() -> {
            before[0] = map.framePaints;
            before[1] = map.scaleBarPaints;
            key(map, KeyCode.UP);
            key(map, KeyCode.DOWN);
            key(map, KeyCode.UP);
            afterPan[0] = map.framePaints;
            afterPan[1] = map.scaleBarPaints;
            map.zoom(1.15);
            map.layout();
            map.zoom(1.15);
            map.layout();
            afterZoom[0] = map.framePaints;
            afterZoom[1] = map.scaleBarPaints;
        });
        assertEquals(before[0] + 1, afterPan[0], "the frame is painted once for the gesture, not per pan step");
        assertEquals(before[1], afterPan[1], "a pan does not change the scale bar");
        assertEquals(afterPan[0], afterZoom[0], "zoom steps keep the frame");
        assertEquals(afterPan[1] + 2, afterZoom[1], "and repaint the scale bar, once per step");

        // still for longer than SETTLE: the crisp map with its whole frame
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.framePaints > afterZoom[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(afterZoom[0] + 1, map.framePaints);
        FxToolkit.setupFixture(map::fit);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The gesture shows a picture of the map at rest, moved: after a 60 px pan step (Up) the map's
     * pixels (fills, borders, labels, city symbols) are those of before, 60 px lower.
     */
    @Test
    void aPanStepShowsTheMapAtRestMoved() throws Exception {
        MapCanvas map = window.map();
        FxToolkit.setupFixture(map::fit);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.framePaints > 0);
        Thread.sleep(300); // longer than SETTLE: no gesture runs
        javafx.scene.image.WritableImage[] shots = new javafx.scene.image.WritableImage[2];
        FxToolkit.setupFixture(() -> {
            shots[0] = map.snapshot(null, null);
            key(map, KeyCode.UP);
            shots[1] = map.snapshot(null, null);
        });
        var before = shots[0].getPixelReader();
        var during = shots[1].getPixelReader();
        int compared = 0, differ = 0, mapPixels = 0;
        // the map's upper half, where no legend, scale bar or source line lies
        for (int y = 20; y < map.getHeight() / 2; y += 3) {
            for (int x = 20; x < map.getWidth() - 20; x += 3) {
                int was = before.getArgb(x, y), now = during.getArgb(x, y + 60);
                compared++;
                if (was != now) differ++;
                if (was != 0xFFF4F6F8) mapPixels++;
            }
        }
        assertTrue(mapPixels > compared / 3, "the compared pixels show the map: " + mapPixels + " of " + compared);
        assertEquals(0, differ, differ + " of " + compared + " pixels differ from the map at rest, moved");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            int f = map.framePaints;
            Thread.sleep(300);
            return map.framePaints == f;
        });
        FxToolkit.setupFixture(map::fit);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
