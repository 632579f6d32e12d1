package kz.aimaq.core.render;

import kz.aimaq.core.classify.Classification;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.classify.Classifiers;
import kz.aimaq.core.classify.Legend;
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
import kz.aimaq.core.territory.Territory;
import kz.aimaq.core.territory.TerritoryValues;
import org.locationtech.jts.geom.Coordinate;

import java.util.*;

/**
 * Builds the choropleth scene of an indicator and year from the data, the layer and the user's
 * classification choices. The same call serves the screen, the CLI's render and every export.
 */
public final class ChoroplethScenes {
    private ChoroplethScenes() {}

    /**
     * Values of an indicator in a year for the layer's regions. An oblast layer of one of the
     * three territories (today's 20 units, the 17 of 2018–2021, the 16 before 2018) gets the values
     * on that territory ({@link TerritoryValues}); any other layer today's-territory values only.
     */
    public static Map<String, Double> values(IndicatorData data, PreparedLayer layer, String indicator, int year) {
        Optional<Territory> territory = territoryOf(layer);
        if (territory.isPresent()) return new TerritoryValues(data).values(territory.get(), indicator, year);
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

    /** The territory an oblast layer draws, when its codes are exactly one territory's units. */
    public static Optional<Territory> territoryOf(PreparedLayer layer) { return layer.territory(); }

    /**
     * Codes whose value is missing but exists for the older unit containing them (shown as no data,
     * explained in the tooltip): on today's map East Kazakhstan, Almaty Region and Karaganda before
     * 2022, Turkistan and Shymkent before 2018; on the 2018 map Turkistan and Shymkent where only
     * South Kazakhstan was published.
     */
    public static Set<String> oldTerritory(IndicatorData data, PreparedLayer layer, String indicator, int year) {
        Set<String> s = new HashSet<>();
        Optional<Territory> territory = territoryOf(layer);
        if (territory.isPresent() && territory.get() != Territory.FROM_2022) {
            TerritoryValues tv = new TerritoryValues(data);
            for (String code : territory.get().units()) {
                if (tv.figure(territory.get(), indicator, year, code).isEmpty()
                        && data.get(indicator, year, Territory.BEFORE_2018.unitOf(code)).isPresent()) s.add(code);
            }
            return s;
        }
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
        // An older map says which territory it shows (today's map needs no such note).
        Optional<Territory> territory = territoryOf(layer).filter(t -> t != Territory.FROM_2022);
        if (territory.isPresent()) source = source + " · " + m.get(territory.get().messageKey());
        return build(layer, indicator, year, values, old, spec, source);
    }

    /**
     * The choropleth of any values (e.g. a simulated year): the caller gives the values and the
     * source text. Colours and legend wording come from the shared {@link Legend} model.
     */
    public static Choropleth build(PreparedLayer layer, Indicator indicator, int year, Map<String, Double> values,
                                   Set<String> oldTerritory, ChoroplethSpec spec, String sourceLine) {
        return build(layer, indicator, year, values, oldTerritory, spec, sourceLine, null);
    }

    /**
     * As above; with {@code breaksPool} (the values of all years) the classes are computed once
     * from the pool, so a colour means the same in every year of an animation.
     */
    public static Choropleth build(PreparedLayer layer, Indicator indicator, int year, Map<String, Double> values,
                                   Set<String> oldTerritory, ChoroplethSpec spec, String sourceLine, double[] breaksPool) {
        Messages m = Messages.of(spec.lang());
        String lang = m.lang();
        double[] v = values.values().stream().mapToDouble(Double::doubleValue).toArray();
        if (v.length == 0) return withoutData(layer, indicator, year, oldTerritory, spec, sourceLine, m);
        double[] pool = breaksPool != null && breaksPool.length > 0 ? breaksPool : v;
        Classification c = classify(spec, pool);
        Palette palette = spec.paletteId() != null ? Palettes.byId(spec.paletteId()) : Palettes.defaultFor(indicator);
        if (spec.reversePalette()) palette = palette.reversed();
        if (pool != v) c = reclassify(c, v); // the pooled breaks, this year's counts
        int noData = layer.layer().size() - values.size();
        Legend legend = Legend.build(c, palette, indicator, year, sourceLine, lang, noData);
        List<String> notes = new ArrayList<>();
        if (c.method() != ClassificationMethod.MANUAL && c.method() != ClassificationMethod.UNCLASSED && c.k() < spec.classes()) {
            notes.add(m.format("legend.fewerClasses", String.valueOf(c.k()), String.valueOf(spec.classes())));
        }
        if (pool != v) notes.add(m.get("legend.sameBreaks"));

        RegionCatalog catalog = RegionCatalog.bundled();
        boolean oblasts = layer.layer().level() == MapLevel.OBLAST;
        List<MapScene.Area> areas = new ArrayList<>();
        for (MapRegion r : layer.layer().regions()) {
            Double x = values.get(r.code());
            int fill = x == null ? 0 : 0xFF000000 | legend.colorOf(x);
            Coordinate a = layer.anchor(r.code());
            boolean city = oblasts && isCity(r, catalog);
            String label = spec.labels() ? labelOf(r, lang, catalog, layer.layer().level()) : null;
            double priority = city ? 1e12 + r.areaKm2() : r.areaKm2();
            String tip = placeName(r, lang, catalog) + "\n" + indicator.name(lang) + ", " + year + ": "
                    + (x != null ? NumberFormats.format(x, indicator.decimals(), lang) + " " + indicator.unit(lang)
                    : (oldTerritory.contains(r.code()) ? m.get("map.tooltip.oldBoundaries") : m.get("map.tooltip.noData")));
            areas.add(new MapScene.Area(r.code(), layer.rings(r.code()), fill, label, a.x, a.y, priority, tip, city));
        }
        MapScene.Decorations d = new MapScene.Decorations(null, null, legend.sourceLine(), null, null, true, true, false,
                spec.labels(), lang);
        MapScene scene = new MapScene(areas, List.of(), legendBlock(legend, indicator, notes, m), d,
                layer.layer().projectedBounds(), null, null);
        return new Choropleth(scene, values, c, palette, legend);
    }

    /**
     * No region has a figure (e.g. an oblast indicator on the district map): every region is
     * drawn hatched and the legend says why, instead of refusing to draw the map.
     */
    private static Choropleth withoutData(PreparedLayer layer, Indicator indicator, int year, Set<String> oldTerritory,
                                          ChoroplethSpec spec, String sourceLine, Messages m) {
        String lang = m.lang();
        RegionCatalog catalog = RegionCatalog.bundled();
        List<MapScene.Area> areas = new ArrayList<>();
        String why = m.get(layer.layer().level() == MapLevel.DISTRICT ? "map.noDistrictData" : "map.tooltip.noData");
        for (MapRegion r : layer.layer().regions()) {
            Coordinate a = layer.anchor(r.code());
            String label = spec.labels() ? labelOf(r, lang, catalog, layer.layer().level()) : null;
            String tip = placeName(r, lang, catalog) + "\n" + indicator.name(lang) + ", " + year + ": "
                    + (oldTerritory.contains(r.code()) ? m.get("map.tooltip.oldBoundaries") : why);
            boolean city = layer.layer().level() == MapLevel.OBLAST && isCity(r, catalog);
            areas.add(new MapScene.Area(r.code(), layer.rings(r.code()), 0, label, a.x, a.y,
                    city ? 1e12 + r.areaKm2() : r.areaKm2(), tip, city));
        }
        LegendBlock legend = new LegendBlock(indicator.name(lang), subtitle(m, indicator.unit(lang), year),
                List.of(), new LegendBlock.Entry(MapPainter.NO_DATA_FILL, m.get("legend.noData"), areas.size()), false, why);
        MapScene.Decorations d = new MapScene.Decorations(null, null, m.format("map.source", sourceLine), null, null, true, true,
                false, spec.labels(), lang);
        return new Choropleth(new MapScene(areas, List.of(), legend, d, layer.layer().projectedBounds(), null, null),
                Map.of(), null, null, null);
    }

    /**
     * Classifies with the user's method. Quantiles of tied values can leave a class empty
     * ("4,70–4,72 (0)") and few distinct values cannot fill k classes: then fewer classes are
     * used, and the legend says so rather than showing an empty class or silently dropping one.
     */
    static Classification classify(ChoroplethSpec spec, double[] v) {
        ClassificationMethod method = spec.method();
        int distinct = (int) Arrays.stream(v).distinct().count();
        int k = Math.max(2, Math.min(spec.classes(), distinct));
        Classification c = Classifiers.classify(method, v, k, spec.manualBreaks());
        if (method == ClassificationMethod.MANUAL || method == ClassificationMethod.UNCLASSED) return c;
        int[] counts = c.counts();
        if (Arrays.stream(counts).allMatch(n -> n > 0)) return c;
        // drop the empty classes only: the other breaks stay where the method put them
        double[] breaks = c.breaks();
        double[] kept = java.util.stream.IntStream.range(0, breaks.length).filter(j -> counts[j] > 0).mapToDouble(j -> breaks[j]).toArray();
        Classification merged = Classifiers.classify(ClassificationMethod.MANUAL, v, kept.length, kept);
        return new Classification(method, merged.breaks(), merged.counts(), merged.min(), merged.max(), merged.gvf(), merged.adcm());
    }

    /** The same breaks applied to other values (a year of a pooled classification): counts and fit of these values. */
    static Classification reclassify(Classification pooled, double[] v) {
        if (pooled.method() == ClassificationMethod.UNCLASSED) return pooled;
        double[] breaks = pooled.breaks();
        double max = Arrays.stream(v).max().orElse(breaks[breaks.length - 1]);
        if (max > breaks[breaks.length - 1]) breaks[breaks.length - 1] = max;
        Classification c = Classifiers.classify(ClassificationMethod.MANUAL, v, breaks.length, breaks);
        // the pooled range, so the legend's labels are the same in every year
        return new Classification(pooled.method(), c.breaks(), c.counts(), Math.min(pooled.min(), c.min()),
                Math.max(pooled.max(), c.max()), c.gvf(), c.adcm());
    }

    /** The painter's view of the legend: swatches highest class first is the painter's business. */
    static LegendBlock legendBlock(Legend legend, Indicator indicator, List<String> notes, Messages m) {
        List<LegendBlock.Entry> entries = new ArrayList<>();
        if (legend.continuous()) {
            int[] stops = legend.ramp().colors();
            for (int i = 0; i < stops.length; i++) {
                String label = i == 0 ? legend.ramp().minLabel() : i == stops.length - 1 ? legend.ramp().maxLabel() : "";
                entries.add(new LegendBlock.Entry(0xFF000000 | stops[i], label, -1));
            }
        } else {
            for (Legend.Entry e : legend.entries()) entries.add(new LegendBlock.Entry(0xFF000000 | e.color(), e.label(), e.count()));
        }
        LegendBlock.Entry noData = legend.noData().count() > 0
                ? new LegendBlock.Entry(MapPainter.NO_DATA_FILL, legend.noData().label(), legend.noData().count()) : null;
        String footnote = m.get("method." + legend.classification().method().id())
                + (legend.fitLabel().isEmpty() ? "" : " · " + legend.fitLabel());
        for (String n : notes) footnote += "\n" + n;
        String title = indicator.name(legend.language());
        return new LegendBlock(title, subtitle(m, legend.unit(), legend.year()), entries, noData,
                legend.continuous(), footnote);
    }

    /** A district's tooltip names its oblast too: "Жамбылский район (Алматинская область)". */
    private static String placeName(MapRegion r, String lang, RegionCatalog catalog) {
        if (r.code().length() <= 2) return r.name(lang);
        return catalog.byKato(r.parentKato()).map(o -> r.name(lang) + " (" + o.name(lang) + ")").orElse(r.name(lang));
    }

    private static boolean isCity(MapRegion r, RegionCatalog catalog) {
        return catalog.byKato(r.code()).map(reg -> reg.type() == Region.Type.CITY).orElse(false);
    }

    private static String labelOf(MapRegion r, String lang, RegionCatalog catalog, MapLevel level) {
        if (level == MapLevel.OBLAST) {
            return catalog.byKato(r.code()).map(reg -> reg.shortName(lang)).orElse(r.name(lang));
        }
        return r.name(lang);
    }

    /** The sources behind the figures of that indicator and year, shortened for a map footer. */
    public static String sourceOf(IndicatorData data, String indicator, int year, Messages m) {
        Set<String> names = new LinkedHashSet<>();
        for (Observation o : data.year(indicator, year).values()) names.add(shortSource(o.source(), m));
        return names.isEmpty() ? m.get("map.sourceBundled") : String.join("; ", names);
    }

    /** Bundled figures come from BNS tables via public copies; area alone is secondary (Wikipedia via geokz). */
    static String shortSource(String source, Messages m) {
        if (source.contains("geokz")) return m.get("map.source.area");
        // the composite index is computed here from BNS figures: say so in the map's language
        if (source.startsWith("Aimaq composite index")) return m.get("map.source.index");
        if (source.contains("makenerzhan") || source.contains("open-data-kazakhstan") || source.contains("BNS")
                || source.startsWith("derived")) return m.get("map.sourceBundled");
        return source;
    }

    /** "тыс. тенге, 2024", or just "2024" for an indicator without a unit (an import may have none). */
    private static String subtitle(kz.aimaq.core.i18n.Messages m, String unit, int year) {
        return unit == null || unit.isBlank() ? String.valueOf(year) : m.format("legend.subtitle", unit, String.valueOf(year));
    }
}
