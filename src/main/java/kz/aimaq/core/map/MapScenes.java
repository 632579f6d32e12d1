package kz.aimaq.core.map;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.LegendBlock;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link MapModel} into the painter's scene and its frame. One place decides how each
 * kind of content is coloured, titled and credited, for the screen and every export alike.
 */
public final class MapScenes {
    private MapScenes() {}

    /**
     * The content of an indicator in a year from the data: the values on the layer's regions, the
     * regions whose figure describes an older territory, the short source, and (when the user asked
     * for the same classes in every year) the values of all years to classify once.
     */
    public static MapContent.IndicatorValues indicator(IndicatorData data, PreparedLayer layer, Indicator indicator, int year,
                                                       ChoroplethSpec spec) {
        Messages m = Messages.of(spec.lang());
        Map<String, Double> values = ChoroplethScenes.values(data, layer, indicator.id(), year);
        Set<String> old = ChoroplethScenes.oldTerritory(data, layer, indicator.id(), year);
        double[] pool = null;
        if (spec.sameBreaksAllYears()) {
            List<Double> all = new ArrayList<>();
            for (int y : data.years(indicator.id())) all.addAll(ChoroplethScenes.values(data, layer, indicator.id(), y).values());
            pool = all.stream().mapToDouble(Double::doubleValue).toArray();
        }
        String source = ChoroplethScenes.sourceOf(data, indicator.id(), year, m);
        // an older map says which territory it shows (today's map needs no such note)
        var territory = ChoroplethScenes.territoryOf(layer).filter(t -> t != kz.aimaq.core.territory.Territory.FROM_2022);
        if (territory.isPresent()) source = source + " · " + m.get(territory.get().messageKey());
        return new MapContent.IndicatorValues(indicator, year, values, old, source, pool);
    }

    /** The scene to paint, with the values and classes behind it (empty for categorical maps). */
    public static Choropleth draw(MapModel model) {
        Messages m = Messages.of(model.lang());
        PreparedLayer layer = model.boundaries();
        ChoroplethSpec spec = model.spec().withLang(m.lang());
        Choropleth c = switch (model.content()) {
            case MapContent.IndicatorValues iv -> ChoroplethScenes.build(layer, iv.indicator(), iv.year(), iv.values(),
                    iv.oldTerritory(), spec, iv.dataSource(), iv.breaksPool());
            case MapContent.ScenarioYear sy -> withTooltipNotes(ChoroplethScenes.build(layer, sy.indicator(), sy.year(),
                    sy.values(), Set.of(), spec, m.get("map.source.scenarioModel")), sy.tooltipNotes());
            case MapContent.ScenarioDifference sd -> {
                Choropleth d = ChoroplethScenes.build(layer, differenceIndicator(sd, m), sd.year(),
                        sd.differences(), Set.of(), diverging(spec, sd.differences()), m.get("map.source.scenarioModel"));
                // not "manual breaks": the legend says how the scale was made
                LegendBlock l = d.scene().legend();
                LegendBlock centred = new LegendBlock(l.title(), l.subtitle(), l.entries(), l.noData(), l.continuous(),
                        m.get("legend.diverging"));
                yield new Choropleth(d.scene().withLegend(centred), d.values(), d.classification(), d.palette(), d.legend());
            }
            case MapContent.Locator loc -> new Choropleth(LocatorScenes.scene(layer, loc, m.lang()), Map.of(), null, null, null);
            case MapContent.Categories cat -> {
                Choropleth blank = ChoroplethScenes.build(layer, cat.indicator(), cat.year(), Map.of(), Set.of(), spec, cat.dataSource());
                yield new Choropleth(CategoricalScenes.apply(blank.scene(), cat.categories(), m.get("legend.noData")),
                        Map.of(), null, null, null);
            }
        };
        MapScene scene = c.scene();
        for (MapOverlay o : model.overlays()) {
            if (o instanceof MapOverlay.Groups g) {
                scene = g.fills() ? GroupOverlay.fills(scene, g.grouping(), g.dissolved(), m.lang())
                        : GroupOverlay.outlines(scene, g.dissolved(), m.lang());
            }
        }
        MapFrame frame = frame(model);
        MapScene.Decorations d = scene.decorations();
        scene = scene.withDecorations(new MapScene.Decorations(d.title(), d.subtitle(), frame.sourceText(), d.attributionLine(),
                d.dateLine(), d.legend(), d.scaleBar(), d.northArrow(), d.labels(), m.lang()));
        return new Choropleth(scene, c.values(), c.classification(), c.palette(), c.legend());
    }

