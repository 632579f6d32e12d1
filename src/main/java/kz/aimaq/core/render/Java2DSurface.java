package kz.aimaq.core.render;

import java.awt.*;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@link Surface} over a Java2D Graphics2D: PNG (BufferedImage), SVG (JFreeSVG) and PDF
 * (OpenPDF) exports all draw through this class. Text is drawn as text (not outlines) so the
 * SVG and PDF keep searchable, editable titles and names.
 */
public class Java2DSurface implements Surface {
    /**
     * The family used when the bundled faces cannot be read: DejaVu Sans covers Cyrillic including
     * the Kazakh letters (ә ғ қ ң ө ұ ү һ і). Looked up only then, since listing the system's
     * families is slow.
     */
    private static final class Fallback {
        static final String FAMILY = pickFamily();
    }

    protected final Graphics2D g;
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    private final Deque<Shape> clips = new ArrayDeque<>();

    public Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private static String pickFamily() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            for (String want : new String[]{"DejaVu Sans", "Segoe UI", "Arial", "Helvetica Neue", "Liberation Sans"}) {
                for (String n : names) if (n.equalsIgnoreCase(want)) return n;
            }
        } catch (Throwable ignored) {
            // headless without fontconfig: the logical font still renders Cyrillic
        }
        return Font.SANS_SERIF;
    }

    protected Font font(double size, boolean bold) {
        // a picture uses a handful of sizes: derived once each (deriveFont copies the font's attributes)
        long key = Double.doubleToLongBits(size) * 2 + (bold ? 1 : 0);
        Font f = fonts.get(key);
        if (f == null) {
            Font face = BundledFonts.face(bold);
            f = face != null ? face.deriveFont((float) size)
                    : new Font(Fallback.FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
            if (fonts.size() > 64) fonts.clear();
            fonts.put(key, f);
        }
        return f;
    }

    private final java.util.Map<Long, Font> fonts = new java.util.HashMap<>();
    /** Widths as laid out: antialiased, fractional metrics, no transform. */
    private static final FontRenderContext MEASURING = new FontRenderContext(new AffineTransform(), true, true);

    private static Color color(int argb) { return new Color(argb, true); }

    @Override public void beginPath() { path = new Path2D.Double(Path2D.WIND_EVEN_ODD); }

    @Override public void ring(double[] xs, double[] ys, int n) {
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) path.lineTo(xs[i], ys[i]);
        path.closePath();
    }

    @Override public void fillPath(int argb) { g.setColor(color(argb)); g.fill(path); }

    /**
     * Without antialiasing and with the screen's stroke control, as {@link RegionRaster} assigns
     * the screen's fill pixels, where the border drawn above is at least 1.2 device pixels wide
     * (a picture about 2,500 pixels wide or more; 4K: 1.8): a pixel assigned by its centre is off
     * by half a pixel at most and the border covers 0.6 of it. With the 0.9-pixel border of
     * smaller pictures the steps showed along the country's outline (800x450, magnified), and
     * there the fills stay antialiased. At 4K the antialiased fills were the largest part of the
     * painting in a fresh JVM (26-39 ms, against 11-13 ms so, five alternating runs each).
     */
    @Override public void fillRegions(int argb, double borderWidth) {
        java.awt.geom.AffineTransform t = g.getTransform();
        if (borderWidth * Math.sqrt(Math.abs(t.getDeterminant())) < 1.2) {
            fillPath(argb);
            return;
        }
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING), stroke = g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        try {
            fillPath(argb);
        } finally {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, stroke);
        }
    }

    @Override public void strokePath(int argb, double width) {
        g.setColor(color(argb));
        // as on screen (FxSurface): a round join is a curve at every vertex; on a border under 2 px
        // it cannot be told from a bevel and took a third of a 4K render's drawing
        int join = width < 2 ? BasicStroke.JOIN_BEVEL : BasicStroke.JOIN_ROUND;
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, join));
        g.draw(path);
    }

    @Override public void clipToPath() { g.clip(path); }

    @Override public void save() { clips.push(g.getClip() == null ? new Rectangle(-100000, -100000, 200000, 200000) : g.getClip()); }

    @Override public void restore() { if (!clips.isEmpty()) g.setClip(clips.pop()); }

    @Override public void fillRect(double x, double y, double w, double h, int argb) {
        g.setColor(color(argb));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void line(double x1, double y1, double x2, double y2, int argb, double width) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) width));
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
    }

    @Override public void text(String s, double x, double y, double size, boolean bold, int argb, double align, int haloArgb) {
        Font f = font(size, bold);
        g.setFont(f);
        double w = g.getFontMetrics(f).getStringBounds(s, g).getWidth();
        double x0 = x - w * align;
        if (haloArgb != 0) {
            // a halo drawn as offset copies keeps the text as text in SVG/PDF
            g.setColor(color(haloArgb));
            double o = Math.max(1, size / 9);
            for (double dx = -o; dx <= o; dx += o) for (double dy = -o; dy <= o; dy += o) {
                if (dx != 0 || dy != 0) g.drawString(s, (float) (x0 + dx), (float) (y + dy));
            }
        }
        g.setColor(color(argb));
        g.drawString(s, (float) x0, (float) y);
    }

    @Override public double textWidth(String s, double size, boolean bold) {
        Font f = font(size, bold);
        return f.getStringBounds(s, MEASURING).getWidth();
    }
}
