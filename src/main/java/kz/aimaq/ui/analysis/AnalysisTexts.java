package kz.aimaq.ui.analysis;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The analysis panel's words in kk, ru and en ({@code i18n/analysis*.properties}). Kept in their
 * own bundle so that the feature can be merged without touching the shared message files.
 */
public final class AnalysisTexts {
    private final String lang;
    private final ResourceBundle bundle;

    public AnalysisTexts(String lang) {
        this.lang = switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk", "ru" -> lang.toLowerCase(Locale.ROOT);
            default -> "en";
        };
        this.bundle = ResourceBundle.getBundle("i18n.analysis", Locale.forLanguageTag(this.lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String lang() { return lang; }

    public String get(String key) {
        try { return bundle.getString(key); }
        catch (MissingResourceException e) { return key; }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.forLanguageTag(lang)).format(args);
    }
}
