package kz.aimaq.core.export;

import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.render.Java2DSurface;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Picture;

import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Renders a map scene (or any {@link Picture}) to a PNG through the shared painter (headless Java2D). */
public final class PngExporter {
    private PngExporter() {}

    /** The sizes offered for a raster export; CUSTOM takes the user's width and height. */
    public enum SizePreset {
        SLIDE_1080P(1920, 1080), UHD_4K(3840, 2160),
        /** A4 landscape at 300 dpi: 297 × 210 mm. */
        A4_300DPI(3508, 2480), CUSTOM(0, 0);

        public final int width, height;

        SizePreset(int width, int height) { this.width = width; this.height = height; }
    }

    public static BufferedImage render(MapScene scene, int width, int height) {
        return render(Picture.of(scene), width, height);
    }

    public static BufferedImage render(Picture picture, int width, int height) {
        return render(picture, width, height, 1);
    }

    /**
     * Renders with everything drawn {@code zoom} times larger: the picture is laid out on a
     * width/zoom × height/zoom canvas and scaled up. A slide shows a 1920 px picture about 13 in
     * wide, where 1:1 type would be too small to read from the back of a room.
     */
    public static BufferedImage render(Picture picture, int width, int height, double zoom) {
        // one thread paints: painting the picture in bands on two cores was tried (each band the
        // whole painter clipped to its rows) and saved under 10 % of a 4K render's painting for
        // nearly twice its CPU, as the work follows the vertices, not the rows
        BufferedImage img = canvas(width, height);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(zoom, zoom);
            picture.paint(new Java2DSurface(g), width / zoom, height / zoom);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A blank canvas made ahead by {@link #prepareCanvas}, taken by the next picture of its size. */
    private static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<BufferedImage>> PREPARED =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Makes a blank canvas of this size on a thread of its own, for the next picture of that
     * size: a command that draws one map calls this before it reads its data. A 4K canvas is 33 MB
     * that the JVM zeroes and the system maps page by page, 20-30 ms measured in a fresh JVM, on
     * the drawing thread otherwise. The canvas is as new: nothing has drawn on it.
     */
    public static void prepareCanvas(int width, int height) {
        java.util.concurrent.FutureTask<BufferedImage> task = new java.util.concurrent.FutureTask<>(
                () -> new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
        PREPARED.set(task);
        Thread.ofPlatform().daemon().name("aimaq-canvas").start(task);
    }

    private static BufferedImage canvas(int width, int height) {
        java.util.concurrent.Future<BufferedImage> made = PREPARED.getAndSet(null);
        if (made != null) {
            try {
                BufferedImage img = made.get();
                if (img.getWidth() == width && img.getHeight() == height) return img;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
                // made here instead (an out-of-memory error is met again below, and reported)
            }
        }
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Writes the PNG atomically ({@link PngEncoder}): a half-written file never replaces a good one. */
    public static void write(MapScene scene, int width, int height, Path out) throws IOException {
        write(Picture.of(scene), width, height, out);
    }

    public static void write(Picture picture, int width, int height, Path out) throws IOException {
        BufferedImage img = render(picture, width, height);
        kz.aimaq.core.io.Phases.mark("painted " + out.getFileName());
        AtomicFiles.write(out, os -> PngEncoder.write(img, os));
        kz.aimaq.core.io.Phases.mark("encoded " + out.getFileName());
    }

    /** PNG bytes, e.g. for a slide picture. */
    public static byte[] bytes(Picture picture, int width, int height, double zoom) throws IOException {
        return PngEncoder.bytes(render(picture, width, height, zoom));
    }
}
