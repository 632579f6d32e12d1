package kz.aimaq.core.render;

import java.awt.Font;
import java.io.InputStream;

/**
 * The bundled DejaVu Sans faces (regular and bold, {@code /fonts/*.ttf}) as Java2D fonts, made
 * once. A raster picture draws and measures with these objects directly, so it needs neither the
 * system's font list nor a registration (which made Java2D enumerate every installed family: about
 * a third of the fonts' start-up, on the critical path of every render), and it draws the same
 * glyphs on Linux, Windows and macOS whatever the system has installed.
 */
public final class BundledFonts {
    private BundledFonts() {}

    private static final class Faces {
        static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
        // marked bold as well (the face is already bold, so nothing is emboldened twice): the PDF
        // writer picks its embedded face by Font.isBold()
        static final Font BOLD = bold(load("/fonts/DejaVuSans-Bold.ttf"));
    }

    /** The face, or null when the font cannot be read (the surface then falls back to a family by name). */
    public static Font face(boolean bold) {
        return bold ? Faces.BOLD : Faces.REGULAR;
    }

    private static Font bold(Font f) { return f == null ? null : f.deriveFont(Font.BOLD); }

    private static Font load(String resource) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception | Error e) {
            return null;
        }
    }
}
