package kz.aimaq.ui.scenario;

import kz.aimaq.core.i18n.Messages;

/** The panel's strings in kk, ru or en, from {@code i18n/scenario*.properties}. */
final class ScenarioTexts {
    private final Messages m;

    ScenarioTexts(String lang) { this.m = Messages.bundle("i18n.scenario", lang); }

    String get(String key) { return m.get(key); }

    String format(String key, Object... args) { return m.format(key, args); }
}
