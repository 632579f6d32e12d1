package kz.aimaq.core.render;

import kz.aimaq.core.format.NumberFormats;

/**
 * Draws a {@link LineChart} with the map's colours and type sizes: title, then the panels side by
 * side, each with its own y axis (nice round ticks), a shared series key and the source line.
 */
public final class ChartPainter {
    private static final int GRID = 0xFFDDE2E7, AXIS = 0xFF9AA5B1, PANEL_BG = 0xFFFFFFFF;

    public void paint(LineChart chart, Surface s, double width, double height) {
        double ui = MapPainter.uiScale(width, height), pad = 16 * ui;
        s.fillRect(0, 0, width, height, MapPainter.BACKGROUND);
        double top = pad;
        if (chart.title() != null && !chart.title().isBlank()) {
            top = 30 * ui;
            s.text(MapPainter.fit(s, chart.title(), 24 * ui, width - 2 * pad), pad, top, 24 * ui, true, MapPainter.TEXT, 0, 0);
            top += 10 * ui;
        }
        if (chart.subtitle() != null && !chart.subtitle().isBlank()) {
            top += 16 * ui;
            s.text(MapPainter.fit(s, chart.subtitle(), 15 * ui, width - 2 * pad), pad, top, 15 * ui, false, MapPainter.MUTED_TEXT, 0, 0);
            top += 10 * ui;
        }
        top += key(chart, s, pad, top + 18 * ui, ui) + 14 * ui;
        double bottom = height - pad;
        if (chart.sourceLine() != null && !chart.sourceLine().isBlank()) {
            s.text(MapPainter.fit(s, chart.sourceLine(), 11 * ui, width - 2 * pad), pad, height - 12 * ui, 11 * ui, false, MapPainter.MUTED_TEXT, 0, 0);
            bottom -= 22 * ui;
        }
        int n = chart.panels().size();
        double gap = 24 * ui, panelW = (width - 2 * pad - (n - 1) * gap) / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            panel(chart.panels().get(i), chart.lang(), s, pad + i * (panelW + gap), top, panelW, bottom - top, ui);
        }
    }

    /** The series key (names of the first panel's lines, shared by all panels); returns its height. */
    private double key(LineChart chart, Surface s, double x, double baseline, double ui) {
        if (chart.panels().isEmpty()) return 0;
        double size = 13 * ui;
        for (LineChart.Series se : chart.panels().getFirst().series()) {
            s.line(x, baseline - size * 0.35, x + 28 * ui, baseline - size * 0.35, se.argb(), 3 * ui);
            s.text(se.name(), x + 36 * ui, baseline, size, false, MapPainter.TEXT, 0, 0);
            x += 36 * ui + s.textWidth(se.name(), size, false) + 28 * ui;
        }
        return 18 * ui;
    }

    private void panel(LineChart.Panel p, String lang, Surface s, double x, double y, double w, double h, double ui) {
        s.fillRect(x, y, w, h, PANEL_BG);
        s.strokeRect(x, y, w, h, 0xFFCBD2D9, 1 * ui);
        double titleSize = 14 * ui, tick = 11 * ui;
        s.text(MapPainter.fit(s, p.title(), titleSize, w - 20 * ui), x + 10 * ui, y + 10 * ui + titleSize, titleSize, true, MapPainter.TEXT, 0, 0);
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (LineChart.Series se : p.series()) {
            for (int i = 0; i < se.x().length; i++) {
                if (!Double.isFinite(se.y()[i])) continue;
                minX = Math.min(minX, se.x()[i]); maxX = Math.max(maxX, se.x()[i]);
                minY = Math.min(minY, se.y()[i]); maxY = Math.max(maxY, se.y()[i]);
            }
        }
        if (!(minX <= maxX)) return; // nothing to draw
        if (maxX == minX) maxX = minX + 1;
        double[] yTicks = niceTicks(minY, maxY, 5);
        double y0 = yTicks[0], y1 = yTicks[yTicks.length - 1];
        double labelW = 0;
        for (double t : yTicks) labelW = Math.max(labelW, s.textWidth(NumberFormats.format(t, tickDecimals(yTicks, p.decimals()), lang), tick, false));
        // room on the right for the end-point values
        double endW = 0;
        for (LineChart.Series se : p.series()) endW = Math.max(endW, s.textWidth(NumberFormats.format(last(se), p.decimals(), lang), tick, true));
        double px = x + 14 * ui + labelW + 6 * ui, pw = w - (px - x) - endW - 18 * ui;
        double py = y + 20 * ui + titleSize + 10 * ui, ph = h - (py - y) - 32 * ui;
        if (pw < 20 || ph < 20) return;
        int dec = tickDecimals(yTicks, p.decimals());
        for (double t : yTicks) {
            double ty = py + ph - (t - y0) / (y1 - y0) * ph;
            s.line(px, ty, px + pw, ty, GRID, 1 * ui);
            s.text(NumberFormats.format(t, dec, lang), px - 6 * ui, ty + tick * 0.35, tick, false, MapPainter.MUTED_TEXT, 1, 0);
        }
        s.line(px, py + ph, px + pw, py + ph, AXIS, 1 * ui);
        double[] xTicks = niceTicks(minX, maxX, 6);
        for (double t : xTicks) {
            if (t < minX - 1e-9 || t > maxX + 1e-9) continue;
            double tx = px + (t - minX) / (maxX - minX) * pw;
            s.line(tx, py + ph, tx, py + ph + 4 * ui, AXIS, 1 * ui);
            s.text(NumberFormats.format(t, 0, "en").replace(",", ""), tx, py + ph + 6 * ui + tick, tick, false, MapPainter.MUTED_TEXT, 0.5, 0);
        }
        for (LineChart.Series se : p.series()) {
            double lx = Double.NaN, ly = Double.NaN;
            for (int i = 0; i < se.x().length; i++) {
                if (!Double.isFinite(se.y()[i])) { lx = Double.NaN; continue; }
                double cx = px + (se.x()[i] - minX) / (maxX - minX) * pw, cy = py + ph - (se.y()[i] - y0) / (y1 - y0) * ph;
                if (!Double.isNaN(lx)) s.line(lx, ly, cx, cy, se.argb(), 2.5 * ui);
                // a value with no neighbour in its series (a region's only year) would have no line: draw it as a dot
                boolean prev = i > 0 && Double.isFinite(se.y()[i - 1]), next = i + 1 < se.y().length && Double.isFinite(se.y()[i + 1]);
                if (!prev && !next) s.fillRect(cx - 3 * ui, cy - 3 * ui, 6 * ui, 6 * ui, se.argb());
                lx = cx; ly = cy;
            }
            if (!Double.isNaN(lx)) {
                s.text(NumberFormats.format(last(se), p.decimals(), lang), lx + 6 * ui, ly + tick * 0.35, tick, true, se.argb(), 0, MapPainter.HALO);
            }
        }
    }

    private static double last(LineChart.Series se) {
        for (int i = se.y().length - 1; i >= 0; i--) if (Double.isFinite(se.y()[i])) return se.y()[i];
        return Double.NaN;
    }

    /** Enough decimals that neighbouring ticks print differently, never fewer than the panel's own. */
    private static int tickDecimals(double[] ticks, int panelDecimals) {
        if (ticks.length < 2) return panelDecimals;
        double step = ticks[1] - ticks[0];
        int d = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return Math.min(8, Math.max(0, d));
    }

    /** Round tick values (1, 2, 2.5 or 5 × 10^k apart) covering [min, max] with about {@code target} ticks. */
    public static double[] niceTicks(double min, double max, int target) {
        if (max - min < 1e-12 * Math.max(1, Math.abs(max))) { min -= 1; max += 1; }
        double raw = (max - min) / Math.max(1, target - 1);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * 10;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) if (m * mag >= raw) { step = m * mag; break; }
        double lo = Math.floor(min / step + 1e-9) * step, hi = Math.ceil(max / step - 1e-9) * step;
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = lo + i * step;
        return t;
    }
}
