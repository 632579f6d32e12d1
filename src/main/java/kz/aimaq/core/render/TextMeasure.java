package kz.aimaq.core.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Text widths for layout decisions (labels, legend and footer sizes), the same whichever
 * surface paints: the screen's JavaFX text and Java2D's differ by a pixel here and there, which
 * would otherwise drop a different region name on screen than in the PNG. Both surfaces pick the
 * same family (DejaVu Sans, Segoe UI, ...), so Java2D's widths stand for both.
 */
public final class TextMeasure {
    private TextMeasure() {}

    private static final ThreadLocal<Java2DSurface> MEASURER = ThreadLocal.withInitial(() -> {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        return new Java2DSurface(g);
    });

    /**
     * Widths and wrapped lines already measured on this thread: every recolour lays out the same
     * labels, legend and footer again, and measuring them was the map model's largest allocation
     * per recolour (about a fifth of the UI thread's, JFR of the probe). Bounded: cleared when full.
     */
    private record Key(String text, double size, boolean bold, double maxW) {}

    private static final int CACHED = 4000;
    private static final ThreadLocal<java.util.Map<Key, Object>> MEASURED = ThreadLocal.withInitial(java.util.HashMap::new);

    public static double width(String text, double size, boolean bold) {
        var cache = MEASURED.get();
        Key k = new Key(text, size, bold, -1);
        Object w = cache.get(k);
        if (w == null) {
            w = MEASURER.get().textWidth(text, size, bold);
            remember(cache, k, w);
        }
        return (Double) w;
    }

    private static void remember(java.util.Map<Key, Object> cache, Key k, Object v) {
        if (cache.size() >= CACHED) cache.clear();
        cache.put(k, v);
    }

    /** Splits text into lines no wider than maxW (at spaces; a word longer than a line stays whole). */
    @SuppressWarnings("unchecked")
    public static java.util.List<String> wrap(String text, double size, boolean bold, double maxW) {
        var cache = MEASURED.get();
        Key k = new Key(text, size, bold, maxW);
        Object lines = cache.get(k);
        if (lines == null) {
            lines = java.util.List.copyOf(wrapNow(text, size, bold, maxW));
            remember(cache, k, lines);
        }
        return (java.util.List<String>) lines;
    }

    private static java.util.List<String> wrapNow(String text, double size, boolean bold, double maxW) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String tryLine = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(tryLine, size, bold) > maxW) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tryLine);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
