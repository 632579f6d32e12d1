package kz.aimaq.core.group;

import java.io.IOException;

/**
 * A grouping file that cannot be used, with a message that says what to fix
 * ("unknown region code '99' in group 'north'"). An {@link IOException} because callers already
 * handle unreadable files there; the message is meant for the user as it is.
 */
public final class GroupingFileException extends IOException {
    public GroupingFileException(String message) { super(message); }
    public GroupingFileException(String message, Throwable cause) { super(message, cause); }
}
