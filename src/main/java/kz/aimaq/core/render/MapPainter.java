package kz.aimaq.core.render;

import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a {@link MapScene} onto any {@link Surface}: the one painter behind the screen and every
 * export. Order: background, fills, no-data hatching, borders, group outlines, highlight, labels,
 * then the frame (title, legend, scale bar, north arrow, source and attribution).
 */
public final class MapPainter {

    public static final int BACKGROUND = 0xFFF4F6F8;
    public static final int BORDER = 0xFFFFFFFF;
    public static final int NO_DATA_FILL = 0xFFE3E3E3;
    public static final int NO_DATA_HATCH = 0xFF9A9A9A;
    public static final int TEXT = 0xFF1F2933;
    public static final int MUTED_TEXT = 0xFF52606D;
    public static final int HALO = 0xE6FFFFFF;
    public static final int HIGHLIGHT = 0xFF111111;
    /** Width of the outline of the region under the pointer, in px at a UI scale of 1. */
    static final double HIGHLIGHT_WIDTH = 1.8;

    private double[] bufX = new double[1024], bufY = new double[1024];

    /** The rectangles the frame takes; the map fills what is left. */
    public record Layout(double ui, double mapX, double mapY, double mapW, double mapH, double titleH, double footerH) {}

    public Layout layout(MapScene scene, double width, double height) {
        MapScene.Decorations d = scene.decorations();
        double ui = uiScale(width, height);
        double titleH = 0;
        if (d.title() != null && !d.title().isBlank()) titleH += 34 * ui;
        if (d.subtitle() != null && !d.subtitle().isBlank()) titleH += 22 * ui;
        if (titleH > 0) titleH += 14 * ui;
        int footerLines = sourceLines(d, width, ui).size() + attributionLines(d, width, ui).size();
        double footerH = footerLines == 0 ? 0 : footerLines * 15 * ui + 10 * ui;
        return new Layout(ui, 0, titleH, width, Math.max(10, height - titleH - footerH), titleH, footerH);
    }

    /** The footer's source lines, wrapped to the picture's width: never cut. */
    private static List<String> sourceLines(MapScene.Decorations d, double width, double ui) {
        if (d.sourceLine() == null || d.sourceLine().isBlank()) return List.of();
        return TextMeasure.wrap(d.sourceLine(), 11 * ui, false, width - 32 * ui);
    }

    /** The attribution, wrapped beside the date at the right. */
    private static List<String> attributionLines(MapScene.Decorations d, double width, double ui) {
        if (d.attributionLine() == null || d.attributionLine().isBlank()) return List.of();
        return TextMeasure.wrap(d.attributionLine(), 10 * ui, false, width - 32 * ui - 120 * ui);
    }

    /** Where the legend box is drawn for this picture size: {left, top, width, height}. */
    public double[] legendBox(MapScene scene, Surface s, double width, double height) {
        return legendBox(scene, layout(scene, width, height));
    }

    private static double[] legendBox(MapScene scene, Layout l) {
        double pad = 16 * l.ui();
        return LegendPainter.box(scene.legend(), null, l.mapX() + l.mapW() - pad, l.mapY() + l.mapH() - pad, l.ui());
    }

    private static boolean showsLegend(MapScene scene) {
        return scene.decorations().legend() && scene.legend() != null;
    }

    /**
     * A viewport that shows the whole map in the layout's map rectangle, never under the legend:
     * when the fitted map would run under the legend's box (on a 16:9 slide it covered Almaty
     * oblast), the map is fitted beside the legend or above it, whichever leaves it larger.
     */
    public Viewport fitViewport(MapScene scene, double width, double height) {
        Layout l = layout(scene, width, height);
        Viewport full = fitTop(scene, l.mapX(), l.mapY(), l.mapW(), l.mapH());
        if (!showsLegend(scene)) return full;
        double[] box = legendBox(scene, l);
        if (!underLegend(scene, full, box)) return full;
        double gap = 16 * l.ui();
        Viewport beside = fitTop(scene, l.mapX(), l.mapY(), Math.max(l.mapW() * 0.4, box[0] - gap - l.mapX()), l.mapH());
        Viewport above = fitTop(scene, l.mapX(), l.mapY(), l.mapW(), Math.max(l.mapH() * 0.4, box[1] - gap - l.mapY()));
        return beside.scale() >= above.scale() ? beside : above;
    }

