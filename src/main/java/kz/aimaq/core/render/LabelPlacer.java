package kz.aimaq.core.render;

import org.locationtech.jts.geom.Envelope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides where every label of a map goes, before anything is drawn, so the screen and every
 * export place names by one rule and the frame never hides a region's name behind a group's.
 *
 * <p>Order: the city symbols first (they are small and must not be covered), then region names
 * largest region first, then macro-region names wherever room is left — a planner reads the
 * oblast names first; the group outlines and their colours already show the groups. A region
 * name goes at its label point if it fits; otherwise a smaller size, then positions shifted around
 * the point, then a free spot nearby with a thin leader line to the point. Text widths come from
 * one measurer for all surfaces (see {@link TextMeasure}), so the decision does not depend on
 * which surface paints.
 */
final class LabelPlacer {

    /** One placed label: text, anchor of the text (baseline, left or centre per {@code align}), size and style. */
    record Placed(String text, double x, double y, double size, boolean bold, double align, int argb,
                  double leaderFromX, double leaderFromY, boolean leader) {}

    /** The radius of a city's symbol: at least 6 px, so the symbol is at least 12 px wide at 1920×1080. */
    static double cityRadius(double ui) { return Math.max(6, 6.5 * ui); }

    private final List<double[]> taken = new ArrayList<>();
    private final double mapLeft, mapTop, mapRight, mapBottom;

    LabelPlacer(double mapX, double mapY, double mapW, double mapH) {
        this.mapLeft = mapX;
        this.mapTop = mapY;
        this.mapRight = mapX + mapW;
        this.mapBottom = mapY + mapH;
    }

    /** Reserves a rectangle (e.g. the legend, a city symbol) that no label may cover. */
    void reserve(double x0, double y0, double x1, double y1) { taken.add(new double[]{x0, y0, x1, y1}); }

    List<Placed> place(MapScene scene, Viewport v, double ui) {
        List<Placed> out = new ArrayList<>();
        double size = 11.5 * ui;
        double r = cityRadius(ui);
        List<MapScene.Area> cities = new ArrayList<>(), regions = new ArrayList<>();
        for (MapScene.Area a : scene.areas()) {
            if (a.label() == null || a.label().isBlank()) continue;
            (a.city() ? cities : regions).add(a);
        }
        for (MapScene.Area a : cities) {
            double x = v.toDeviceX(a.labelX()), y = v.toDeviceY(a.labelY());
            reserve(x - r - 1, y - r - 1, x + r + 1, y + r + 1);
        }
        for (MapScene.Area a : cities) {
            double x = v.toDeviceX(a.labelX()), y = v.toDeviceY(a.labelY());
            if (!inMap(x, y)) continue;
            double w = TextMeasure.width(a.label(), size, true);
            double gap = r + 3 * ui;
            double[][] spots = {{x + gap, y + size * 0.35}, {x - gap - w, y + size * 0.35},
                    {x - w / 2, y - gap}, {x - w / 2, y + gap + size * 0.8}};
            for (double[] p : spots) {
                double[] box = {p[0] - 2, p[1] - size * 0.85, p[0] + w + 2, p[1] + size * 0.3};
                if (free(box)) { taken.add(box); out.add(new Placed(a.label(), p[0], p[1], size, true, 0, MapPainter.TEXT, 0, 0, false)); break; }
            }
        }
        regions.sort(Comparator.comparingDouble(MapScene.Area::labelPriority).reversed());
        for (MapScene.Area a : regions) {
            Placed p = placeRegion(a, v, size, ui);
            if (p != null) out.add(p);
        }
        double groupSize = 14 * ui;
        for (MapScene.Outline o : scene.outlines()) {
            if (o.label() == null || o.label().isBlank()) continue;
            double x = v.toDeviceX(o.labelX()), y = v.toDeviceY(o.labelY());
            double w = TextMeasure.width(o.label(), groupSize, true);
            for (double dy : new double[]{0, -groupSize * 1.3, groupSize * 1.3, -groupSize * 2.6, groupSize * 2.6}) {
                double[] box = {x - w / 2 - 2, y + dy - groupSize, x + w / 2 + 2, y + dy + 4};
                if (inMap(x, y + dy) && free(box)) {
                    taken.add(box);
                    out.add(new Placed(o.label(), x, y + dy, groupSize, true, 0.5, o.argb(), 0, 0, false));
                    break;
                }
            }
        }
        return out;
    }

    private Placed placeRegion(MapScene.Area a, Viewport v, double size, double ui) {
        double x = v.toDeviceX(a.labelX()), y = v.toDeviceY(a.labelY());
        if (!inMap(x, y)) return null;
        Envelope e = a.rings().envelope();
        double regionW = (e.getMaxX() - e.getMinX()) * v.scale();
        double regionH = (e.getMaxY() - e.getMinY()) * v.scale();
        for (double s : new double[]{size, size * 0.88, size * 0.78}) {
            double w = TextMeasure.width(a.label(), s, false);
            if (w > regionW * 1.15 && s > size * 0.8) continue; // try a smaller size before spilling far over the border
            double[][] offsets = {{0, 0}, {0, -s * 1.1}, {0, s * 1.1}, {-w * 0.3, 0}, {w * 0.3, 0},
                    {0, -s * 2.2}, {0, s * 2.2}};
            for (double[] d : offsets) {
                double cx = x + d[0], cy = y + d[1];
                if (Math.abs(d[1]) > regionH * 0.45 && d[1] != 0) continue;
                double[] box = {cx - w / 2 - 2, cy - s * 0.85, cx + w / 2 + 2, cy + s * 0.4};
                if (inMap(box) && free(box)) {
                    taken.add(box);
                    return new Placed(a.label(), cx, cy + s * 0.35, s, false, 0.5, MapPainter.TEXT, 0, 0, false);
                }
            }
        }
        // no room at the point: the nearest free spot within a short leader line
        double s = size * 0.85, w = TextMeasure.width(a.label(), s, false);
        for (double dist = 18 * ui; dist <= 90 * ui; dist += 12 * ui) {
            for (int k = 0; k < 12; k++) {
                double ang = Math.PI * 2 * k / 12;
                double cx = x + Math.cos(ang) * dist, cy = y + Math.sin(ang) * dist;
                double[] box = {cx - w / 2 - 2, cy - s * 0.85, cx + w / 2 + 2, cy + s * 0.4};
                if (inMap(box) && free(box)) {
                    taken.add(box);
                    return new Placed(a.label(), cx, cy + s * 0.35, s, false, 0.5, MapPainter.TEXT, x, y, true);
                }
            }
        }
        return null;
    }

    private boolean inMap(double x, double y) { return x >= mapLeft && x <= mapRight && y >= mapTop && y <= mapBottom; }

    private boolean inMap(double[] b) { return b[0] >= mapLeft && b[2] <= mapRight && b[1] >= mapTop && b[3] <= mapBottom; }

    private boolean free(double[] b) {
        for (double[] p : taken) if (b[0] < p[2] && b[2] > p[0] && b[1] < p[3] && b[3] > p[1]) return false;
        return true;
    }
}
