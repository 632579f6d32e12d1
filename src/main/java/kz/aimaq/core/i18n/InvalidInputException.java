package kz.aimaq.core.i18n;

/**
 * A value the user gave (an option, a field of a spec file, a break, a palette name) that cannot
 * be used, with a message saying what is wrong and how to fix it in kk, ru or en. It is an
 * {@link IllegalArgumentException}, so callers that catch those keep working.
 */
public class InvalidInputException extends IllegalArgumentException implements Localized {
    private final transient Text text;

    public InvalidInputException(String key, Object... args) {
        this(Text.of(key, args), null);
    }

    public InvalidInputException(Text text) {
        this(text, null);
    }

    public InvalidInputException(Text text, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
    }

    @Override public Text text() { return text; }
}