    /** Fitted into the rectangle; spare height goes below the map, where the legend and scale bar sit. */
    private static Viewport fitTop(MapScene scene, double x, double y, double w, double h) {
        Viewport centred = Viewport.fit(scene.worldBounds(), x, y, w, h, 0.03);
        double top = y + 0.03 * h;
        double shift = centred.toDeviceY(scene.worldBounds().getMaxY()) - top;
        return shift > 0 ? centred.pan(0, -shift) : centred;
    }

    /** True when a region's bounding box on the picture reaches into the legend's box. */
    private static boolean underLegend(MapScene scene, Viewport v, double[] box) {
        for (MapScene.Area a : scene.areas()) {
            Envelope e = a.rings().envelope();
            double x0 = v.toDeviceX(e.getMinX()), x1 = v.toDeviceX(e.getMaxX());
            double y0 = v.toDeviceY(e.getMaxY()), y1 = v.toDeviceY(e.getMinY());
            if (x1 > box[0] && x0 < box[0] + box[2] && y1 > box[1] && y0 < box[1] + box[3]) return true;
        }
        return false;
    }

    /**
     * Paints the scene. With a null viewport the whole map is fitted into the map rectangle
     * (exports); the screen passes its zoomed and panned viewport. Returns the viewport used.
     */
    public Viewport paint(MapScene scene, Surface s, double width, double height, Viewport viewport) {
        Layout l = layout(scene, width, height);
        Viewport v = viewport != null ? viewport : fitViewport(scene, width, height);
        paintMap(scene, s, width, height, v);
        frame(scene, s, width, height, v, l, true);
        return v;
    }

    /**
     * The map alone: background, regions, outlines, emphasis and labels, without the frame.
     * The screen keeps this as a picture it can move and scale during a pan or zoom gesture,
     * drawing the frame ({@link #paintFrame}) on a layer above it.
     */
    public void paintMap(MapScene scene, Surface s, double width, double height, Viewport v) {
        Layout l = layout(scene, width, height);
        ensureBuffers(scene);
        s.fillRect(0, 0, width, height, BACKGROUND);
        Envelope visible = v.visibleWorld();

        clipToMapRect(s, l);

        if (s.groupsRegions()) {
            s.beginGroup("regions");
            for (MapScene.Area a : scene.areas()) {
                if (!a.rings().envelope().intersects(visible)) continue;
                s.beginGroup("region-" + a.code());
                fill(s, a, v, l.ui());
                s.endGroup();
            }
            s.endGroup();
        } else {
            fills(scene, s, v, l.ui(), visible);
        }
        borders(scene, s, v, l, visible);
        outlinesEmphasisLabels(scene, s, v, l, visible);
        s.restore();
    }

    /**
     * Every region's border in one path, stroked once: the rasteriser then makes one pass over the
     * map instead of one per region, and a border two regions share is drawn once, not twice over
     * itself (its edge pixels were whiter than the outer border's).
     */
    private void borders(MapScene scene, Surface s, Viewport v, Layout l, Envelope visible) {
        s.beginGroup("borders");
        s.beginPath();
        for (MapScene.Area a : scene.areas()) {
            if (a.rings().envelope().intersects(visible)) a.rings().emit(s, v, bufX, bufY);
        }
        s.strokePath(BORDER, borderWidth(l.ui()));
        s.endGroup();
    }

