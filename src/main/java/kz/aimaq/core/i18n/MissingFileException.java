package kz.aimaq.core.i18n;

import java.io.FileNotFoundException;

/**
 * A file the user needs is not where it should be (the boundary files, an index spec), with a
 * message saying where it was looked for and what to do, in kk, ru or en. A
 * {@link FileNotFoundException}, so callers that handle missing files keep working.
 */
public class MissingFileException extends FileNotFoundException implements Localized {
    private final transient Text text;

    public MissingFileException(String key, Object... args) {
        super(Text.of(key, args).en());
        this.text = Text.of(key, args);
    }

    @Override public Text text() { return text; }
}
