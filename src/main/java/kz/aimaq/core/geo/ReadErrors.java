package kz.aimaq.core.geo;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The bundle key and detail for a file that the operating system would not let us read. */
final class ReadErrors {
    private ReadErrors() {}

    static String key(IOException e) {
        if (e instanceof AccessDeniedException) return "geo.error.denied";
        if (e instanceof NoSuchFileException) return "geo.error.notFound";
        return "geo.error.read";
    }

    static String detail(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
