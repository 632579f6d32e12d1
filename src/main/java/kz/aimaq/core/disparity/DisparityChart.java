package kz.aimaq.core.disparity;

import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.Picture;
import kz.aimaq.core.render.Surface;
import kz.aimaq.core.scenario.Metric;

import java.util.List;
import java.util.Map;

/**
 * Small multiples of the disparity monitor: one panel per measure over the years, with the
 * regional-policy periods shaded behind the lines ({@link PolicyPeriod}), and optionally a
 * projection (a scenario run) continuing the history in another colour. A {@link Picture}, so
 * the screen, PNG and SVG show the same drawing. All words come in already translated.
 *
 * @param title       e.g. "GRP per capita: regional disparities 2010–2025"
 * @param subtitle    territory and grouping in words
 * @param measureName measure → its name in the user's language
 * @param history     the monitor's years (ascending)
 * @param projection  metric → simulated values by year (may be empty): drawn from its first year on
 * @param periodNames period → its name in the user's language
 * @param historyName legend name of the history line; {@code projectionName} of the projection
 * @param sourceLine  the figures' source, shown at the bottom
 */
public record DisparityChart(String title, String subtitle, Map<Metric, String> measureName, List<DisparityYear> history,
                             Map<Metric, Map<Integer, Double>> projection, Map<PolicyPeriod, String> periodNames,
                             String historyName, String projectionName, String sourceLine, String lang) implements Picture {

    static final int HISTORY = 0xFF2C7FB8, PROJECTION = 0xFFD95F02, GRID = 0xFFDDE2E7, FRAME = 0xFFCBD2D9;
    static final int COLUMNS = 5;

    public DisparityChart {
        history = List.copyOf(history);
        projection = Map.copyOf(projection);
    }

    @Override public void paint(Surface s, double width, double height) {
        double ui = Math.max(1.0, Math.min(width / 1600.0, height / 1000.0)), pad = 16 * ui;
        s.fillRect(0, 0, width, height, MapPainter.BACKGROUND);
        double y = 30 * ui;
        Fitted head = fitLines(title, 22 * ui, true, width - 2 * pad, 0.7, 2);
        for (int i = 0; i < head.lines().size(); i++) {
            if (i > 0) y += head.size() * 1.2;
            s.text(head.lines().get(i), pad, y, head.size(), true, MapPainter.TEXT, 0, 0);
        }
        y += 22 * ui;
        Fitted sub = fitLines(subtitle, 14 * ui, false, width - 2 * pad, 0.7, 2);
        for (int i = 0; i < sub.lines().size(); i++) {
            if (i > 0) y += sub.size() * 1.2;
            s.text(sub.lines().get(i), pad, y, sub.size(), false, MapPainter.MUTED_TEXT, 0, 0);
        }
        y += 14 * ui;
        Fitted source = fitLines(sourceLine, 11 * ui, false, width - 2 * pad, 0.8, 2);
        double sourceExtra = Math.max(0, source.lines().size() - 1) * source.size() * 1.2;
        double bottom = height - pad - 22 * ui - 24 * ui - sourceExtra;
        int[] span = years();
        List<Metric> measures = DisparityTable.MEASURES;
        int rows = (measures.size() + COLUMNS - 1) / COLUMNS;
        double gap = 12 * ui, cellW = (width - 2 * pad - (COLUMNS - 1) * gap) / COLUMNS, cellH = (bottom - y - (rows - 1) * gap) / rows;
        for (int i = 0; i < measures.size(); i++) {
            double cx = pad + (i % COLUMNS) * (cellW + gap), cy = y + (i / COLUMNS) * (cellH + gap);
            panel(s, measures.get(i), span, cx, cy, cellW, cellH, ui);
        }
        key(s, span, pad, height - pad - 22 * ui - 6 * ui - sourceExtra, ui, width - pad);
        for (int i = 0; i < source.lines().size(); i++) {
            double baseline = height - pad - (source.lines().size() - 1 - i) * source.size() * 1.2;
            s.text(source.lines().get(i), pad, baseline, source.size(), false, MapPainter.MUTED_TEXT, 0, 0);
        }
    }

    /** First and last year over history and projection. */
    private int[] years() {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (DisparityYear d : history) { lo = Math.min(lo, d.year()); hi = Math.max(hi, d.year()); }
        for (Map<Integer, Double> p : projection.values()) for (int yr : p.keySet()) { lo = Math.min(lo, yr); hi = Math.max(hi, yr); }
        if (lo > hi) { lo = 2010; hi = 2025; }
        if (lo == hi) hi = lo + 1;
        return new int[]{lo, hi};
    }

    private void panel(Surface s, Metric m, int[] span, double x, double y, double w, double h, double ui) {
        s.fillRect(x, y, w, h, 0xFFFFFFFF);
        s.strokeRect(x, y, w, h, FRAME, ui);
        double tick = 10 * ui;
        Fitted name = fitLines(measureName.getOrDefault(m, m.column), 13 * ui, true, w - 16 * ui, 0.75, 2);
        double titleSize = name.size();
        for (int i = 0; i < name.lines().size(); i++) {
            s.text(name.lines().get(i), x + 8 * ui, y + 8 * ui + titleSize + i * titleSize * 1.15, titleSize, true, MapPainter.TEXT, 0, 0);
        }
        double titleBlock = titleSize + Math.max(0, name.lines().size() - 1) * titleSize * 1.15;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (DisparityYear d : history) { double v = m.of(d.measures()); if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); } }
        for (double v : projection.getOrDefault(m, Map.of()).values()) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (!(lo <= hi)) return;
        double[] ticks = kz.aimaq.core.render.ChartPainter.niceTicks(lo, hi, 4);
        double y0 = ticks[0], y1 = ticks[ticks.length - 1];
        int decimals = m == Metric.REGIONS_BELOW_AVG ? 0 : decimals(ticks);
        double labelW = 0;
        for (double t : ticks) labelW = Math.max(labelW, s.textWidth(NumberFormats.format(t, decimals, lang), tick, false));
        double px = x + 10 * ui + labelW + 4 * ui, pw = w - (px - x) - 10 * ui;
        double py = y + 16 * ui + titleBlock, ph = h - (py - y) - 22 * ui;
        if (pw < 20 || ph < 20) return;
        // policy periods behind everything, clipped to the years shown
        for (PolicyPeriod p : PolicyPeriod.values()) {
            double a = Math.max(p.from, span[0]), b = Math.min(p.to, span[1]);
            if (a >= b) continue;
            s.fillRect(xOf(a, span, px, pw), py, xOf(b, span, px, pw) - xOf(a, span, px, pw), ph, p.argb);
        }
        for (double t : ticks) {
            double ty = py + ph - (t - y0) / (y1 - y0) * ph;
            s.line(px, ty, px + pw, ty, GRID, ui);
            s.text(NumberFormats.format(t, decimals, lang), px - 4 * ui, ty + tick * 0.35, tick, false, MapPainter.MUTED_TEXT, 1, 0);
        }
        // year labels every 5 years, or every 10, 20, 25 when a narrow panel would run them together
        double yearW = s.textWidth("2050", tick, false) * 1.4;
        int step = 5;
        for (int candidate : new int[]{5, 10, 20, 25, 50}) {
            step = candidate;
            if (candidate / (double) (span[1] - span[0]) * pw >= yearW) break;
        }
        for (int yr = span[0]; yr <= span[1]; yr++) {
            if (yr % step != 0) continue;
            double tx = xOf(yr, span, px, pw);
            s.line(tx, py + ph, tx, py + ph + 3 * ui, MapPainter.MUTED_TEXT, ui);
            s.text(String.valueOf(yr), tx, py + ph + 4 * ui + tick, tick, false, MapPainter.MUTED_TEXT, 0.5, 0);
        }
        double lx = Double.NaN, ly = Double.NaN;
        for (DisparityYear d : history) {
            double v = m.of(d.measures());
            if (!Double.isFinite(v)) { lx = Double.NaN; continue; }
            double cx = xOf(d.year(), span, px, pw), cy = py + ph - (v - y0) / (y1 - y0) * ph;
            if (!Double.isNaN(lx)) s.line(lx, ly, cx, cy, HISTORY, 2 * ui);
            lx = cx; ly = cy;
        }
        double qx = Double.NaN, qy = Double.NaN;
        for (var e : new java.util.TreeMap<>(projection.getOrDefault(m, Map.of())).entrySet()) {
            double cx = xOf(e.getKey(), span, px, pw), cy = py + ph - (e.getValue() - y0) / (y1 - y0) * ph;
            if (!Double.isNaN(qx)) s.line(qx, qy, cx, cy, PROJECTION, 2 * ui);
            qx = cx; qy = cy;
        }
    }

    private static double xOf(double year, int[] span, double px, double pw) {
        return px + (year - span[0]) / (span[1] - span[0]) * pw;
    }

    /** The line key and the periods that fall in the years shown. */
    private void key(Surface s, int[] span, double x, double baseline, double ui, double right) {
        // the key is one line: on a narrow chart its text is made smaller rather than cut at the edge
        double size = 12 * ui, room = right - x;
        double needed = keyWidth(s, span, size, ui);
        if (needed > room && needed > 0) { double k = Math.max(0.6, room / needed); size *= k; ui *= k; }
        x = keyLine(s, HISTORY, historyName, x, baseline, size, ui);
        if (!projection.isEmpty()) x = keyLine(s, PROJECTION, projectionName, x, baseline, size, ui);
        for (PolicyPeriod p : PolicyPeriod.values()) {
            if (Math.max(p.from, span[0]) >= Math.min(p.to, span[1])) continue;
            s.fillRect(x, baseline - size * 0.8, 22 * ui, size, p.argb | 0x40000000);
            String label = periodNames.getOrDefault(p, p.name()) + " (" + p.from + "–" + p.to + ")";
            s.text(label, x + 28 * ui, baseline, size, false, MapPainter.TEXT, 0, 0);
            x += 28 * ui + s.textWidth(label, size, false) + 22 * ui;
        }
    }

    private double keyWidth(Surface s, int[] span, double size, double ui) {
        double w = 0;
        for (String name : new String[]{historyName, projection.isEmpty() ? null : projectionName}) {
            if (name != null && !name.isBlank()) w += 30 * ui + s.textWidth(name, size, false) + 22 * ui;
        }
        for (PolicyPeriod p : PolicyPeriod.values()) {
            if (Math.max(p.from, span[0]) >= Math.min(p.to, span[1])) continue;
            String label = periodNames.getOrDefault(p, p.name()) + " (" + p.from + "–" + p.to + ")";
            w += 28 * ui + s.textWidth(label, size, false) + 22 * ui;
        }
        return w - 22 * ui;
    }

    private static double keyLine(Surface s, int argb, String name, double x, double baseline, double size, double ui) {
        if (name == null || name.isBlank()) return x;
        s.line(x, baseline - size * 0.35, x + 24 * ui, baseline - size * 0.35, argb, 3 * ui);
        s.text(name, x + 30 * ui, baseline, size, false, MapPainter.TEXT, 0, 0);
        return x + 30 * ui + s.textWidth(name, size, false) + 22 * ui;
    }

    private static int decimals(double[] ticks) {
        if (ticks.length < 2) return 2;
        double step = ticks[1] - ticks[0];
        return step >= 1 ? 0 : Math.min(6, (int) Math.ceil(-Math.log10(step) - 1e-9));
    }

    /** Lines of a text and the font size they are drawn at. */
    record Fitted(List<String> lines, double size) {}

    /**
     * How a title fits {@code maxW} without being cut (widths from {@link kz.aimaq.core.render.TextMeasure},
     * the measurer every map and chart lays out with): on one line at its size or slightly smaller
     * (down to {@code minScale}), else wrapped at spaces onto up to {@code maxLines} lines, else on
     * as many lines as it needs at the smallest size. A planner must read "Джини, взвешенный по
     * населению" in full, not "Джини, взвешенный…".
     */
    static Fitted fitLines(String text, double size, boolean bold, double maxW, double minScale, int maxLines) {
        if (text == null || text.isBlank()) return new Fitted(List.of(), size);
        for (int lines = 1; lines <= maxLines; lines++) {
            for (double scale = 1.0; scale >= minScale - 1e-9; scale -= 0.05) {
                List<String> wrapped = kz.aimaq.core.render.TextMeasure.wrap(text.strip(), size * scale, bold, maxW);
                if (wrapped.size() <= lines && fitsAll(wrapped, size * scale, bold, maxW)) return new Fitted(wrapped, size * scale);
            }
        }
        return new Fitted(kz.aimaq.core.render.TextMeasure.wrap(text.strip(), size * minScale, bold, maxW), size * minScale);
    }

    private static boolean fitsAll(List<String> lines, double size, boolean bold, double maxW) {
        for (String l : lines) if (kz.aimaq.core.render.TextMeasure.width(l, size, bold) > maxW) return false;
        return true;
    }
}
