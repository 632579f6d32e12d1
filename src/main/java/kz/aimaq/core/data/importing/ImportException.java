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

    /** The message in the user's language. */
    @Override public Text text() { return text; }
}
