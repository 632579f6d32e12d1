package kz.aimaq.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string in kk, ru and en, from the bundles in {@code i18n/messages*.properties}
 * (UTF-8). Core code (legends, export frames) and the UI share them, so a map says the same
 * words on screen and on a slide.
 */
public final class Messages {
    public static final String[] LANGUAGES = {"kk", "ru", "en"};

    private final String lang;
    private final ResourceBundle bundle;

    private Messages(String baseName, String lang) {
        this.lang = normalise(lang);
        this.bundle = ResourceBundle.getBundle(baseName, Locale.forLanguageTag(this.lang), BUNDLES);
    }

    /**
     * Properties files only, no fallback to the system's locale, and English straight from the
     * base file: the lookup of a {@code messages_en.properties} that does not exist searched every
     * library jar on the class path, opening each one (a CLI command's first English message
     * cost 30-70 ms so, measured with {@code -Daimaq.phases=true}).
     */
    private static final ResourceBundle.Control BUNDLES = new ResourceBundle.Control() {
        @Override public java.util.List<String> getFormats(String baseName) { return FORMAT_PROPERTIES; }

        @Override public Locale getFallbackLocale(String baseName, Locale locale) { return null; }

        @Override public java.util.List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return locale.getLanguage().equals("en") ? java.util.List.of(Locale.ROOT) : super.getCandidateLocales(baseName, locale);
        }
    };

    /** The app's shared strings ({@code i18n/messages*.properties}). */
    public static Messages of(String lang) { return new Messages("i18n.messages", lang); }

    /**
     * A feature's own bundle, e.g. {@code bundle("i18n.groups", "kk")}: features keep their
     * strings in their own files so parallel work does not collide in one file.
     */
    public static Messages bundle(String baseName, String lang) { return new Messages(baseName, lang); }

    /** kk, ru or en; anything else becomes en. */
    public static String normalise(String lang) {
        if (lang == null) return "en";
        String l = lang.toLowerCase(Locale.ROOT);
        if (l.startsWith("kk") || l.startsWith("kz")) return "kk";
        if (l.startsWith("ru")) return "ru";
        return "en";
    }

    /** The language matching the operating system's locale (kk, ru or en). */
    public static String systemDefault() { return normalise(Locale.getDefault().getLanguage()); }

    public String lang() { return lang; }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible in the UI and caught by the bundle-consistency test
        }
    }

    /** True when the bundle has the key (e.g. a preset's translated name). */
    public boolean has(String key) { return bundle.containsKey(key); }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), Locale.forLanguageTag(lang)).format(args);
    }
}