    private void outlinesEmphasisLabels(MapScene scene, Surface s, Viewport v, Layout l, Envelope visible) {
        for (MapScene.Outline o : scene.outlines()) {
            if (!o.rings().envelope().intersects(visible)) continue;
            s.beginPath();
            o.rings().emit(s, v, bufX, bufY);
            s.strokePath(0xCCFFFFFF, o.width() * l.ui() + 2.5 * l.ui());
            s.beginPath();
            o.rings().emit(s, v, bufX, bufY);
            s.strokePath(o.argb(), o.width() * l.ui());
        }
        emphasise(scene, scene.selectedCode(), s, v, 2.6 * l.ui());
        emphasise(scene, scene.highlightedCode(), s, v, HIGHLIGHT_WIDTH * l.ui());
        if (scene.decorations().labels()) labels(scene, s, v, l, null);
    }

    /**
     * The bottom layer of the screen: background, region fills and no-data hatching. With
     * {@link #paintLines} on a transparent layer above it, this draws what {@link #paintMap} draws;
     * a recolour then repaints only this layer (and the frame), not the borders and labels.
     */
    public void paintFills(MapScene scene, Surface s, double width, double height, Viewport v) {
        Layout l = layout(scene, width, height);
        ensureBuffers(scene);
        s.fillRect(0, 0, width, height, BACKGROUND);
        Envelope visible = v.visibleWorld();
        clipToMapRect(s, l);
        fills(scene, s, v, l.ui(), visible);
        s.restore();
    }

    /**
     * The regions' fills in as few paths as the picture allows: regions of one colour are filled
     * together (on the district map 224 fills become 8). Each fill has a cost of its own in the
     * rasteriser: a district map's fills took 10-20 % less time so (JavaFX's canvas on screen and
     * Java2D at 4K, measured alternating), and neighbours of one colour have no seam between them.
     * Regions of a partition do not overlap, so the order of their fills does not matter; where
     * one region may lie inside another (one's bounding box holds the other's: a city in its
     * oblast's hole, or a user's layer that draws a city over its oblast), two rules keep the
     * picture as it was: the two never share a path (under the even-odd rule the inner one would
     * become a hole) and the inner one is never filled before the outer one that came first in the
     * scene. A region without data keeps its grey and hatching on its own. SVG keeps a group per
     * region instead ({@link Surface#groupsRegions}).
     */
    private void fills(MapScene scene, Surface s, Viewport v, double ui, Envelope visible) {
        List<List<MapScene.Area>> runs = new ArrayList<>();
        for (MapScene.Area a : scene.areas()) {
            Envelope e = a.rings().envelope();
            if (!e.intersects(visible)) continue;
            List<MapScene.Area> join = null;
            if (a.hasData()) {
                for (int i = runs.size() - 1; i >= 0 && join == null; i--) {
                    List<MapScene.Area> run = runs.get(i);
                    if (nests(run, e)) break; // neither this run nor an earlier one: it would be painted under it
                    MapScene.Area first = run.getFirst();
                    if (first.hasData() && first.fillArgb() == a.fillArgb()) join = run;
                }
            }
            if (join == null) runs.add(join = new ArrayList<>());
            join.add(a);
        }
        for (List<MapScene.Area> run : runs) {
            MapScene.Area first = run.getFirst();
            if (!first.hasData()) {
                fill(s, first, v, ui);
                continue;
            }
            s.beginPath();
            for (MapScene.Area a : run) a.rings().emit(s, v, bufX, bufY);
            s.fillRegions(first.fillArgb(), borderWidth(ui));
        }
    }

    /** Whether a region of the run and a region with box {@code e} may lie one in the other (one box holds the other). */
    private static boolean nests(List<MapScene.Area> run, Envelope e) {
        for (MapScene.Area a : run) {
            Envelope o = a.rings().envelope();
            if (o.contains(e) || e.contains(o)) return true;
        }
        return false;
    }

    /** The layer above {@link #paintFills} on a transparent surface: borders, outlines, emphasis, labels. */
    public void paintLines(MapScene scene, Surface s, double width, double height, Viewport v) {
        Layout l = layout(scene, width, height);
        ensureBuffers(scene);
        Envelope visible = v.visibleWorld();
        clipToMapRect(s, l);
        borders(scene, s, v, l, visible);
        outlinesEmphasisLabels(scene, s, v, l, visible);
        s.restore();
    }

