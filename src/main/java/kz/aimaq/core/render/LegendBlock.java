package kz.aimaq.core.render;

import java.util.List;

/**
 * What a legend shows, already worded in the user's language: a title, a line with unit, year
 * and method, the class entries lowest first, and the "no data" entry.
 *
 * @param continuous true for an unclassed ramp: entries are colour stops, labels the ends
 */
public record LegendBlock(String title, String subtitle, List<Entry> entries, Entry noData, boolean continuous,
                          String footnote) {

    /** One swatch: fill colour (0xAARRGGBB), its label and how many regions it has (−1 to hide). */
    public record Entry(int argb, String label, int count) {}

    public LegendBlock {
        entries = List.copyOf(entries);
    }
}
