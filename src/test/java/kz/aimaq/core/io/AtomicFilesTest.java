package kz.aimaq.core.io;

import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Durable exports: a full disk named as such, leftovers cleaned, the file's mode kept (issue 14). */
class AtomicFilesTest {
    @TempDir Path dir;

    private static final String ENOSPC = "No space left on device";

    private ExportException failing(Path out, AtomicFiles.Writer w) {
        return assertThrows(ExportException.class, () -> AtomicFiles.write(out, w));
    }

    @Test
    void aFullDiskIsNamedWhateverLibraryWrappedIt() throws IOException {
        Path out = dir.resolve("map.png");
        Files.writeString(out, "previous");
        // plain NIO, OpenPDF's ExceptionConverter (a RuntimeException), ImageIO's IIOException
        AtomicFiles.Writer[] writers = {
                os -> { throw new FileSystemException(out.toString(), null, ENOSPC); },
                os -> { throw new com.lowagie.text.ExceptionConverter(new IOException(ENOSPC)); },
                os -> { throw new javax.imageio.IIOException("I/O error writing PNG file!", new IOException(ENOSPC)); },
                os -> { throw new IOException("There is not enough space on the disk"); },
        };
        for (AtomicFiles.Writer w : writers) {
            ExportException e = failing(out, w);
            assertEquals("export.error.diskFull", e.key());
            assertTrue(e.getMessage().startsWith("not enough space on the disk to write map.png"), e.getMessage());
            assertTrue(e.message(Messages.of("ru")).startsWith("недостаточно места на диске"), e.message(Messages.of("ru")));
            assertEquals("previous", Files.readString(out), "the previous file is untouched");
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anOtherIoErrorKeepsItsReasonButNoClassName() {
        ExportException e = failing(dir.resolve("a.pdf"), os -> { throw new com.lowagie.text.ExceptionConverter(new IOException("Input/output error")); });
        assertEquals("export.error.failed", e.key());
        assertTrue(e.getMessage().contains("Input/output error") && !e.getMessage().contains("ExceptionConverter"), e.getMessage());
    }

    @Test
    void aBugIsNotDisguisedAsAnIoError() {
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(dir.resolve("b.svg"), os -> { throw new IllegalStateException("bug"); }));
    }

    @Test
    void staleTemporaryFilesOfKilledExportsAreCleanedOnTheNextWrite() throws IOException {
        Path out = dir.resolve("deck.pptx");
        Path stale = Files.writeString(dir.resolve(".deck.pptx.0b1c2d3e-0000-0000-0000-000000000000.tmp"), "half");
        Path other = Files.writeString(dir.resolve(".other.pptx.0b1c2d3e-0000-0000-0000-000000000000.tmp"), "someone else's");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(0));
        AtomicFiles.write(out, os -> os.write(1));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(other), "only this target's leftovers");
        assertArrayEquals(new byte[]{1}, Files.readAllBytes(out));
    }

    @Test
    void theFileKeepsItsModeAndANewOneGetsTheUmasks() throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Path out = dir.resolve("map.svg");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(out, os -> os.write(2));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));

        Path fresh = dir.resolve("new.svg");
        AtomicFiles.write(fresh, os -> os.write(3));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh), "the umask's mode, not 0600");
    }
}
