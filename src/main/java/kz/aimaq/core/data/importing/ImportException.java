package kz.aimaq.core.data.importing;

/**
 * A problem with the user's file that the user can fix (empty, not a table, no region column...).
 * The message is shown as is: it says what is wrong and what to do.
 */
public final class ImportException extends Exception {
    public ImportException(String message) { super(message); }
    public ImportException(String message, Throwable cause) { super(message, cause); }
}
