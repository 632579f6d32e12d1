package kz.aimaq.core.group;

import kz.aimaq.core.i18n.Localized;
import kz.aimaq.core.i18n.Text;

import java.io.IOException;

/**
 * A grouping file that cannot be used, with a message that says what to fix
 * ("unknown region code '99' in group 'north'"). An {@link IOException} because callers already
 * handle unreadable files there; the message is meant for the user as it is.
 */
public final class GroupingFileException extends IOException implements Localized {
    private final transient Text text;

    public GroupingFileException(Text text) { this(text, null); }
    public GroupingFileException(Text text, Throwable cause) { super(text.en(), cause); this.text = text; }
    public GroupingFileException(String message) { this(message, null); }
    public GroupingFileException(String message, Throwable cause) { super(message, cause); this.text = Text.of("core.error.plain", message); }

    /** The message in the user's language. */
    @Override public Text text() { return text; }
}
