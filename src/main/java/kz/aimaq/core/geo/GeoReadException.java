package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Messages;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A boundary file could not be read. The message names the file and says what is wrong
 * (missing companion file, truncated record, unsupported shape type, no code field...), so the
 * UI and CLI can show it to the user as it is. Exceptions made with {@link #keyed} also carry a
 * bundle key, so {@link #message(Messages)} says the same in the user's language.
 */
public class GeoReadException extends IOException {
    private final Path file;
    private final String problem;
    private final String key;
    private final transient Object[] args;

    public GeoReadException(Path file, String problem) {
        this(file, problem, null, null, new Object[0]);
    }

    public GeoReadException(Path file, String problem, Throwable cause) {
        this(file, problem, cause, null, new Object[0]);
    }

    private GeoReadException(Path file, String problem, Throwable cause, String key, Object[] args) {
        super(file.getFileName() + ": " + problem + " (" + file + ")", cause);
        this.file = file;
        this.problem = problem;
        this.key = key;
        this.args = args.clone();
    }

    /** A problem said by a bundle key ({@code geo.error.*}) with its arguments. */
    public static GeoReadException keyed(Path file, String key, Object... args) {
        return new GeoReadException(file, Messages.of("en").format(key, args), null, key, args);
    }

    /** {@link #keyed} with the exception that revealed the problem. */
    public static GeoReadException keyed(Path file, Throwable cause, String key, Object... args) {
        return new GeoReadException(file, Messages.of("en").format(key, args), cause, key, args);
    }

    /** The file that could not be read. */
    public Path file() { return file; }

    /** The bundle key of the problem, or null for a message that exists in English only. */
    public String key() { return key; }

    /** The message in the language of {@code m} (English where the problem has no key yet). */
    public String message(Messages m) {
        String p = key == null ? problem : m.format(key, args);
        return file.getFileName() + ": " + p + " (" + file + ")";
    }
}
