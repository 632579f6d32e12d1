package kz.aimaq.core.analysis;

import java.util.Locale;

/**
 * Types of regions by level of development and dynamics, after the typologies in Kazakhstan's
 * regional-policy literature (see docs/analysis.md). "Pioneer" and "project" regions of the
 * literature need settlement and investment criteria and are not derived here.
 */
public enum RegionType {
    LEADING("leading", "#1A9641", "Leading", "Лидирующий", "Көшбасшы",
            "above the level threshold and growing at least as fast as the country"),
    CATCHING_UP("catching-up", "#A6D96A", "Catching up", "Догоняющий", "Қуып жетуші",
            "below the level threshold but growing at least as fast as the country"),
    SLOWING("slowing", "#FDAE61", "Developed, slowing", "Развитый, замедляющийся", "Дамыған, баяулаушы",
            "above the level threshold but growing slower than the country"),
    LAGGING("lagging", "#D7191C", "Lagging (problem)", "Отстающий (проблемный)", "Артта қалған (проблемалы)",
            "below the level threshold and growing slower than the country"),
    STAGNANT("stagnant", "#FFFFBF", "Stagnant", "Стагнирующий", "Тоқырау",
            "near-zero growth: at least the decline threshold, below the stagnation threshold"),
    DEPRESSED("depressed", "#7B3294", "Depressed (declining)", "Депрессивный (сокращающийся)", "Депрессиялық (құлдыраушы)",
            "real output per head shrinking faster than the decline threshold"),
    NO_DATA("no-data", "#E0E0E0", "No data", "Нет данных", "Деректер жоқ",
            "level or growth not published on today's territory for the period");

    private final String id, color, nameEn, nameRu, nameKk, rule;

    RegionType(String id, String color, String nameEn, String nameRu, String nameKk, String rule) {
        this.id = id; this.color = color; this.nameEn = nameEn; this.nameRu = nameRu; this.nameKk = nameKk; this.rule = rule;
    }

    /** Stable id for files and the CLI ("catching-up"). */
    public String id() { return id; }
    /** Display colour "#RRGGBB" for the categorical map. */
    public String color() { return color; }
    /** The rule in words, for the legend's tooltip (English). */
    public String rule() { return rule; }

    public String label(String lang) {
        return switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }
}
