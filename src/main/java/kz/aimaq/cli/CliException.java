package kz.aimaq.cli;

/** A mistake the user can fix (bad argument, unreadable file): one line on stderr, exit code 2. */
public final class CliException extends RuntimeException {
    public CliException(String message) { super(message); }
    public CliException(String message, Throwable cause) { super(message, cause); }
}
