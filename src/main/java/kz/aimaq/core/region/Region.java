package kz.aimaq.core.region;

import java.util.Locale;

/**
 * A first-level region (oblast or city of republican significance), the national total, or a
 * historical unit. Keyed by the two-digit KATO code, which equals the ISO 3166-2:KZ number.
 *
 * @param kato     two-digit KATO code as text ("10" ... "79", "00" national, "51" South Kazakhstan)
 * @param kato9    nine-digit KATO code ("100000000")
 * @param iso      ISO 3166-2 code ("KZ-10"); empty for historical units
 * @param type     oblast, city, country
 * @param current  true for the 20 units of the post-June-2022 configuration
 */
public record Region(String kato, String kato9, String iso, String nameEn, String nameRu, String nameKk,
                     String centreEn, String centreRu, String centreKk, Type type, boolean current) {

    public enum Type { OBLAST, CITY, COUNTRY }

    public static final String NATIONAL = "00";

    public boolean isNational() { return NATIONAL.equals(kato); }

    /** The name in the language given by an ISO 639 code: "kk", "ru", anything else English. */
    public String name(String lang) {
        return switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    /** A short label for maps: "Akmola" rather than "Akmola Region", "Ақмола" rather than "Ақмола облысы". */
    public String shortName(String lang) {
        // every recolour labels every region again: the seven replacements once per name
        return SHORT_NAMES.computeIfAbsent(name(lang), n -> n.replace(" Region", "").replace(" (city)", "")
                .replace(" облысы", "").replace(" қаласы", "")
                .replace("город ", "").replace("область ", "").replace(" область", ""));
    }

    private static final java.util.Map<String, String> SHORT_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
}
