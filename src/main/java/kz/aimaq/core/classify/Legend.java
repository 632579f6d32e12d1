package kz.aimaq.core.classify;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a map legend shows, ready to draw by the map painter, the exporters or a JavaFX
 * view: a title with the year, the unit, the source, one entry per class (colour, bounds, count,
 * label in the user's language), a "no data" entry, and the goodness of fit. For an unclassed map
 * there are no class entries but a {@link Ramp} with labels at both ends.
 *
 * <p>Labels use the indicator's decimals, with more where needed so that neighbouring bounds never
 * print the same ("12,3 – 12,3"). Bounds follow {@link Classification}: the first class starts at
 * the minimum; a value equal to a bound belongs to the class below it.
 *
 * @param title      indicator name and year: "Population (annual average), 2024"
 * @param unit       unit in the legend's language: "persons", "чел."
 * @param sourceLine "Source: …" in the legend's language
 * @param entries    one per class, lowest first; empty for an unclassed map
 * @param noData     colour, count and label of regions without a value
 * @param fitLabel   "Goodness of variance fit (GVF): 0.93"; empty for an unclassed map
 * @param ramp       the continuous ramp of an unclassed map, else null
 */
public record Legend(String title, String unit, int year, String sourceLine, String language,
                     Classification classification, List<Entry> entries, NoData noData,
                     double gvf, String fitLabel, Ramp ramp) {

    /** Fill for regions without data: a neutral grey none of the colour schemes uses. */
    public static final int NO_DATA_COLOR = 0xC8C8C8;

    /** One class: its colour (0xRRGGBB), bounds, number of regions and printed range. */
    public record Entry(int color, double lower, double upper, int count, String label) {}

    public record NoData(int color, int count, String label) {}

    /** Colour stops spread evenly from the minimum (first) to the maximum (last). */
    public record Ramp(int[] colors, double min, double max, String minLabel, String maxLabel) {
        public Ramp { colors = colors.clone(); }
        @Override public int[] colors() { return colors.clone(); }
    }

    public Legend {
        entries = List.copyOf(entries);
    }

    /** True for an unclassed map: draw {@link #ramp()} instead of class boxes. */
    public boolean continuous() { return ramp != null; }

    /**
     * The fill for a region's value: its class colour, the ramp colour at its position for an
     * unclassed map, or {@link #NO_DATA_COLOR} for NaN.
     */
    public int colorOf(double value) {
        if (Double.isNaN(value)) return noData.color();
        if (ramp != null) return interpolate(ramp.colors, classification.position(value));
        return entries.get(classification.classOf(value)).color();
    }

    /**
     * @param source      where the figures come from, shown after "Source:"; the indicator's own
     *                    source when null or blank
     * @param language    "en", "ru" or "kk"
     * @param noDataCount regions without a value (see {@link Classifiers#noDataCount(double[])})
     * @throws IllegalArgumentException when the palette has no scheme with that many classes
     */
    public static Legend build(Classification c, Palette palette, Indicator indicator, int year,
                               String source, String language, int noDataCount) {
        String lang = NumberFormats.language(language);
        String title = indicator.name(lang) + ", " + year;
        String src = source == null || source.isBlank() ? indicator.source() : source;
        Messages m = Messages.of(lang);
        String sourceLine = m.format("map.source", src);
        NoData noData = new NoData(NO_DATA_COLOR, noDataCount, m.get("legend.noData"));

        double[] bounds = new double[c.k() + 1];
        bounds[0] = c.lower(0);
        for (int j = 0; j < c.k(); j++) bounds[j + 1] = c.upper(j);
        int decimals = NumberFormats.decimalsToTellApart(bounds, indicator.decimals());

        if (c.method() == ClassificationMethod.UNCLASSED) {
            Ramp ramp = new Ramp(palette.colors(palette.maxClasses()), c.min(), c.max(),
                    NumberFormats.format(c.min(), decimals, lang), NumberFormats.format(c.max(), decimals, lang));
            return new Legend(title, indicator.unit(lang), year, sourceLine, lang, c, List.of(), noData, c.gvf(), "", ramp);
        }

        int[] colors = palette.colors(c.k());
        int[] counts = c.counts();
        List<Entry> entries = new ArrayList<>();
        for (int j = 0; j < c.k(); j++) {
            double lower = c.lower(j), upper = c.upper(j);
            // std-mean classes can end below the minimum: show "≤ -967,4" rather than a reversed range
            String label = j == 0 && c.min() > upper
                    ? "≤ " + NumberFormats.format(upper, decimals, lang)
                    : NumberFormats.range(lower, upper, decimals, lang);
            entries.add(new Entry(colors[j], lower, upper, counts[j], label));
        }
        String fit = m.format("legend.gvf", NumberFormats.format(c.gvf(), 2, lang));
        return new Legend(title, indicator.unit(lang), year, sourceLine, lang, c, entries, noData, c.gvf(), fit, null);
    }

    /** Linear interpolation in RGB between evenly spaced stops, t in [0, 1]. */
    static int interpolate(int[] stops, double t) {
        if (stops.length == 1) return stops[0];
        double x = Math.clamp(t, 0.0, 1.0) * (stops.length - 1);
        int i = Math.min((int) Math.floor(x), stops.length - 2);
        double f = x - i;
        int a = stops[i], b = stops[i + 1];
        int r = (int) Math.round((a >> 16 & 0xFF) * (1 - f) + (b >> 16 & 0xFF) * f);
        int g = (int) Math.round((a >> 8 & 0xFF) * (1 - f) + (b >> 8 & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return r << 16 | g << 8 | bl;
    }

    @Override public String toString() {
        return "Legend[" + title + ", " + unit + ", " + (ramp != null ? "ramp " + ramp.minLabel + ".." + ramp.maxLabel
                : entries.stream().map(e -> e.label + " (" + e.count + ")").toList()) + ", no data " + noData.count() + "]";
    }

    /** For tests and logs: the labels only. */
    public List<String> labels() { return entries.stream().map(Entry::label).toList(); }
}
