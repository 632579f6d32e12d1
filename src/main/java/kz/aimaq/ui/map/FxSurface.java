package kz.aimaq.ui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import kz.aimaq.core.render.Surface;

import java.util.HashMap;
import java.util.Map;

/** {@link Surface} over a JavaFX canvas: how the shared map painter draws on screen. */
public final class FxSurface implements Surface {
    public static final String FONT_FAMILY = pickFamily();

    private final GraphicsContext g;
    /** Label and legend widths by text, size and weight: a recolour measures the same texts again. */
    private final Map<WidthKey, Double> widthCache = new HashMap<>();

    private record WidthKey(String text, double size, boolean bold) {}
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Text measurer = new Text();

    public FxSurface(GraphicsContext g) {
        this.g = g;
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static String pickFamily() {
        var families = Font.getFamilies();
        for (String want : new String[]{"DejaVu Sans", "Segoe UI", "Arial", "Helvetica Neue", "Liberation Sans"}) {
            if (families.contains(want)) return want;
        }
        return Font.getDefault().getFamily();
    }

    private Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) * 31 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(FONT_FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    @Override public void beginPath() { g.beginPath(); }

    @Override public void ring(double[] xs, double[] ys, int n) {
        g.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) g.lineTo(xs[i], ys[i]);
        g.closePath();
    }

    @Override public void fillPath(int argb) { g.setFill(color(argb)); g.fill(); }

    @Override public void strokePath(int argb, double width) {
        g.setStroke(color(argb));
        g.setLineWidth(width);
        // a round join is a curve at every vertex, which the rasteriser splits into segments:
        // on the thin region borders (< 2 px) it cannot be told from a bevel but made up much of a
        // district frame; wide lines (group outlines, highlight) keep round corners
        StrokeLineJoin join = width < 2 ? StrokeLineJoin.BEVEL : StrokeLineJoin.ROUND;
        if (g.getLineJoin() != join) g.setLineJoin(join);
        g.stroke();
    }

    /** Hatch tiles by colour, step and width: made once, then every no-data region is one pattern fill. */
    private final Map<String, ImagePattern> hatches = new HashMap<>();

    @Override public boolean hatchPath(int lineArgb, double step, double lineWidth) {
        int size = Math.max(2, (int) Math.round(step));
        ImagePattern p = hatches.computeIfAbsent(lineArgb + "/" + size + "/" + lineWidth, k -> hatchTile(lineArgb, size, lineWidth));
        g.setFill(p);
        g.fill();
        return true;
    }

    /**
     * One period of lines x + y = n * size, antialiased by the distance of each pixel centre to
     * the nearest line, transparent elsewhere (the grey fill is underneath).
     */
    private static ImagePattern hatchTile(int argb, int size, double lineWidth) {
        WritableImage tile = new WritableImage(size, size);
        var w = tile.getPixelWriter();
        Color c = color(argb);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double t = (x + y + 1) % size;
                double distance = Math.min(t, size - t) / Math.sqrt(2);
                double coverage = Math.clamp(lineWidth / 2 + 0.5 - distance, 0, 1);
                w.setColor(x, y, Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * coverage));
            }
        }
        return new ImagePattern(tile, 0, 0, size, size, false);
    }

    @Override public void clipToPath() { g.clip(); }

    /**
     * Nothing to do when the rectangle covers the whole canvas (the layer of the outline under
     * the pointer lies inside the map): a canvas clips by rendering the clip into a mask texture
     * of its size and blending through it, 14 MB of textures and most of the renderer's time for
     * the pointer across 60 oblasts (JFR of the probe).
     */
    @Override public void clipToRect(double x, double y, double w, double h) {
        var t = g.getTransform();
        var c = g.getCanvas();
        if (t.getMxx() == 1 && t.getMyy() == 1 && t.getMxy() == 0 && t.getMyx() == 0
                && x + t.getTx() <= 0 && y + t.getTy() <= 0
                && x + w + t.getTx() >= c.getWidth() && y + h + t.getTy() >= c.getHeight()) {
            g.beginPath(); // as after a clip: the current path is replaced
            return;
        }
        Surface.super.clipToRect(x, y, w, h);
    }

    @Override public void save() { g.save(); }

    @Override public void restore() { g.restore(); g.setFillRule(FillRule.EVEN_ODD); }

    @Override public void fillRect(double x, double y, double w, double h, int argb) {
        g.setFill(color(argb));
        g.fillRect(x, y, w, h);
    }

    /**
     * As four filled bars, corners square: the software renderer fills an axis-aligned
     * rectangle directly, while a stroked one goes through its shape rasteriser, which blends a
     * mask over the whole box (the legend's and scale bar's outlines were 12 of 45 canvas
     * samples per gesture frame, measured with JFR).
     */
    @Override public void strokeRect(double x, double y, double w, double h, int argb, double width) {
        double half = width / 2;
        g.setFill(color(argb));
        g.fillRect(x - half, y - half, w + width, width);
        g.fillRect(x - half, y + h - half, w + width, width);
        if (h > width) {
            g.fillRect(x - half, y + half, width, h - width);
            g.fillRect(x + w - half, y + half, width, h - width);
        }
    }

    @Override public void line(double x1, double y1, double x2, double y2, int argb, double width) {
        g.setStroke(color(argb));
        g.setLineWidth(width);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override public void text(String s, double x, double y, double size, boolean bold, int argb, double align, int haloArgb) {
        g.setFont(font(size, bold));
        g.setTextAlign(TextAlignment.LEFT);
        double x0 = x - textWidth(s, size, bold) * align;
        if (haloArgb != 0) {
            // the halo as eight offset copies, as Java2DSurface draws it for exports: a canvas
            // strokeText turns every glyph into an outline path that the software rasteriser
            // strokes (half of a district frame's rendering), while a filled copy is a blit of
            // the glyph cache
            g.setFill(color(haloArgb));
            double o = Math.max(1, size / 9);
            for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) {
                if (dx != 0 || dy != 0) g.fillText(s, x0 + dx * o, y + dy * o);
            }
        }
        g.setFill(color(argb));
        g.fillText(s, x0, y);
    }

    @Override public double textWidth(String s, double size, boolean bold) {
        WidthKey key = new WidthKey(s, size, bold); // a string key cost a formatted double per call
        Double w = widthCache.get(key);
        if (w == null) {
            measurer.setFont(font(size, bold));
            measurer.setText(s);
            w = measurer.getLayoutBounds().getWidth();
            if (widthCache.size() > 5000) widthCache.clear();
            widthCache.put(key, w);
        }
        return w;
    }
}
