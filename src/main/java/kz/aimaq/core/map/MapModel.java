package kz.aimaq.core.map;

import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.PreparedLayer;

import java.util.List;

/**
 * One map, completely described: the screen, every export and the CLI's {@code render} draw from
 * this and nothing else, so a snapshot shows what the screen shows.
 *
 * @param boundaries the region layer (oblasts or districts of a territory)
 * @param content    what the colours show
 * @param overlays   drawn over the content, in order
 * @param spec       the user's classification choices (method, classes, palette, labels)
 * @param lang       "kk", "ru" or "en": every word of the map is in it
 */
public record MapModel(PreparedLayer boundaries, MapContent content, List<MapOverlay> overlays, ChoroplethSpec spec,
                       String lang) {
    public MapModel {
        overlays = List.copyOf(overlays);
    }

    /** Title, subtitle, source lines and attribution, derived from the content. */
    public MapFrame frame() { return MapScenes.frame(this); }

    /** The painter's scene plus the values and classes behind it. */
    public Choropleth draw() { return MapScenes.draw(this); }

    public MapModel withContent(MapContent c) { return new MapModel(boundaries, c, overlays, spec, lang); }
    public MapModel withOverlays(List<MapOverlay> o) { return new MapModel(boundaries, content, o, spec, lang); }
}
