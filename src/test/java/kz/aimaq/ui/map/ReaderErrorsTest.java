package kz.aimaq.ui.map;

import kz.aimaq.core.geo.GeoReadException;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.*;

/** File → Open shows the reader's own message in the UI language, not the deepest cause (issue 14). */
class ReaderErrorsTest {
    @TempDir Path dir;

    @Test
    void theReadersMessageInTheUiLanguageNotTheDeepestCause() throws IOException {
        Path shp = Files.write(dir.resolve("a.shp"), new byte[40]);
        Files.write(dir.resolve("a.shx"), new byte[40]);
        Files.write(dir.resolve("a.dbf"), new byte[40]);
        GeoReadException e = assertThrows(GeoReadException.class, () -> RegionLayers.load(shp));
        // as MapViewModel receives it from its background task
        Throwable wrapped = new CompletionException(new UncheckedIOException(e));
        String ru = ReaderErrors.message(wrapped, Messages.of("ru"));
        assertTrue(ru.startsWith("a.shp: файл обрезан"), ru);
        assertEquals(e.getMessage(), ReaderErrors.message(wrapped, Messages.of("en")));

        GeoReadException withCause = GeoReadException.keyed(shp, new EOFException(), "geo.error.recordDamaged", 3);
        String kk = ReaderErrors.message(new CompletionException(withCause), Messages.of("kk"));
        assertTrue(kk.contains("3-жазба бүлінген"), kk);
        assertFalse(kk.contains("EOFException"), kk);
    }

    @Test
    void outOfMemoryIsASentenceNotJavaHeapSpace() {
        String m = ReaderErrors.message(new CompletionException(new OutOfMemoryError("Java heap space")), Messages.of("en"));
        assertTrue(m.startsWith("The file is too big for the memory available"), m);
        assertEquals("plain", ReaderErrors.message(new CompletionException(new IOException("plain")), Messages.of("en")));
    }
}
