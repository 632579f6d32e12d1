package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Messages;

/**
 * A problem with the user's file that the user can fix (empty, not a table, no region column...).
 * The message is shown as is: it says what is wrong and what to do. Exceptions made with
 * {@link #keyed} carry a bundle key, so {@link #message(Messages)} says it in the user's language.
 */
public final class ImportException extends Exception {
    private final String key;
    private final transient Object[] args;

    public ImportException(String message) { this(message, null, null, new Object[0]); }
    public ImportException(String message, Throwable cause) { this(message, cause, null, new Object[0]); }

    private ImportException(String message, Throwable cause, String key, Object[] args) {
        super(message, cause);
        this.key = key;
        this.args = args.clone();
    }

    /** A problem said by a bundle key ({@code import.error.*}) with its arguments. */
    public static ImportException keyed(String key, Object... args) {
        return new ImportException(Messages.of("en").format(key, args), null, key, args);
    }

    /** {@link #keyed} with the exception that revealed the problem. */
    public static ImportException keyed(Throwable cause, String key, Object... args) {
        return new ImportException(Messages.of("en").format(key, args), cause, key, args);
    }

    /** The bundle key, or null for a message that exists in English only. */
    public String key() { return key; }

    /** The message in the language of {@code m} (English where the problem has no key yet). */
    public String message(Messages m) { return key == null ? getMessage() : m.format(key, args); }
}
