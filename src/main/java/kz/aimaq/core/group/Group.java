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
}