    /** Title, subtitle and source lines of the content, in the model's language. */
    public static MapFrame frame(MapModel model) {
        Messages m = Messages.of(model.lang());
        String lang = m.lang();
        String attribution = SnapshotLayout.attributionFor(model.boundaries().layer().attribution(), lang);
        java.nio.file.Path file = model.boundaries().layer().source();
        if (file != null && file.toString().replace('\\', '/').contains("maps/embedded/")) {
            // the embedded outlines are the project's simplified copy: a slide must not pass them off as the official ones
            attribution = attribution + " " + m.get("about.attribution.simplified");
        }
        List<String> sources = new ArrayList<>();
        String title, subtitle;
        switch (model.content()) {
            case MapContent.IndicatorValues iv -> {
                title = iv.indicator().name(lang) + ", " + iv.year();
                subtitle = iv.indicator().unit(lang);
                sources.add(m.format("map.source", iv.dataSource()));
            }
            case MapContent.ScenarioYear sy -> {
                title = m.format("map.title.scenarioYear", sy.indicator().name(lang), String.valueOf(sy.year()), sy.scenarioName());
                subtitle = sy.indicator().unit(lang);
                sources.add(m.format("map.source", m.format("map.source.scenario", sy.scenarioName())));
            }
            case MapContent.ScenarioDifference sd -> {
                title = m.format("map.title.difference", sd.indicator().name(lang), String.valueOf(sd.year()),
                        sd.scenarioName(), sd.comparisonName());
                subtitle = sd.indicator().unit(lang);
                sources.add(m.format("map.source", m.format("map.source.difference", sd.scenarioName(), sd.comparisonName())));
            }
            case MapContent.Locator loc -> {
                title = kz.aimaq.core.region.RegionCatalog.bundled().byKato(loc.code()).map(r -> r.name(lang)).orElse(loc.code());
                subtitle = null;
            }
            case MapContent.Categories cat -> {
                title = cat.categories().title();
                subtitle = cat.indicator() == null ? null : cat.indicator().name(lang) + ", " + cat.year();
                sources.add(m.format("map.source", cat.dataSource()));
                String key = switch (cat.kind()) {
                    case LISA, LISA_SIGNIFICANCE -> "map.method.lisa";
                    case TYPOLOGY -> "map.method.typology";
                    case GI_STAR -> "map.method.gistar";
                    case LOCAL_GEARY -> "map.method.geary";
                    case REGIONALISATION -> "map.method.regionalisation";
                };
                sources.add(m.format(key, cat.methodArgs().toArray()));
            }
        }
        for (MapOverlay o : model.overlays()) {
            if (o instanceof MapOverlay.Groups g) {
                String name = groupingName(g.grouping(), m);
                if (g.fills()) {
                    // the colours now show the groups, not the content: title and credit say so
                    title = name;
                    subtitle = null;
                    sources.clear();
                }
                sources.add(m.format("map.source.grouping", name));
            }
        }
        return new MapFrame(title, subtitle, sources, attribution);
    }

    /** A preset's name from the bundles (the file holds English); a user's grouping keeps its own name. */
    public static String groupingName(kz.aimaq.core.group.Grouping g, Messages m) {
        return g.name(m.lang());
    }

    /**
     * Breaks symmetric around zero in an odd number of classes: the middle class holds 0 and takes
     * the palette's neutral colour (white in RdBu), losses below it in red, gains above it in blue.
     */
    static ChoroplethSpec diverging(ChoroplethSpec spec, Map<String, Double> differences) {
        int k = Math.max(3, spec.classes() % 2 == 1 ? spec.classes() : spec.classes() - 1);
        double[] breaks = DivergingBreaks.symmetric(differences.values().stream().mapToDouble(Double::doubleValue).toArray(), k);
        return spec.withMethod(ClassificationMethod.MANUAL).withManualBreaks(breaks).withClasses(k)
                .withPalette("RdBu").withReverse(false);
    }

    private static Indicator differenceIndicator(MapContent.ScenarioDifference sd, Messages m) {
        Indicator base = sd.indicator();
        String en = Messages.of("en").format("map.differenceOf", base.nameEn());
        String ru = Messages.of("ru").format("map.differenceOf", base.nameRu());
        String kk = Messages.of("kk").format("map.differenceOf", base.nameKk());
        return new Indicator(base.id() + "_difference", en, ru, kk, base.unitEn(), base.unitRu(), base.unitKk(), base.kind(),
                base.aggregation(), Indicator.Direction.NEUTRAL, base.decimals(), "", base.source());
    }

    private static Choropleth withTooltipNotes(Choropleth c, Map<String, String> notes) {
        if (notes.isEmpty()) return c;
        List<MapScene.Area> areas = new ArrayList<>();
        for (MapScene.Area a : c.scene().areas()) {
            String note = notes.get(a.code());
            areas.add(note == null ? a : a.withTooltip(a.tooltip() == null || a.tooltip().isEmpty() ? note : a.tooltip() + "\n" + note));
        }
        return new Choropleth(c.scene().withAreas(areas), c.values(), c.classification(), c.palette(), c.legend());
    }
}
