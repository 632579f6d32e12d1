package kz.aimaq.core.render;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Font;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class BundledFontsTest {
    @TempDir Path tmp;

    @AfterEach
    void restore() { System.clearProperty("aimaq.cache"); }

    @Test
    void facesAreReadWithCyrillicAndKazakhLetters() {
        Font regular = BundledFonts.face(false), bold = BundledFonts.face(true);
        assertNotNull(regular);
        assertTrue(bold.isBold());
        assertEquals(-1, regular.canDisplayUpTo("Қазақстан әғқңөұүһі Казахстан"));
    }

    /** From a jar, the face is copied once into the cache folder and opened from there; a new build's copy replaces the old one. */
    @Test
    void aFaceInAJarIsOpenedFromOneCopyInTheCacheFolder() throws Exception {
        System.setProperty("aimaq.cache", tmp.resolve("cache").toString());
        byte[] ttf = Files.readAllBytes(Path.of("src/main/resources/fonts/DejaVuSans.ttf"));
        Path jar = jarWith(tmp.resolve("a.jar"), ttf);
        URL url = new URL("jar:" + jar.toUri() + "!/fonts/DejaVuSans.ttf");

        Path copy = BundledFonts.fileOf(url, "/fonts/DejaVuSans.ttf");
        assertArrayEquals(ttf, Files.readAllBytes(copy));
        assertEquals(tmp.resolve("cache").resolve("fonts"), copy.getParent());
        long written = Files.getLastModifiedTime(copy).toMillis();
        Thread.sleep(20);
        assertEquals(copy, BundledFonts.fileOf(url, "/fonts/DejaVuSans.ttf"));
        assertEquals(written, Files.getLastModifiedTime(copy).toMillis(), "not written again");
        assertEquals("DejaVu Sans", Font.createFont(Font.TRUETYPE_FONT, copy.toFile()).getFamily());

        // another build of the jar: its own copy, and the old one is removed
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(written + 60_000));
        Path next = BundledFonts.fileOf(url, "/fonts/DejaVuSans.ttf");
        assertNotEquals(copy, next);
        assertTrue(Files.exists(next));
        assertFalse(Files.exists(copy));
    }

    private static Path jarWith(Path jar, byte[] ttf) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("fonts/DejaVuSans.ttf"));
            out.write(ttf);
            out.closeEntry();
        }
        return jar;
    }
}
