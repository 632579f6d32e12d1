package kz.aimaq.core.stats;

import java.util.Locale;

/**
 * The categories of a LISA cluster map, with GeoDa's codes and colours so that maps made in
 * Aimaq read like the ones planners know from GeoDa.
 */
public enum LisaClass {
    NOT_SIGNIFICANT(0, "not-significant", "#EEEEEE", "Not significant", "Не значимо", "Маңызды емес"),
    HIGH_HIGH(1, "high-high", "#FF0000", "High–High (hot spot)", "Высокий–высокий (горячая точка)", "Жоғары–жоғары (ыстық нүкте)"),
    LOW_LOW(2, "low-low", "#0000FF", "Low–Low (cold spot)", "Низкий–низкий (холодная точка)", "Төмен–төмен (суық нүкте)"),
    LOW_HIGH(3, "low-high", "#A7ADF9", "Low–High (low among high)", "Низкий–высокий (низкий среди высоких)", "Төмен–жоғары (жоғарылар арасындағы төмен)"),
    HIGH_LOW(4, "high-low", "#F4ADA8", "High–Low (high among low)", "Высокий–низкий (высокий среди низких)", "Жоғары–төмен (төмендер арасындағы жоғары)"),
    /** A region without neighbours under the chosen weights: no local statistic exists. */
    ISOLATED(6, "isolated", "#999999", "No neighbours", "Нет соседей", "Көршілері жоқ");

    private final int code;
    private final String id;
    private final String color;
    private final String nameEn, nameRu, nameKk;

    LisaClass(int code, String id, String color, String nameEn, String nameRu, String nameKk) {
        this.code = code; this.id = id; this.color = color;
        this.nameEn = nameEn; this.nameRu = nameRu; this.nameKk = nameKk;
    }

    /** GeoDa's numeric code (0 not significant, 1 HH, 2 LL, 3 LH, 4 HL, 6 isolated). */
    public int code() { return code; }
    /** Stable text id used in files and the CLI ("high-high"). */
    public String id() { return id; }
    /** Display colour "#RRGGBB". */
    public String color() { return color; }

    public String label(String lang) {
        return switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    public static LisaClass byCode(int code) {
        for (LisaClass c : values()) if (c.code == code) return c;
        throw new IllegalArgumentException("no LISA class with code " + code);
    }
}
