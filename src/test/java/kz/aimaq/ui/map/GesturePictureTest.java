package kz.aimaq.ui.map;

import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The gesture's picture shows the same whichever way it is moved: resampled in Java (the
 * software renderer) or by a node transform (a GPU); what it uncovers is the map's background.
 */
class GesturePictureTest {
    static final Color BACKGROUND = Color.rgb(0xF4, 0xF6, 0xF8);

    @BeforeAll
    static void toolkit() throws Exception { FxToolkit.registerPrimaryStage(); }

    /** A 100 x 80 picture, red left of x = 50 and blue right of it, moved by (k, tx, ty); the shown pixels at the points asked. */
    static int[] moved(boolean resampleHere, double k, double tx, double ty, int[][] at) throws Exception {
        int[] out = new int[at.length];
        FxToolkit.setupFixture(() -> {
            Canvas c = new Canvas(100, 80);
            var g = c.getGraphicsContext2D();
            g.setFill(Color.RED);
            g.fillRect(0, 0, 50, 80);
            g.setFill(Color.BLUE);
            g.fillRect(50, 0, 50, 80);
            Pane map = new Pane(c);
            new javafx.scene.Scene(new Group(map));
            GesturePicture picture = new GesturePicture(resampleHere);
            picture.take(map, 100, 80, 1, BACKGROUND);
            picture.show(k, tx, ty);
            Pane shown = new Pane(picture.node());
            shown.setPrefSize(100, 80);
            var p = new javafx.scene.SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            p.setViewport(new javafx.geometry.Rectangle2D(0, 0, 100, 80));
            WritableImage img = shown.snapshot(p, null);
            for (int i = 0; i < at.length; i++) out[i] = img.getPixelReader().getArgb(at[i][0], at[i][1]);
        });
        return out;
    }

    @Test
    void aPanShowsThePictureMovedAndTheBackgroundWhereItWas() throws Exception {
        for (boolean here : new boolean[]{true, false}) {
            int[] p = moved(here, 1, 30, 0, new int[][]{{10, 40}, {40, 40}, {90, 40}});
            // uncovered: the background colour in the picture, or (moved by the renderer) nothing, the pane's background showing
            assertEquals(here ? 0xFFF4F6F8 : 0, p[0], "uncovered, " + (here ? "resampled" : "transformed"));
            assertEquals(here, new GesturePicture(here).coversPane());
            assertEquals(0xFFFF0000, p[1], "red moved 30 px right");
            assertEquals(0xFF0000FF, p[2]);
        }
    }

    @Test
    void aZoomShowsThePictureScaled() throws Exception {
        for (boolean here : new boolean[]{true, false}) {
            // twice the size around the origin: red now reaches x = 100, all of what shows
            int[] p = moved(here, 2, 0, 0, new int[][]{{20, 20}, {90, 70}});
            assertEquals(0xFFFF0000, p[0], here ? "resampled" : "transformed");
            assertEquals(0xFFFF0000, p[1]);
            // half the size: blue from x = 25 to 50, background beyond
            int[] q = moved(here, 0.5, 0, 0, new int[][]{{10, 10}, {40, 10}, {70, 10}, {10, 60}});
            assertEquals(0xFFFF0000, q[0]);
            assertEquals(0xFF0000FF, q[1]);
            assertEquals(here ? 0xFFF4F6F8 : 0, q[2]);
            assertEquals(here ? 0xFFF4F6F8 : 0, q[3]);
        }
    }
}
