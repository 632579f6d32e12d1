package kz.aimaq.core.render;

import kz.aimaq.core.classify.Classification;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.classify.Classifiers;
import kz.aimaq.core.classify.Palette;
import kz.aimaq.core.classify.Palettes;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import org.locationtech.jts.geom.Coordinate;

import java.util.*;

/**
 * Builds the choropleth scene of an indicator and year from the data, the layer and the user's
 * classification choices. The same call serves the screen, the CLI's render and every export.
 */
public final class ChoroplethScenes {
    private ChoroplethScenes() {}

    /** Values of an indicator in a year for the layer's regions (today's territory only). */
    public static Map<String, Double> values(IndicatorData data, PreparedLayer layer, String indicator, int year) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (MapRegion r : layer.layer().regions()) {
            if (layer.layer().level() == MapLevel.DISTRICT) {
                if (indicator.equals("area_km2")) v.put(r.code(), r.areaKm2());
                continue;
            }
            data.current(indicator, year, r.code()).ifPresent(x -> v.put(r.code(), x));
        }
        return v;
    }

    /** Codes whose value exists but describes an older territory (shown as no data, explained in the tooltip). */
    public static Set<String> oldTerritory(IndicatorData data, PreparedLayer layer, String indicator, int year) {
        Set<String> s = new HashSet<>();
        for (MapRegion r : layer.layer().regions()) {
            data.get(indicator, year, r.code()).filter(o -> !o.onCurrentTerritory()).ifPresent(o -> s.add(r.code()));
        }
        return s;
    }

    /** The choropleth of bundled (or imported) data. */
    public static Choropleth build(IndicatorData data, PreparedLayer layer, Indicator indicator, int year, ChoroplethSpec spec) {
        Map<String, Double> values = values(data, layer, indicator.id(), year);
        Set<String> old = oldTerritory(data, layer, indicator.id(), year);
        Messages m = Messages.of(spec.lang());
        String source = sourceOf(data, indicator.id(), year, m);
        return build(layer, indicator, year, values, old, spec, m.format("map.source", source));
    }

    /**
     * The choropleth of any values (e.g. a simulated year): the caller gives the values and the
     * source line.
     */
    public static Choropleth build(PreparedLayer layer, Indicator indicator, int year, Map<String, Double> values,
                                   Set<String> oldTerritory, ChoroplethSpec spec, String sourceLine) {
        Messages m = Messages.of(spec.lang());
        String lang = m.lang();
        double[] v = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        int k = Math.max(2, Math.min(spec.classes(), distinct(v)));
        Classification c = v.length == 0 ? null
                : Classifiers.classify(spec.method(), v, k, spec.manualBreaks());
        Palette palette = spec.paletteId() != null ? Palettes.byId(spec.paletteId()) : Palettes.defaultFor(indicator);
        if (spec.reversePalette()) palette = palette.reversed();
        int classes = c == null ? k : c.k();
        int[] colors = palette.colors(Math.max(3, classes));
        if (classes < 3) colors = Arrays.copyOfRange(colors, colors.length - classes, colors.length);

        RegionCatalog catalog = RegionCatalog.bundled();
        List<MapScene.Area> areas = new ArrayList<>();
        int noData = 0;
        for (MapRegion r : layer.layer().regions()) {
            Double x = values.get(r.code());
            int fill = 0;
            if (x != null && c != null) fill = 0xFF000000 | colorFor(c, colors, x);
            else noData++;
            Coordinate a = layer.anchor(r.code());
            boolean city = catalog.byKato(r.code()).map(reg -> reg.type() == Region.Type.CITY).orElse(false)
                    && layer.layer().level() == MapLevel.OBLAST;
            String label = spec.labels() ? labelOf(r, lang, catalog, layer.layer().level()) : null;
            double priority = city ? 1e12 + r.areaKm2() : r.areaKm2();
            String tip = r.name(lang) + "\n" + indicator.name(lang) + ", " + year + ": "
                    + (x != null ? NumberFormats.format(x, indicator.decimals(), lang) + " " + indicator.unit(lang)
                    : (oldTerritory.contains(r.code()) ? m.get("map.tooltip.oldBoundaries") : m.get("map.tooltip.noData")));
            areas.add(new MapScene.Area(r.code(), layer.rings(r.code()), fill, label, a.x, a.y, priority, tip));
        }
        LegendBlock legend = legend(indicator, year, c, colors, noData, m, spec.method());
        MapScene.Decorations d = new MapScene.Decorations(null, null, null, null, null, true, true, false, spec.labels(), lang);
        MapScene scene = new MapScene(areas, List.of(), legend, d, layer.layer().projectedBounds(), null, null);
        // the source line is kept for exports, which switch the frame on
        scene = scene.withDecorations(new MapScene.Decorations(null, null, sourceLine, null, null, true, true, false, spec.labels(), lang));
        return new Choropleth(scene, values, c, palette, colors);
    }

    private static int colorFor(Classification c, int[] colors, double x) {
        if (c.method() == ClassificationMethod.UNCLASSED) {
            double p = c.position(x) * (colors.length - 1);
            int i = (int) Math.floor(p);
            if (i >= colors.length - 1) return colors[colors.length - 1];
            return lerp(colors[i], colors[i + 1], p - i);
        }
        int cls = c.classOf(x);
        return colors[Math.max(0, Math.min(colors.length - 1, cls))];
    }

    private static int lerp(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return (r << 16) | (g << 8) | bl;
    }

    private static LegendBlock legend(Indicator ind, int year, Classification c, int[] colors, int noData, Messages m,
                                      ClassificationMethod method) {
        String lang = m.lang();
        List<LegendBlock.Entry> entries = new ArrayList<>();
        boolean continuous = c != null && c.method() == ClassificationMethod.UNCLASSED;
        if (c != null && continuous) {
            for (int i = 0; i < colors.length; i++) {
                String label = i == 0 ? NumberFormats.format(c.min(), ind.decimals(), lang)
                        : i == colors.length - 1 ? NumberFormats.format(c.max(), ind.decimals(), lang) : "";
                entries.add(new LegendBlock.Entry(0xFF000000 | colors[i], label, -1));
            }
        } else if (c != null) {
            double lower = c.min();
            for (int i = 0; i < c.k(); i++) {
                double upper = c.breaks()[i];
                String label = NumberFormats.format(lower, ind.decimals(), lang) + " – " + NumberFormats.format(upper, ind.decimals(), lang);
                entries.add(new LegendBlock.Entry(0xFF000000 | colors[Math.min(i, colors.length - 1)], label, c.counts()[i]));
                lower = upper;
            }
        }
        LegendBlock.Entry nd = noData > 0 ? new LegendBlock.Entry(MapPainter.NO_DATA_FILL, m.get("legend.noData"), noData) : null;
        String footnote = m.get("method." + method.id())
                + (c != null && !continuous && !Double.isNaN(c.gvf()) ? " · " + m.format("legend.gvf", NumberFormats.format(c.gvf(), 2, lang)) : "");
        return new LegendBlock(ind.name(lang), m.format("legend.subtitle", ind.unit(lang), String.valueOf(year)), entries, nd,
                continuous, footnote);
    }

    private static String labelOf(MapRegion r, String lang, RegionCatalog catalog, MapLevel level) {
        if (level == MapLevel.OBLAST) {
            return catalog.byKato(r.code()).map(reg -> reg.shortName(lang)).orElse(r.name(lang));
        }
        return r.name(lang);
    }

    private static int distinct(double[] v) {
        return (int) Arrays.stream(v).distinct().count();
    }

    /** The sources behind the figures of that indicator and year, shortened for a map footer. */
    public static String sourceOf(IndicatorData data, String indicator, int year, Messages m) {
        Set<String> names = new LinkedHashSet<>();
        for (Observation o : data.year(indicator, year).values()) names.add(shortSource(o.source(), m));
        return names.isEmpty() ? m.get("map.sourceBundled") : String.join("; ", names);
    }

    /** Bundled figures come from BNS tables via public copies; area alone is secondary (Wikipedia via geokz). */
    static String shortSource(String source, Messages m) {
        if (source.contains("geokz")) return "Wikipedia \"Regions of Kazakhstan\" (via geokz)";
        if (source.contains("makenerzhan") || source.contains("open-data-kazakhstan") || source.contains("BNS")
                || source.startsWith("derived")) return m.get("map.sourceBundled");
        return source;
    }
}
