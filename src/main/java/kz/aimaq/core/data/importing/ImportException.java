package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Localized;
import kz.aimaq.core.i18n.Text;

/**
 * A problem with the user's file that the user can fix (empty, not a table, no region column...).
 * The message is shown as is: it says what is wrong and what to do.
 */
public final class ImportException extends Exception implements Localized {
    private final transient Text text;

    public ImportException(Text text) { this(text, null); }
    public ImportException(Text text, Throwable cause) { super(text.en(), cause); this.text = text; }
    public ImportException(String message) { this(message, null); }
    public ImportException(String message, Throwable cause) { super(message, cause); this.text = Text.of("core.error.plain", message); }

    /** A problem said by a bundle key ({@code import.error.*}) with its arguments. */
    public static ImportException keyed(String key, Object... args) { return new ImportException(Text.of(key, args)); }

    /** {@link #keyed} with the exception that revealed the problem. */
    public static ImportException keyed(Throwable cause, String key, Object... args) {
        return new ImportException(Text.of(key, args), cause);
    }

    /** The bundle key of the message ({@code core.error.plain} for an English-only one). */
    public String key() { return text.key(); }

    /** The message in the user's language. */
    @Override public Text text() { return text; }
}
