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

    public static double width(String text, double size, boolean bold) {
        return MEASURER.get().textWidth(text, size, bold);
    }

    /** Splits text into lines no wider than maxW (at spaces; a word longer than a line stays whole). */
    public static java.util.List<String> wrap(String text, double size, boolean bold, double maxW) {
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
