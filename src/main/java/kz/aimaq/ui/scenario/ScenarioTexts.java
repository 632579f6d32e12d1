package kz.aimaq.ui.scenario;

import kz.aimaq.core.i18n.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The panel's strings in kk, ru or en, from {@code i18n/scenario*.properties}. */
final class ScenarioTexts {
    private final String lang;
    private final ResourceBundle bundle;

    ScenarioTexts(String lang) {
        this.lang = Messages.normalise(lang);
        this.bundle = ResourceBundle.getBundle("i18n.scenario", Locale.forLanguageTag(this.lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), Locale.forLanguageTag(lang)).format(args);
    }
}
