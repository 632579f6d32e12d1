package kz.aimaq.core.render;

import org.locationtech.jts.geom.Envelope;

import java.util.List;

/**
 * Everything one map picture shows, decided before drawing: the painter only draws it. The UI
 * builds a scene for the screen and the exports build the same scene, so both match.
 */
public record MapScene(List<Area> areas, List<Outline> outlines, LegendBlock legend, Decorations decorations,
                       Envelope worldBounds, String highlightedCode, String selectedCode) {

    /**
     * One region: its code, the fill (0 = no data, drawn hatched), the label text (null = none),
     * where the label goes (world coordinates), how important it is when labels collide, and
     * whether it is a city of republican significance: a city is a few pixels at national scale,
     * so it is also drawn as a symbol of at least 12 px in its class colour at the label point.
     */
    public record Area(String code, RingSet rings, int fillArgb, String label, double labelX, double labelY,
                       double labelPriority, String tooltip, boolean city) {
        public Area(String code, RingSet rings, int fillArgb, String label, double labelX, double labelY,
                    double labelPriority, String tooltip) {
            this(code, rings, fillArgb, label, labelX, labelY, labelPriority, tooltip, false);
        }

        public boolean hasData() { return fillArgb != 0; }

        public Area withFill(int argb) { return new Area(code, rings, argb, label, labelX, labelY, labelPriority, tooltip, city); }

        public Area withTooltip(String t) { return new Area(code, rings, fillArgb, label, labelX, labelY, labelPriority, t, city); }
    }

    /** A line drawn over the regions, e.g. a macro-region's dissolved border, with an optional label. */
    public record Outline(String id, RingSet rings, int argb, double width, String label, double labelX, double labelY) {}

    /**
     * The presentation frame around the map; any element may be switched off (null or false).
     * {@code sourceLine} may hold several lines separated by '\n' (data source, then method).
     */
    public record Decorations(String title, String subtitle, String sourceLine, String attributionLine,
                              String dateLine, boolean legend, boolean scaleBar, boolean northArrow,
                              boolean labels, String lang) {
        public static Decorations screen(String lang) {
            return new Decorations(null, null, null, null, null, true, true, false, true, lang);
        }
    }

    public MapScene {
        areas = List.copyOf(areas);
        outlines = List.copyOf(outlines);
    }

    public MapScene withSelection(String code) {
        return new MapScene(areas, outlines, legend, decorations, worldBounds, highlightedCode, code);
    }

    public MapScene withAreas(List<Area> a) {
        return new MapScene(a, outlines, legend, decorations, worldBounds, highlightedCode, selectedCode);
    }

    public MapScene withOutlines(List<Outline> o) {
        return new MapScene(areas, o, legend, decorations, worldBounds, highlightedCode, selectedCode);
    }

    public MapScene withLegend(LegendBlock l) {
        return new MapScene(areas, outlines, l, decorations, worldBounds, highlightedCode, selectedCode);
    }

    public MapScene withDecorations(Decorations d) {
        return new MapScene(areas, outlines, legend, d, worldBounds, highlightedCode, selectedCode);
    }
}
