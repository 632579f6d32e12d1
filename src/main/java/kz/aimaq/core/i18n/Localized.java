package kz.aimaq.core.i18n;

/**
 * An exception a user can cause whose message is a {@link Text}, so it can be shown in the
 * user's language; {@link Throwable#getMessage()} stays the English text (CLI, logs).
 */
public interface Localized {
    Text text();

    /** The message in {@code m}'s language. */
    default String message(Messages m) { return text().in(m); }

    /**
     * What to tell the user about {@code t} in {@code m}'s language: the message of {@code t} or of
     * the first keyed exception among its causes, else {@code t}'s own message (or its type).
     */
    static String message(Throwable t, Messages m) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Localized l) return l.message(m);
            if (c.getCause() == c) break;
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
