package kz.aimaq.core.workspace;

import kz.aimaq.core.i18n.Messages;

import java.io.IOException;

/**
 * A workspace file that cannot be opened, with a message the user can act on. The message key
 * and arguments let the UI say it in the user's language; {@link #getMessage()} is the English
 * text (CLI, logs).
 */
public final class WorkspaceException extends IOException {
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

    /** The message in {@code lang} (kk, ru, en). */
    public String message(Messages m) { return m.format(key, args); }
}
