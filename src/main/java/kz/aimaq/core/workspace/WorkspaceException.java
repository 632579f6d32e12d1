package kz.aimaq.core.workspace;

import kz.aimaq.core.i18n.Localized;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.Text;

import java.io.IOException;

/**
 * A workspace file that cannot be opened, with a message the user can act on. The message key
 * and arguments let the UI say it in the user's language; {@link #getMessage()} is the English
 * text (CLI, logs).
 */
public final class WorkspaceException extends IOException implements Localized {
    private final String key;
    private final transient Object[] args;

    public WorkspaceException(String key, Object... args) {
        this(null, key, args);
    }

    public WorkspaceException(Throwable cause, String key, Object... args) {
        super(Messages.of("en").format(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() { return key; }

    @Override public Text text() { return Text.of(key, args); }

    /** The message in {@code lang} (kk, ru, en). */
    @Override public String message(Messages m) { return text().in(m); }
}
