package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Localized;
import kz.aimaq.core.i18n.Text;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A boundary file could not be read. The message names the file and says what is wrong
 * (missing companion file, truncated record, unsupported shape type, no code field...), so the
 * UI and CLI can show it to the user as it is, in the user's language ({@link #text()}).
 */
public class GeoReadException extends IOException implements Localized {
    private final Path file;
    private final transient Text text;

    public GeoReadException(Path file, Text problem) {
        this(file, problem, null);
    }

    public GeoReadException(Path file, Text problem, Throwable cause) {
        this(file, Text.of("core.geo.file", file.getFileName(), problem, file), cause, true);
    }

    public GeoReadException(Path file, String problem) {
        this(file, problem, null);
    }

    public GeoReadException(Path file, String problem, Throwable cause) {
        this(file, Text.of("core.geo.file", file.getFileName(), problem, file), cause, true);
    }

    private GeoReadException(Path file, Text text, Throwable cause, boolean keyed) {
        super(text.en(), cause);
        this.file = file;
        this.text = text;
    }

    /** The file that could not be read. */
    public Path file() { return file; }

    @Override public Text text() { return text; }
}