    /** The width of the border stroked over every region's edges. */
    private static double borderWidth(double ui) {
        return Math.max(0.6, 0.9 * ui);
    }

    /** Traces the region and fills it with its class colour, or grey with hatching when it has no data. */
    private void fill(Surface s, MapScene.Area a, Viewport v, double ui) {
        s.beginPath();
        a.rings().emit(s, v, bufX, bufY);
        if (a.hasData()) {
            s.fillRegions(a.fillArgb(), borderWidth(ui));
        } else {
            s.fillRegions(NO_DATA_FILL, borderWidth(ui));
            hatch(s, a, v, ui);
        }
    }

    private static void clipToMapRect(Surface s, Layout l) {
        s.save();
        s.clipToRect(l.mapX(), l.mapY(), l.mapW(), l.mapH());
    }

    /** The frame alone (title, legend, scale bar, north arrow, footer) on a transparent surface. */
    public void paintFrame(MapScene scene, Surface s, double width, double height, Viewport v) {
        ensureBuffers(scene);
        frame(scene, s, width, height, v, layout(scene, width, height), true);
    }

    /**
     * The frame without the city symbols: during a gesture the screen moves the symbols with the
     * map's picture ({@link #paintCities}) and keeps this layer, repainting only the scale bar
     * when the scale changes ({@link #paintScaleBar}).
     */
    public void paintFrameWithoutCities(MapScene scene, Surface s, double width, double height, Viewport v) {
        ensureBuffers(scene);
        frame(scene, s, width, height, v, layout(scene, width, height), false);
    }

    /** The symbols of the cities of republican significance alone, as {@link #paintFrame} draws them. */
    public void paintCities(MapScene scene, Surface s, double width, double height, Viewport v) {
        ensureBuffers(scene);
        citySymbols(scene, s, v, layout(scene, width, height));
    }

    /** The rectangle {x, y, w, h} the scale bar covers in this view, or null when the scene has none. */
    private double[] scaleBarBox(MapScene scene, Layout l, Viewport v) {
        if (!scene.decorations().scaleBar()) return null;
        double[] bar = scaleBarGeometry(v, l);
        double ui = l.ui();
        return new double[]{bar[0] - 6 * ui, bar[1] - 18 * ui, bar[2] + 12 * ui, 28 * ui};
    }

    /**
     * What to clear, in whole pixels {x, y, w, h}, before {@link #paintScaleBar} redraws the
     * scale bar of a frame painted for view {@code before} in view {@code v}: the bars of both,
     * with the pixels their antialiased edges touched. Null when the frame must be painted whole
     * instead: the scale bar then reaches the legend (a narrow map).
     */
    public double[] scaleBarChange(MapScene scene, double width, double height, Viewport before, Viewport v) {
        Layout l = layout(scene, width, height);
        double[] a = scaleBarBox(scene, l, before), b = scaleBarBox(scene, l, v);
        if (a == null || b == null) return a == null && b == null ? new double[]{0, 0, 0, 0} : null;
        double x0 = Math.floor(Math.min(a[0], b[0])) - 1, y0 = Math.floor(Math.min(a[1], b[1])) - 1;
        double x1 = Math.ceil(Math.max(a[0] + a[2], b[0] + b[2])) + 1, y1 = Math.ceil(Math.max(a[1] + a[3], b[1] + b[3])) + 1;
        if (showsLegend(scene)) {
            double[] legend = legendBox(scene, l);
            if (x0 < legend[0] + legend[2] && legend[0] < x1 && y0 < legend[1] + legend[3] && legend[1] < y1) return null;
        }
        return new double[]{x0, y0, x1 - x0, y1 - y0};
    }

    /** The scale bar alone, over a frame painted before: the screen's zoom steps repaint only this. */
    public void paintScaleBar(MapScene scene, Surface s, double width, double height, Viewport v) {
        ensureBuffers(scene);
        if (scene.decorations().scaleBar()) scaleBar(s, v, layout(scene, width, height));
    }

