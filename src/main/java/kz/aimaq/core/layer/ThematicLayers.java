package kz.aimaq.core.layer;

import kz.aimaq.core.classify.Legend;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.group.Group;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.map.MapFrame;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.map.MapOverlay;
import kz.aimaq.core.map.MapScenes;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.territory.Territory;
import org.locationtech.jts.geom.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link ThematicLayer} of an indicator map from the same choropleth and frame the
 * screen and {@code render} draw, so values, classes, colours and source lines are the map's.
 */
public final class ThematicLayers {
    private ThematicLayers() {}

    /**
     * @param layer    the boundaries of the year's territory (e.g. {@code RegionLayers.load(level, Territory.forYear(year))})
     * @param grouping macro-regions to name per unit, or null
     * @throws IllegalArgumentException for an unclassed map (a layer needs classes to carry) or a map without values
     */
    public static ThematicLayer indicator(IndicatorData data, PreparedLayer layer, Indicator ind, int year,
                                          ChoroplethSpec spec, Grouping grouping) {
        String lang = Messages.normalise(spec.lang());
        MapModel model = new MapModel(layer, MapScenes.indicator(data, layer, ind, year, spec), List.of(), spec, lang);
        return of(model, grouping);
    }

    /**
     * The layer of the indicator map a model draws (the app's current map), with the grouping of
     * its macro-region overlay when it has one, else {@code grouping} (may be null).
     *
     * @throws IllegalArgumentException when the model shows no indicator (a typology, a scenario),
     *                                  is unclassed or has no values
     */
    public static ThematicLayer of(MapModel model, Grouping grouping) {
        if (!(model.content() instanceof kz.aimaq.core.map.MapContent.IndicatorValues iv)) {
            throw new IllegalArgumentException("the map shows no indicator values");
        }
        Indicator ind = iv.indicator();
        int year = iv.year();
        PreparedLayer layer = model.boundaries();
        String lang = Messages.normalise(model.lang());
        for (MapOverlay o : model.overlays()) {
            if (o instanceof MapOverlay.Groups gr && grouping == null) grouping = gr.grouping();
        }
        model = model.withOverlays(List.of());   // the frame's grouping line is added below, once
        Choropleth map = model.draw();
        Legend legend = map.legend();
        if (legend == null || map.classification() == null || map.values().isEmpty()) {
            throw new IllegalArgumentException("no values of " + ind.id() + " in " + year + " for the units of this map");
        }
        if (legend.continuous()) throw new IllegalArgumentException("an unclassed map has no classes to export; choose a classification");
        List<LayerClass> classes = new ArrayList<>();
        for (Legend.Entry e : legend.entries()) classes.add(new LayerClass(e.lower(), e.upper(), e.color(), e.label()));
        int noData = legend.noData().color();

        Grouping g = grouping;
        if (g != null) {
            Optional<Territory> t = Territory.ofUnits(layer.layer().regions().stream().map(MapRegion::code).toList());
            if (t.isPresent()) g = g.onTerritory(t.get());
        }
        GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326);
        List<LayerFeature> features = new ArrayList<>();
        for (MapRegion r : layer.layer().regions()) {
            Double v = map.values().get(r.code());
            Integer cls = v == null ? null : map.classification().classOf(v) + 1;
            int rgb = v == null ? noData : legend.colorOf(v);
            String group = null;
            if (g != null) {
                // a district belongs to its oblast's macro-region
                Optional<Group> in = g.groupOf(r.code());
                if (in.isEmpty() && r.parentKato() != null) in = g.groupOf(r.parentKato());
                group = in.map(x -> x.name(lang)).orElse(null);
            }
            features.add(new LayerFeature(r.code(), r.nameKk(), r.nameRu(), r.nameEn(), v, cls,
                    String.format("#%06x", rgb & 0xFFFFFF), group, multi(r.lonLat(), gf)));
        }

        MapFrame frame = model.frame();
        List<String> notes = new ArrayList<>(frame.sourceLines());
        if (g != null) notes.add(Messages.of(lang).format("map.source.grouping", g.name(lang)));
        if (frame.attribution() != null && !frame.attribution().isBlank()) notes.add(frame.attribution());
        String title = ind.name(lang) + ", " + year;
        String name = (ind.id() + "_" + year + (layer.layer().level() == kz.aimaq.core.geo.MapLevel.DISTRICT ? "_district" : ""))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') name = "_" + name;
        return new ThematicLayer(name, title, ind.unit(lang), ind.decimals(), features, classes, noData, notes, g != null, lang);
    }

    /** A polygonal geometry as a MultiPolygon in WGS84 (SRID 4326). */
    static MultiPolygon multi(Geometry g, GeometryFactory gf) {
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) polys.add((Polygon) gf.createGeometry(p));
        }
        return gf.createMultiPolygon(polys.toArray(Polygon[]::new));
    }
}
