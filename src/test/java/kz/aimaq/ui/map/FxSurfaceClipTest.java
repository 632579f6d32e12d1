package kz.aimaq.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A rectangle clip on the screen's canvas: one that covers the canvas is skipped (the canvas
 * would render a mask for it), any other one still clips.
 */
class FxSurfaceClipTest {
    @BeforeAll
    static void toolkit() throws Exception { FxToolkit.registerPrimaryStage(); }

    /** Pixel (x, y) of a 100 × 100 canvas filled red after clipping to (cx, cy, cw, ch), translated by (tx, ty). */
    static int[] paint(double tx, double ty, double cx, double cy, double cw, double ch, int[][] at) throws Exception {
        int[] out = new int[at.length];
        FxToolkit.setupFixture(() -> {
            Canvas c = new Canvas(100, 100);
            var g = c.getGraphicsContext2D();
            var s = new FxSurface(g);
            g.translate(tx, ty);
            s.save();
            s.clipToRect(cx, cy, cw, ch);
            s.fillRect(-tx, -ty, 100, 100, 0xFFFF0000);
            s.restore();
            WritableImage img = c.snapshot(null, null);
            for (int i = 0; i < at.length; i++) out[i] = img.getPixelReader().getArgb(at[i][0], at[i][1]);
        });
        return out;
    }

    @Test
    void aClipInsideTheCanvasStillClips() throws Exception {
        int[] p = paint(0, 0, 20, 20, 50, 50, new int[][]{{10, 10}, {40, 40}, {90, 90}});
        assertNotEquals(0xFFFF0000, p[0], "outside the clip");
        assertEquals(0xFFFF0000, p[1], "inside the clip");
        assertNotEquals(0xFFFF0000, p[2], "outside the clip");
    }

    @Test
    void aClipCoveringTheTranslatedCanvasLeavesItWhole() throws Exception {
        // the outline layer: the canvas shows device (200, 150)-(300, 250); the clip is the map rectangle
        int[] p = paint(-200, -150, 10, 10, 800, 600, new int[][]{{0, 0}, {99, 99}, {50, 50}});
        for (int v : p) assertEquals(0xFFFF0000, v);
        // the map rectangle ends inside this canvas: the part beyond stays clear
        int[] q = paint(-200, -150, 10, 10, 250, 600, new int[][]{{40, 50}, {70, 50}});
        assertEquals(0xFFFF0000, q[0]);
        assertNotEquals(0xFFFF0000, q[1]);
    }
}
