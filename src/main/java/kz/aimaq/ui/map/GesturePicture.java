package kz.aimaq.ui.map;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;
import kz.aimaq.core.render.PictureResampler;

import java.nio.IntBuffer;

/**
 * The map during a pan/zoom gesture: a snapshot of the map at rest (fills, borders, labels,
 * the outline under the pointer and the city symbols), moved and scaled until the view is still.
 * Taking the snapshot composites layers the screen already has; painting the whole map again
 * for the gesture's first step took the renderer 35-40 ms (the probe).
 * <p>
 * On a graphics card the renderer scales the snapshot for nothing. The software renderer (a
 * machine without a usable GPU, Xvfb) spent 6 of its 11 ms per zoom frame scaling it, so there
 * the picture is resampled here ({@link PictureResampler}) into an image the renderer only copies.
 */
final class GesturePicture {
    /** No GPU: scaling textures is the renderer's CPU work. */
    private final boolean resampleHere;
    private final ImageView view = new ImageView();
    private final Affine transform = new Affine();
    /** The snapshot's pixels, when they are resampled here; null between gestures. */
    private PictureResampler source;
    private int[] pixels;
    private PixelBuffer<IntBuffer> buffer;
    private int dw, dh;
    private double pixelScale = 1;

    GesturePicture() { this(!Platform.isSupported(ConditionalFeature.SCENE3D)); }

    /** Tests choose the way: resampled here, or moved by the renderer (as with a GPU). */
    GesturePicture(boolean resampleHere) {
        this.resampleHere = resampleHere;
        view.setVisible(false);
        view.setManaged(false);
        view.getTransforms().add(transform);
    }

    ImageView node() { return view; }

    /**
     * True when the picture covers the whole pane whatever the step (resampled here, what it
     * uncovers is painted in the background colour); false when the renderer moves it, and the
     * pane's own background must show around it.
     */
    boolean coversPane() { return resampleHere; }

    /**
     * Takes the picture of {@code map} (w × h px at {@code pixelScale} device pixels per px)
     * over {@code background}, and shows it where it was.
     */
    void take(Node map, double w, double h, double pixelScale, Color background) {
        this.pixelScale = pixelScale;
        dw = Math.max(1, (int) Math.ceil(w * pixelScale));
        dh = Math.max(1, (int) Math.ceil(h * pixelScale));
        var p = new SnapshotParameters();
        p.setFill(background);
        p.setTransform(Transform.scale(pixelScale, pixelScale));
        p.setViewport(new Rectangle2D(0, 0, dw, dh));
        WritableImage shot = map.snapshot(p, null);
        if (resampleHere) {
            pixels = new int[dw * dh];
            buffer = new PixelBuffer<>(dw, dh, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
            // read into the buffer, then kept with a frame of the background for the resampling
            shot.getPixelReader().getPixels(0, 0, dw, dh, PixelFormat.getIntArgbPreInstance(), pixels, 0, dw);
            source = new PictureResampler(pixels, dw, dh, argb(background));
        } else {
            view.setImage(shot);
        }
        view.setFitWidth(dw / pixelScale);
        view.setFitHeight(dh / pixelScale);
        show(1, 0, 0);
        view.setVisible(true);
    }

    /** Shows the picture moved: a point painted at x0 px is now at {@code k * x0 + tx} (the same for y). */
    void show(double k, double tx, double ty) {
        if (resampleHere) {
            if (source == null) return;
            source.drawInto(pixels, dw, dh, k, tx * pixelScale, ty * pixelScale);
            buffer.updateBuffer(b -> null); // null: all of it changed
        } else {
            transform.setToTransform(k, 0, tx, 0, k, ty);
        }
    }

    /**
     * The gesture ended: the map at rest shows again. The pictures go (a map-sized image or
     * two, 2.6 MB each in a 1440x900 window): the next gesture takes its own.
     */
    void hide() {
        view.setVisible(false);
        view.setImage(null);
        source = null;
        pixels = null;
        buffer = null;
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
