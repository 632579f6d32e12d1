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
        ExportFonts.register(); // before the first Java2DSurface picks its font family
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int bands = bands(width, height);
        if (bands == 1) {
            paintBand(picture, img, zoom, 0, height);
            return img;
        }
        // A large picture is painted in horizontal bands on every core: each band runs the whole
        // painter clipped to its rows (the layout and label placement are the same in every band,
        // they depend on nothing but the scene and the size), and the rasteriser's work, which
        // grows with the rows it covers, is shared out.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(bands - 1, r -> {
            Thread t = new Thread(r, "png-paint");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.List<java.util.concurrent.Future<?>> others = new java.util.ArrayList<>();
            for (int b = 1; b < bands; b++) {
                int from = height * b / bands, to = height * (b + 1) / bands;
                others.add(pool.submit(() -> paintBand(picture, img, zoom, from, to)));
            }
            paintBand(picture, img, zoom, 0, height / bands);
            for (var f : others) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("painting interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return img;
    }

    /** Bands to paint in: one per core for pictures of 4 megapixels and more, else one. */
    static int bands(int width, int height) {
        if ((long) width * height < 4_000_000L) return 1;
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), height / 256));
    }

    private static void paintBand(Picture picture, BufferedImage img, double zoom, int fromRow, int toRow) {
        Graphics2D g = img.createGraphics();
        try {
            g.clipRect(0, fromRow, img.getWidth(), toRow - fromRow);
            g.scale(zoom, zoom);
            picture.paint(new Java2DSurface(g), img.getWidth() / zoom, img.getHeight() / zoom);
        } finally {
            g.dispose();
        }
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
