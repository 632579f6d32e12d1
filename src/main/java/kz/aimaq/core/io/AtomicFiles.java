package kz.aimaq.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a file through a temporary sibling and an atomic move, so a failed or killed export
 * never leaves half a file and never damages the previous one.
 *
 * <p>Contract: the temporary file {@code .NAME.<random hex>.tmp} is written, forced to disk and given
 * the previous file's permissions (a new file gets the umask's, as any other new file); the
 * folder is forced before and after the rename so the rename itself survives a power cut.
 * Temporary files of the same target left by a killed earlier write are removed after a
 * successful one. A failure the user can fix (disk full, no permission) becomes an
 * {@link ExportException} that names the file, whatever library the writer used (ImageIO,
 * OpenPDF and POI wrap the I/O error in their own exceptions).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path out, Writer writer) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        try {
            if (dir != null) Files.createDirectories(dir);
        } catch (IOException e) {
            throw describe(e, target);
        }
        // a plain sibling name (not createTempFile) so the result gets the usual permissions, not 0600
        // a random name, not a UUID: UUID.randomUUID() starts SecureRandom (about 40 ms, cold) on
        // the thread of every export; CREATE_NEW below still refuses a name already taken
        Path tmp = dir.resolve(tempPrefix(target) + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream os = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                writer.write(os);
                os.flush();
                ch.force(true);
            }
            keepMode(target, tmp);
            forceDirectory(dir);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
        } catch (IOException | RuntimeException e) {
            throw describe(e, target);
        } finally {
            if (!moved) {
                try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* best effort */ }
            }
        }
        removeLeftovers(target);
    }

    static String tempPrefix(Path target) { return "." + target.getFileName() + "."; }

    /**
     * The error the user sees for a failed write of {@code target}: "not enough space on the disk
     * to write FILE", "permission denied", or (anything else) the deepest I/O message, never a
     * library's class name. Runtime exceptions that wrap no I/O error are rethrown unchanged (they
     * are bugs, not something the user caused).
     */
    static IOException describe(Throwable e, Path target) {
        if (e instanceof ExportException x) return x;
        String name = String.valueOf(target.getFileName());
        IOException io = null;
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException) {
                return new ExportException(e, "export.error.denied", name, String.valueOf(target.getParent()));
            }
            String text = (t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() + " " : "")
                    + (t.getMessage() == null ? "" : t.getMessage());
            if (isDiskFull(text)) return new ExportException(e, "export.error.diskFull", name);
            if (text.toLowerCase(Locale.ROOT).contains("read-only file system")) {
                return new ExportException(e, "export.error.denied", name, String.valueOf(target.getParent()));
            }
            if (t instanceof IOException i && !(t instanceof javax.imageio.IIOException)) io = i;
        }
        if (io == null) {
            if (e instanceof RuntimeException r) throw r;
            io = (IOException) e;
        }
        String detail = io instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : io.getMessage();
        return new ExportException(e, "export.error.failed", name, detail == null ? io.getClass().getSimpleName() : detail);
    }

    /** The wrapped exception: OpenPDF's ExceptionConverter keeps it outside getCause(). */
    private static Throwable next(Throwable t) {
        Throwable c = t instanceof com.lowagie.text.ExceptionConverter x ? x.getException() : t.getCause();
        return c == t ? null : c;
    }

    /** "No space left on device" (Linux, macOS), "There is not enough space on the disk" (Windows), quota. */
    static boolean isDiskFull(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("no space left") || t.contains("not enough space") || t.contains("disk quota exceeded")
                || t.contains("enospc") || t.contains("file too large");
    }

    /** Gives the new file the permissions of the one it replaces (POSIX only; elsewhere nothing to keep). */
    public static void keepMode(Path previous, Path replacement) {
        try {
            if (!Files.isRegularFile(previous)) return;
            PosixFileAttributeView view = Files.getFileAttributeView(previous, PosixFileAttributeView.class);
            if (view == null) return;
            Set<PosixFilePermission> mode = view.readAttributes().permissions();
            Files.setPosixFilePermissions(replacement, mode);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the file keeps the umask's permissions
        }
    }

    /** Makes a rename durable (Linux, macOS); Windows cannot open folders this way and need not. */
    static void forceDirectory(Path dir) {
        if (dir == null) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported here: the rename is still atomic, only its durability is the OS's
        }
    }

    /** Temporary files of the same target left by a killed write; they hold nothing the target lacks. */
    static void removeLeftovers(Path target) {
        String prefix = tempPrefix(target);
        try (Stream<Path> s = Files.list(target.getParent())) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tmp");
            }).forEach(p -> { try { Files.deleteIfExists(p); } catch (IOException ignored) { } });
        } catch (IOException ignored) {
            // leftovers are harmless
        }
    }
}
