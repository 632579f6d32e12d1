package kz.aimaq.core.export;

import kz.aimaq.core.render.Java2DSurface;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;

import javax.imageio.ImageIO;
import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Renders a map scene to a PNG through the shared painter (headless Java2D). */
public final class PngExporter {
    private PngExporter() {}

    public static BufferedImage render(MapScene scene, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            new MapPainter().paint(scene, new Java2DSurface(g), width, height, null);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Writes the PNG atomically: a half-written file never replaces a good one. */
    public static void write(MapScene scene, int width, int height, Path out) throws IOException {
        BufferedImage img = render(scene, width, height);
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".aimaq-", ".png.tmp");
        try {
            if (!ImageIO.write(img, "png", tmp.toFile())) throw new IOException("no PNG writer available");
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
