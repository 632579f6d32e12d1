package kz.aimaq.core.io;

import kz.aimaq.core.i18n.Messages;

import java.io.IOException;

/**
 * An export (or any durable write) that failed for a reason the user can fix: the disk is full,
 * the folder cannot be written. Keyed like {@code WorkspaceException}: {@link #getMessage()} is
 * the English text (CLI, logs), {@link #message(Messages)} the same in the user's language.
 */
public final class ExportException extends IOException {
    private final String key;
    private final transient Object[] args;

    public ExportException(Throwable cause, String key, Object... args) {
        super(Messages.of("en").format(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() { return key; }

    /** The message in the language of {@code m}. */
    public String message(Messages m) { return m.format(key, args); }
}
