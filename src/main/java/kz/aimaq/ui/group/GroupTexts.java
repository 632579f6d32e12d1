package kz.aimaq.ui.group;

import kz.aimaq.core.i18n.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The macro-region panel's words in kk, ru and en, from {@code i18n/groups*.properties} (UTF-8).
 * A bundle of its own, beside the app's {@code messages}, so this feature's strings do not collide
 * with other features' in one shared file; {@code GroupTextsTest} keeps the three aligned.
 */
public final class GroupTexts {
    private final String lang;
    private final ResourceBundle bundle;

    private GroupTexts(String lang) {
        this.lang = Messages.normalise(lang);
        this.bundle = ResourceBundle.getBundle("i18n.groups", Locale.forLanguageTag(this.lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static GroupTexts of(String lang) { return new GroupTexts(lang); }

    public String lang() { return lang; }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible, and caught by the bundle test
        }
    }

    public String format(String key, Object... args) {
        // as Messages does: apostrophes in the bundles are plain text, not MessageFormat quotes
        return new MessageFormat(get(key).replace("'", "''"), Locale.forLanguageTag(lang)).format(args);
    }
}
