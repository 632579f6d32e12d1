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
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(zoom, zoom);
            picture.paint(new Java2DSurface(g), width / zoom, height / zoom);
        } finally {
            g.dispose();
        }
        return img;
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
