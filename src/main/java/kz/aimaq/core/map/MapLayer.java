package kz.aimaq.core.map;

import kz.aimaq.core.geo.MapLevel;

/**
 * One entry of the layer list: a result the user can show, hide, reorder or remove.
 *
 * @param id      stable key: a feature replaces its own layer by putting one with the same id
 * @param kind    what produced it (for its icon and for "new project" resets)
 * @param name    the name shown in the list, in the UI language
 * @param visible shown on the map when true
 * @param level   the map level it was computed for; on another level it is not drawn
 * @param payload what it draws
 */
public record MapLayer(String id, Kind kind, String name, boolean visible, MapLevel level, Payload payload) {

    public enum Kind { INDICATOR, ANALYSIS, INDEX, SCENARIO, GROUPS }

    /** What a layer draws: the indicator choropleth of the map's controls, a content, or an overlay. */
    public sealed interface Payload {
        /** The choropleth of the indicator, year and classes chosen in the map's controls. */
        record Indicator() implements Payload {}
        record Content(MapContent content) implements Payload {}
        record Overlay(MapOverlay overlay) implements Payload {}
    }

    /** The id of the indicator layer, which is always at the bottom of the list and cannot be removed. */
    public static final String INDICATOR_ID = "indicator";

    public static MapLayer indicator(String name) {
        return new MapLayer(INDICATOR_ID, Kind.INDICATOR, name, true, null, new Payload.Indicator());
    }

    public static MapLayer content(String id, Kind kind, String name, MapLevel level, MapContent content) {
        return new MapLayer(id, kind, name, true, level, new Payload.Content(content));
    }

    public static MapLayer overlay(String id, Kind kind, String name, MapLevel level, MapOverlay overlay) {
        return new MapLayer(id, kind, name, true, level, new Payload.Overlay(overlay));
    }

    public boolean removable() { return kind != Kind.INDICATOR; }

    /** Drawn on a map of that level (the indicator layer on every level). */
    public boolean appliesTo(MapLevel l) { return level == null || level == l; }

    public MapLayer withVisible(boolean v) { return new MapLayer(id, kind, name, v, level, payload); }

    public MapLayer withName(String n) { return new MapLayer(id, kind, n, visible, level, payload); }
}
