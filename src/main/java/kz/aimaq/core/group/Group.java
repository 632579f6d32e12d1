package kz.aimaq.core.group;

import java.util.List;
import java.util.Locale;

/**
 * One macro-region: a named set of region codes with a display colour.
 *
 * @param id      stable identifier used in files and the CLI ("north")
 * @param color   display colour as "#RRGGBB"
 * @param members two-digit KATO codes of its regions, in catalogue order
 */
public record Group(String id, String nameEn, String nameRu, String nameKk, String color, List<String> members) {
    public Group {
        members = List.copyOf(members);
    }

    public String name(String lang) {
        return switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk" -> nameKk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }

    /** The same group with other members, sorted into KATO (= catalogue) order. */
    public Group withMembers(List<String> newMembers) {
        return new Group(id, nameEn, nameRu, nameKk, color, newMembers.stream().distinct().sorted().toList());
    }

    /** The same group renamed in one language ("en", "ru", "kk"); other languages keep their names. */
    public Group withName(String lang, String name) {
        return switch (lang == null ? "en" : lang.toLowerCase(Locale.ROOT)) {
            case "kk" -> new Group(id, nameEn, nameRu, name, color, members);
            case "ru" -> new Group(id, nameEn, name, nameKk, color, members);
            default -> new Group(id, name, nameRu, nameKk, color, members);
        };
    }

    public Group withColor(String newColor) {
        return new Group(id, nameEn, nameRu, nameKk, newColor, members);
    }

    /** Members joined for tables and the CLI: "11;39;55;59;71". */
    public String membersText() { return String.join(";", members); }
}
