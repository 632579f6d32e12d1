package kz.aimaq.ui.analysis;

import kz.aimaq.core.i18n.Messages;

/** The analysis panel's words in kk, ru and en ({@code i18n/analysis*.properties}). */
public final class AnalysisTexts {
    private final Messages m;

    public AnalysisTexts(String lang) { this.m = Messages.bundle("i18n.analysis", lang); }

    public String lang() { return m.lang(); }

    public String get(String key) { return m.get(key); }

    public String format(String key, Object... args) { return m.format(key, args); }
}
