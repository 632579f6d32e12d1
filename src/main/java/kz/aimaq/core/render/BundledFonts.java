package kz.aimaq.core.render;

import kz.aimaq.core.data.Resources;
import kz.aimaq.core.io.AtomicFiles;

import java.awt.Font;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

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
        URL url = BundledFonts.class.getResource(resource);
        if (url == null) return null;
        try {
            Path file = fileOf(url, resource);
            if (file != null) return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (Exception | Error e) {
            // read it from the stream below
        }
        try (InputStream in = url.openStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception | Error e) {
            return null;
        }
    }

    /**
     * The face as a file Java2D can open: the resource itself when it is one (a build folder),
     * else a copy in the cache folder named by the jar entry it came from. Given a stream, Java2D
     * copies the font to a temporary file on every start, and the temporary file's random name
     * started SecureRandom: about 50 ms before the first label could be measured. Null when
     * there is no cache folder to copy into.
     */
    static Path fileOf(URL url, String resource) throws Exception {
        if ("file".equals(url.getProtocol())) return Path.of(url.toURI());
        String key = Resources.versionKey(url);
        Path dir = Resources.cacheFolder();
        if (key == null || dir == null) return null;
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        Path copy = dir.resolve("fonts").resolve(Integer.toHexString(key.hashCode()) + "-" + name);
        long size = url.openConnection().getContentLengthLong();
        if (Files.isRegularFile(copy) && (size < 0 || Files.size(copy) == size)) return copy;
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            AtomicFiles.write(copy, out -> out.write(bytes));
        }
        // copies made for earlier builds are never read again
        try (var old = Files.list(copy.getParent())) {
            old.filter(p -> !p.equals(copy) && p.getFileName().toString().endsWith("-" + name)).forEach(p -> p.toFile().delete());
        }
        return copy;
    }
}
