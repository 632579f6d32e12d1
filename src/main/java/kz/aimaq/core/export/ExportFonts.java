package kz.aimaq.core.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans (regular and bold, Bitstream Vera licence in fonts/LICENSE-DejaVu.txt).
 * It covers Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і, and shipping it means a PDF made on
 * Windows or macOS embeds the same glyphs as one made on Linux.
 */
public final class ExportFonts {
    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
    private static byte[] regular, bold;
    private static boolean registered;

    private ExportFonts() {}

    /** The TTF bytes of the regular or bold face. */
    public static synchronized byte[] ttf(boolean isBold) {
        if (isBold) {
            if (bold == null) bold = read(BOLD);
            return bold;
        }
        if (regular == null) regular = read(REGULAR);
        return regular;
    }

    /**
     * Makes "DejaVu Sans" available to Java2D even where it is not installed, so PNG and SVG
     * measure text with the same font the PDF embeds. Safe to call more than once.
     */
    public static synchronized void register() {
        if (registered) return;
        registered = true;
        try {
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            // the faces raster pictures draw with, made once from their file (no temporary copy)
            for (boolean b : new boolean[]{false, true}) {
                Font face = kz.aimaq.core.render.BundledFonts.face(b);
                ge.registerFont(face != null ? face : Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf(b))));
            }
        } catch (FontFormatException | IOException | RuntimeException e) {
            // the logical sans-serif font still draws Cyrillic; exports stay usable
        }
    }

    /**
     * Starts, on a daemon thread, what the first drawing of a map would otherwise wait for: the
     * bundled faces ({@code BundledFonts}, with Java2D's font manager), the glyph caches and the
     * anti-aliasing rasteriser. A command that draws calls this before it reads
     * its data, so the two overlap on a second core; the drawing is the same either way.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = img.createGraphics();
                try {
                    kz.aimaq.core.render.Java2DSurface s = new kz.aimaq.core.render.Java2DSurface(g);
                    s.beginPath();
                    s.ring(new double[]{1, 60, 30}, new double[]{1, 5, 30}, 3);
                    s.fillPath(0xff336699);
                    s.strokePath(0xffffffff, 1.5);
                    // the shapes and the encoder before the fonts: their code is the bulk of what the
                    // compiler has to make, and asked for first it is made before the map needs it
                    PngEncoder.write(img, java.io.OutputStream.nullOutputStream());
                    kz.aimaq.core.render.BundledFonts.face(false);
                    kz.aimaq.core.render.BundledFonts.face(true);
                    kz.aimaq.core.io.Phases.mark("fonts-read");
                    s.text("Қазақстан 0,9", 2, 20, 11, true, 0xff000000, 0, 0xffffffff);
                    s.text("Казахстан", 2, 28, 9, false, 0xff000000, 0, 0);
                } finally {
                    g.dispose();
                }
                kz.aimaq.core.io.Phases.mark("warm-up-done");
            } catch (RuntimeException | Error | java.io.IOException e) {
                // only a head start; the real drawing reports its own problems
            }
        }, "export-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static byte[] read(String resource) {
        try (InputStream in = ExportFonts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font " + resource + " missing from the application");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
