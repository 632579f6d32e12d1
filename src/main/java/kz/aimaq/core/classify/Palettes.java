package kz.aimaq.core.classify;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.data.Indicator;

import java.util.List;
import java.util.Locale;

/**
 * The palettes Aimaq offers (ColorBrewer 2.0, see {@link ColorBrewer} for the attribution) and
 * the default choice per indicator.
 */
public final class Palettes {
    private Palettes() {}

    /** Sequential schemes first, then diverging, then qualitative (for group colouring). */
    public static List<Palette> all() { return ColorBrewer.PALETTES; }

    public static List<Palette> ofType(Palette.Type type) {
        return all().stream().filter(p -> p.type() == type).toList();
    }

    /**
     * The palette with that ColorBrewer id, case-insensitive ("YlOrRd", "ylorrd"); a "_r" suffix
     * gives it reversed ("Blues_r").
     * @throws IllegalArgumentException naming the known ids when there is none
     */
    public static Palette byId(String id) {
        String wanted = id == null ? "" : id.trim();
        boolean reversed = wanted.toLowerCase(Locale.ROOT).endsWith("_r");
        String base = reversed ? wanted.substring(0, wanted.length() - 2) : wanted;
        for (Palette p : all()) {
            if (p.id().equalsIgnoreCase(base)) return reversed ? p.reversed() : p;
        }
        throw new InvalidInputException("core.classify.unknownPalette", id,
                String.join(", ", all().stream().map(Palette::id).toList()));
    }

    /**
     * The sequential palette a new map of this indicator starts with. Dark always means "more",
     * and the hue says whether more is good:
     * <ul>
     *   <li>lower is better (unemployment): YlOrRd, so the worst regions are dark red;</li>
     *   <li>higher is better (GRP per capita, income, life expectancy): YlGnBu, dark blue-green;</li>
     *   <li>neutral (population, area): Blues, a single hue that suggests no judgement.</li>
     * </ul>
     * All three are colour-blind safe at every k from 3 to 9.
     */
    public static Palette defaultFor(Indicator indicator) {
        Indicator.Direction d = indicator == null ? Indicator.Direction.NEUTRAL : indicator.direction();
        return switch (d) {
            case LOWER -> byId("YlOrRd");
            case HIGHER -> byId("YlGnBu");
            case NEUTRAL -> byId("Blues");
        };
    }
}
