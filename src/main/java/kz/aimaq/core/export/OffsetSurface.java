package kz.aimaq.core.export;

import kz.aimaq.core.render.Surface;

/**
 * A surface that draws onto another one scaled by k and shifted by (dx, dy): lets a page place a map
 * or chart, painted by its own painter as if at (0, 0), anywhere on the page and at a smaller size
 * (a chart painted for a larger picture, its type shrinking with it).
 */
final class OffsetSurface implements Surface {
    private final Surface s;
    private final double dx, dy, k;
    private double[] bx = new double[256], by = new double[256];

    OffsetSurface(Surface s, double dx, double dy) {
        this(s, dx, dy, 1);
    }

    OffsetSurface(Surface s, double dx, double dy, double k) {
        this.k = k;
        this.s = s;
        this.dx = dx;
        this.dy = dy;
    }

    @Override public void beginPath() { s.beginPath(); }

    @Override public void ring(double[] xs, double[] ys, int n) {
        if (bx.length < n) { bx = new double[n]; by = new double[n]; }
        for (int i = 0; i < n; i++) { bx[i] = xs[i] * k + dx; by[i] = ys[i] * k + dy; }
        s.ring(bx, by, n);
    }

    @Override public void fillPath(int argb) { s.fillPath(argb); }
    @Override public void fillRegions(int argb, double borderWidth) { s.fillRegions(argb, borderWidth * k); }
    @Override public void strokePath(int argb, double width) { s.strokePath(argb, width * k); }
    @Override public boolean hatchPath(int lineArgb, double step, double lineWidth) { return s.hatchPath(lineArgb, step * k, lineWidth * k); }
    @Override public void clipToPath() { s.clipToPath(); }
    @Override public void save() { s.save(); }
    @Override public void restore() { s.restore(); }
    @Override public void fillRect(double x, double y, double w, double h, int argb) { s.fillRect(x * k + dx, y * k + dy, w * k, h * k, argb); }
    @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) { s.strokeRect(x * k + dx, y * k + dy, w * k, h * k, argb, width * k); }
    @Override public void line(double x1, double y1, double x2, double y2, int argb, double width) { s.line(x1 * k + dx, y1 * k + dy, x2 * k + dx, y2 * k + dy, argb, width * k); }

    @Override public void text(String t, double x, double y, double size, boolean bold, int argb, double align, int haloArgb) {
        s.text(t, x * k + dx, y * k + dy, size * k, bold, argb, align, haloArgb);
    }

    @Override public double textWidth(String t, double size, boolean bold) { return s.textWidth(t, size * k, bold) / k; }
    @Override public boolean groupsRegions() { return s.groupsRegions(); }
    @Override public void beginGroup(String id) { s.beginGroup(id); }
    @Override public void endGroup() { s.endGroup(); }
}
