package kz.aimaq.core.geo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A boundary file could not be read. The message names the file and says what is wrong
 * (missing companion file, truncated record, unsupported shape type, no code field...), so the
 * UI and CLI can show it to the user as it is.
 */
public class GeoReadException extends IOException {
    private final Path file;

    public GeoReadException(Path file, String problem) {
        super(file.getFileName() + ": " + problem + " (" + file + ")");
        this.file = file;
    }

    public GeoReadException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem + " (" + file + ")", cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() { return file; }
}