    /**
     * The device rectangle {x, y, w, h} (whole pixels, within the map rectangle) that outlining
     * region {@code code} changes, or null when the region is not on this scene or not in view.
     * The screen keeps the outline on a layer of this size above the map, see {@link #paintHighlight}.
     */
    public double[] highlightBounds(MapScene scene, String code, double width, double height, Viewport v) {
        MapScene.Area area = null;
        for (MapScene.Area a : scene.areas()) if (a.code().equals(code)) { area = a; break; }
        if (area == null) return null;
        Layout l = layout(scene, width, height);
        double pad = Math.ceil(HIGHLIGHT_WIDTH * l.ui() / 2 + 2); // half the line and its antialiased edge
        Envelope e = area.rings().envelope();
        double x0 = Math.max(l.mapX(), Math.floor(v.toDeviceX(e.getMinX()) - pad));
        double x1 = Math.min(l.mapX() + l.mapW(), Math.ceil(v.toDeviceX(e.getMaxX()) + pad));
        double y0 = Math.max(l.mapY(), Math.floor(v.toDeviceY(e.getMaxY()) - pad));
        double y1 = Math.min(l.mapY() + l.mapH(), Math.ceil(v.toDeviceY(e.getMinY()) + pad));
        return x1 > x0 && y1 > y0 ? new double[]{x0, y0, x1 - x0, y1 - y0} : null;
    }

    /**
     * The outline of the region under the pointer on a transparent surface above the map, and
     * the labels that reach into {@code within} ({@link #highlightBounds}) again above it: labels
     * stay readable over the outline, as when the whole map is painted with a highlight. Moving
     * the pointer from region to region then repaints only this small layer.
     */
    public void paintHighlight(MapScene scene, String code, Surface s, double width, double height, Viewport v, double[] within) {
        Layout l = layout(scene, width, height);
        ensureBuffers(scene);
        clipToMapRect(s, l);
        emphasise(scene, code, s, v, HIGHLIGHT_WIDTH * l.ui());
        if (scene.decorations().labels()) labels(scene, s, v, l, within);
        s.restore();
    }

    /** Outline of regions marked on screen (the data table's selected rows). */
    public static final int MARK = 0xFF0B57D0;

    /**
     * Outlines the given regions (a white halo, then a blue line) on a surface that already shows
     * the map: the screen draws the data table's selection with it. Exports never call it, so a
     * selection never ends up in a saved picture.
     */
    public void paintMarks(MapScene scene, java.util.Collection<String> codes, Surface s, double width, double height, Viewport v) {
        if (codes.isEmpty()) return;
        Layout l = layout(scene, width, height);
        ensureBuffers(scene);
        clipToMapRect(s, l);
        for (MapScene.Area a : scene.areas()) {
            if (!codes.contains(a.code())) continue;
            s.beginPath();
            a.rings().emit(s, v, bufX, bufY);
            s.strokePath(0xE6FFFFFF, 5.0 * l.ui());
            s.beginPath();
            a.rings().emit(s, v, bufX, bufY);
            s.strokePath(MARK, 2.8 * l.ui());
        }
        s.restore();
    }

    private void emphasise(MapScene scene, String code, Surface s, Viewport v, double width) {
        if (code == null) return;
        for (MapScene.Area a : scene.areas()) {
            if (a.code().equals(code)) {
                s.beginPath();
                a.rings().emit(s, v, bufX, bufY);
                s.strokePath(HIGHLIGHT, width);
            }
        }
    }

    /** Spacing and width of the no-data hatching, in px at a UI scale of 1. */
    static final double HATCH_STEP = 6, HATCH_WIDTH = 0.8;

