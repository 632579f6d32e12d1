package kz.aimaq.core.group;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours for groups: ColorBrewer Set2, a qualitative palette whose pastel tones stay readable as
 * fills under labels and do not suggest an order (groups are categories, not classes).
 */
public final class GroupPalette {
    private GroupPalette() {}

    /** ColorBrewer Set2, 8 classes (Cynthia Brewer, colorbrewer2.org). */
    public static final List<String> SET2 = List.of(
            "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3");

    /** Fill for regions in no group: a neutral light grey outside the palette. */
    public static final String UNGROUPED = "#e0e0e0";

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public static boolean isColor(String s) { return s != null && HEX.matcher(s).matches(); }

    /** "#ABCDEF" → "#abcdef"; throws with a readable message otherwise. */
    public static String normalise(String s) {
        if (!isColor(s)) throw new InvalidInputException("core.group.colourFormat", s);
        return s.toLowerCase(Locale.ROOT);
    }

    /** The first Set2 colour no group uses yet; cycles when all eight are taken. */
    public static String next(Collection<String> used) {
        for (String c : SET2) if (used.stream().noneMatch(c::equalsIgnoreCase)) return c;
        return SET2.get(used.size() % SET2.size());
    }
}
