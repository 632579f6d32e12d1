package kz.aimaq.ui.group;

import kz.aimaq.core.i18n.Messages;

/**
 * The macro-region panel's words in kk, ru and en, from {@code i18n/groups*.properties}: a bundle
 * of its own so this feature's strings do not collide with others' in one file.
 */
public final class GroupTexts {
    private final Messages m;

    private GroupTexts(String lang) { this.m = Messages.bundle("i18n.groups", lang); }

    public static GroupTexts of(String lang) { return new GroupTexts(lang); }

    public String lang() { return m.lang(); }

    public String get(String key) { return m.get(key); }

    public String format(String key, Object... args) { return m.format(key, args); }
}