    /** Grey diagonal lines inside the region: "no data" must not read as the lowest class. */
    private void hatch(Surface s, MapScene.Area a, Viewport v, double ui) {
        if (!hatches(a, v, ui)) return;
        Envelope e = a.rings().envelope();
        double x0 = v.toDeviceX(e.getMinX()), x1 = v.toDeviceX(e.getMaxX());
        double y0 = v.toDeviceY(e.getMaxY()), y1 = v.toDeviceY(e.getMinY());
        double step = HATCH_STEP * ui;
        if (s.hatchPath(NO_DATA_HATCH, step, HATCH_WIDTH * ui)) return;
        s.save();
        s.clipToPath();
        for (double k = x0 - (y1 - y0); k < x1; k += step) {
            s.line(k, y1, k + (y1 - y0), y0, NO_DATA_HATCH, HATCH_WIDTH * ui);
        }
        s.restore();
    }

    /** Whether a region without data gets its hatching in this view: zoomed far in, plain grey is enough. */
    static boolean hatches(MapScene.Area a, Viewport v, double ui) {
        Envelope e = a.rings().envelope();
        double step = HATCH_STEP * ui;
        double w = (e.getMaxX() - e.getMinX()) * v.scale(), h = (e.getMaxY() - e.getMinY()) * v.scale();
        return w / step * (h / step) <= 40_000;
    }

    /**
     * Which region each device pixel of this view shows, for {@link #paintFills(MapScene, RegionRaster, int[])}:
     * the screen makes one per view and recolours through it. {@code pixelScale} is the screen's
     * device pixels per px (2 on a Retina display).
     */
    public RegionRaster regionRaster(MapScene scene, double width, double height, Viewport v, double pixelScale) {
        ensureBuffers(scene);
        return RegionRaster.of(scene, width, height, pixelScale, v, layout(scene, width, height), bufX, bufY);
    }

    /** Whether the raster holds this scene's regions in this view: then a recolour needs no new one. */
    public boolean rasterShows(RegionRaster r, MapScene scene, double width, double height, Viewport v, double pixelScale) {
        return r != null && r.shows(scene, width, height, pixelScale, v, layout(scene, width, height));
    }

    /**
     * The fill layer of {@link #paintFills(MapScene, Surface, double, double, Viewport)} as pixels
     * (opaque ARGB, {@link RegionRaster#deviceWidth()} per row) for a scene the raster shows:
     * background, class colours, no-data grey and hatching, without tracing a polygon.
     */
    public void paintFills(MapScene scene, RegionRaster r, int[] argb) {
        r.colour(scene, argb);
    }

    /** The labels of one scene in one view and layout, as placed last. */
    private record Placement(MapScene scene, Viewport viewport, Layout layout, List<LabelPlacer.Placed> placed) {}

    /**
     * Kept for the hover layer: each region the pointer crosses draws the labels near its outline
     * again, with the scene, view and size unchanged, and placing every label again (224 on the
     * district map, each tested against those placed before it) was most of a hover's UI-thread
     * time (JFR: 457 of 559 samples).
     */
    private volatile Placement lastPlacement;

    private List<LabelPlacer.Placed> placed(MapScene scene, Viewport v, Layout l) {
        Placement last = lastPlacement;
        if (last != null && last.scene() == scene && last.viewport().equals(v) && last.layout().equals(l)) return last.placed();
        LabelPlacer placer = new LabelPlacer(l.mapX(), l.mapY(), l.mapW(), l.mapH());
        if (showsLegend(scene)) {
            double[] box = legendBox(scene, l);
            placer.reserve(box[0], box[1], box[0] + box[2], box[1] + box[3]);
        }
        if (scene.decorations().scaleBar()) placer.reserve(l.mapX(), l.mapY() + l.mapH() - 46 * l.ui(), l.mapX() + 200 * l.ui(), l.mapY() + l.mapH());
        List<LabelPlacer.Placed> placed = List.copyOf(placer.place(scene, v, l.ui()));
        lastPlacement = new Placement(scene, v, l, placed);
        return placed;
    }

    /** The labels; with {@code within} ({x, y, w, h}) only those that may touch that device rectangle. */
    private void labels(MapScene scene, Surface s, Viewport v, Layout l, double[] within) {
        for (LabelPlacer.Placed p : placed(scene, v, l)) {
            // placed as everywhere (each label's place depends on all of them), drawn where it can show
            if (within != null && !reaches(p, within)) continue;
            if (p.leader()) {
                double w = TextMeasure.width(p.text(), p.size(), p.bold());
                double ty = p.y() - p.size() * 0.35; // the label box's centre line
                double tx = Math.clamp(p.leaderFromX(), p.x() - w / 2, p.x() + w / 2);
                s.line(p.leaderFromX(), p.leaderFromY(), tx, ty + (p.leaderFromY() > ty ? p.size() * 0.45 : -p.size() * 0.55),
                        MUTED_TEXT, 0.8 * l.ui());
            }
            s.text(p.text(), p.x(), p.y(), p.size(), p.bold(), p.argb(), p.align(), HALO);
        }
    }

    /** Whether a placed label (text, halo, leader line) may touch the rectangle {x, y, w, h}; generous. */
    private static boolean reaches(LabelPlacer.Placed p, double[] r) {
        double w = TextMeasure.width(p.text(), p.size(), p.bold());
        double left = p.x() - w * p.align() - p.size(), right = left + w + 2 * p.size();
        double top = p.y() - 2 * p.size(), bottom = p.y() + p.size();
        if (p.leader()) {
            left = Math.min(left, p.leaderFromX());
            right = Math.max(right, p.leaderFromX());
            top = Math.min(top, p.leaderFromY());
            bottom = Math.max(bottom, p.leaderFromY());
        }
        return right >= r[0] && left <= r[0] + r[2] && bottom >= r[1] && top <= r[1] + r[3];
    }

    /**
     * The cities of republican significance as symbols in their class colour (hatched grey
     * without data), at least 12 px across: at national scale their territory is a few pixels.
     * Drawn with the frame, which the screen repaints on every recolour. In SVG each symbol is a
     * group {@code city-KATO}.
     */
    private void citySymbols(MapScene scene, Surface s, Viewport v, Layout l) {
        double r = LabelPlacer.cityRadius(l.ui());
        clipToMapRect(s, l);
        for (MapScene.Area a : scene.areas()) {
            if (!a.city()) continue;
            double x = v.toDeviceX(a.labelX()), y = v.toDeviceY(a.labelY());
            s.beginGroup("city-" + a.code());
            circle(s, x, y, r);
            s.fillPath(a.hasData() ? a.fillArgb() : NO_DATA_FILL);
            if (!a.hasData()) {
                circle(s, x, y, r * 0.45);
                s.fillPath(NO_DATA_HATCH);
            }
            circle(s, x, y, r);
            s.strokePath(HIGHLIGHT, Math.max(1.2, 1.3 * l.ui()));
            s.endGroup();
        }
        s.restore();
    }

    private static void circle(Surface s, double x, double y, double r) {
        int n = 24;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            xs[i] = x + r * Math.cos(t);
            ys[i] = y + r * Math.sin(t);
        }
        s.beginPath();
        s.ring(xs, ys, n);
    }

    private void frame(MapScene scene, Surface s, double width, double height, Viewport v, Layout l, boolean cities) {
        MapScene.Decorations d = scene.decorations();
        double ui = l.ui();
        double pad = 16 * ui;
        if (l.titleH() > 0) {
            double y = 30 * ui;
            if (d.title() != null && !d.title().isBlank()) {
                s.text(d.title(), pad, y, 24 * ui, true, TEXT, 0, 0);
                y += 26 * ui;
            }
            if (d.subtitle() != null && !d.subtitle().isBlank()) s.text(d.subtitle(), pad, y, 15 * ui, false, MUTED_TEXT, 0, 0);
        }
        if (cities) citySymbols(scene, s, v, l);
        if (d.legend() && scene.legend() != null) LegendPainter.paint(scene.legend(), s, l.mapX() + l.mapW() - pad, l.mapY() + l.mapH() - pad, ui);
        if (d.scaleBar()) scaleBar(s, v, l);
        if (d.northArrow()) northArrow(s, l.mapX() + l.mapW() - 34 * ui, l.mapY() + 20 * ui, ui);
        double fy = height - l.footerH() + 16 * ui;
        for (String line : sourceLines(d, width, ui)) {
            s.text(line, pad, fy, 11 * ui, false, MUTED_TEXT, 0, 0);
            fy += 15 * ui;
        }
        List<String> attribution = attributionLines(d, width, ui);
        for (int i = 0; i < attribution.size(); i++) {
            s.text(attribution.get(i), pad, fy, 10 * ui, false, MUTED_TEXT, 0, 0);
            if (i < attribution.size() - 1) fy += 15 * ui;
        }
        if (d.dateLine() != null && !d.dateLine().isBlank() && l.footerH() > 0) {
            s.text(d.dateLine(), width - pad, fy, 10 * ui, false, MUTED_TEXT, 1, 0);
        }
    }

    /** Shortens text with an ellipsis so it never runs off the picture. */
    static String fit(Surface s, String text, double size, double maxW) {
        if (s.textWidth(text, size, false) <= maxW) return text;
        String t = text;
        while (t.length() > 4 && s.textWidth(t + "…", size, false) > maxW) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    /** The scale bar's left end x, bar top y, length in px and length in km for this view. */
    private static double[] scaleBarGeometry(Viewport v, Layout l) {
        double ui = l.ui();
        double targetPx = 120 * ui;
        double metres = targetPx / v.scale();
        double[] nice = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000};
        double km = nice[0];
        for (double n : nice) if (n * 1000 <= metres) km = n;
        double px = km * 1000 * v.scale();
        // bottom-left: the legend takes the bottom-right corner
        return new double[]{l.mapX() + 20 * ui, l.mapY() + l.mapH() - 22 * ui, px, km};
    }

    private void scaleBar(Surface s, Viewport v, Layout l) {
        double ui = l.ui();
        double[] bar = scaleBarGeometry(v, l);
        double x = bar[0], y = bar[1], px = bar[2], km = bar[3];
        s.fillRect(x - 6 * ui, y - 18 * ui, px + 12 * ui, 28 * ui, 0xB3FFFFFF);
        s.fillRect(x, y, px / 2, 4 * ui, TEXT);
        s.fillRect(x + px / 2, y, px / 2, 4 * ui, 0xFFFFFFFF);
        s.strokeRect(x, y, px, 4 * ui, TEXT, 0.8 * ui);
        s.text("0", x, y - 4 * ui, 10 * ui, false, TEXT, 0.5, 0);
        s.text(formatKm(km) + " " + kmWord(currentLang), x + px, y - 4 * ui, 10 * ui, false, TEXT, 1, 0);
    }

    /** The language of the scene being painted (for the scale bar's unit). */
    private String currentLang = "en";

    private static String kmWord(String lang) {
        return switch (lang) { case "ru" -> "км"; case "kk" -> "км"; default -> "km"; };
    }

    private static String formatKm(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }

    private void northArrow(Surface s, double x, double y, double ui) {
        s.beginPath();
        s.ring(new double[]{x, x + 8 * ui, x, x - 8 * ui}, new double[]{y, y + 24 * ui, y + 18 * ui, y + 24 * ui}, 4);
        s.fillPath(TEXT);
        s.text("N", x, y + 38 * ui, 12 * ui, true, TEXT, 0.5, HALO);
    }

    /** Text and symbols grow with the picture so a 4K export reads like the 1080p one. */
    static double uiScale(double width, double height) {
        return Math.max(1.0, Math.min(width / 1600.0, height / 1000.0));
    }

    private void ensureBuffers(MapScene scene) {
        currentLang = scene.decorations().lang() == null ? "en" : scene.decorations().lang();
        int need = 16;
        for (MapScene.Area a : scene.areas()) need = Math.max(need, a.rings().maxRing());
        for (MapScene.Outline o : scene.outlines()) need = Math.max(need, o.rings().maxRing());
        if (bufX.length < need) {
            bufX = new double[need];
            bufY = new double[need];
        }
    }
}
