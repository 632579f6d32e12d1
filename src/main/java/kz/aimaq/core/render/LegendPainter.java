package kz.aimaq.core.render;

import java.util.List;

/**
 * Draws a {@link LegendBlock} as a boxed key anchored at its bottom-right corner: below
 * south-eastern Kazakhstan (Kyrgyzstan's side) the map is empty, while in the south-west
 * Mangystau reaches the bottom of the frame.
 */
final class LegendPainter {
    private LegendPainter() {}

    /** The key's words, wrapped to the key's width: a legend is never cut ("Качество разбиени…"). */
    private record Texts(List<String> title, List<String> subtitle, List<String> foot) {}

    private static Texts texts(LegendBlock legend, double ui) {
        double titleSize = 13 * ui, textSize = 11.5 * ui, maxTextW = 300 * ui;
        return new Texts(TextMeasure.wrap(legend.title(), titleSize, true, maxTextW),
                legend.subtitle() == null ? List.of() : TextMeasure.wrap(legend.subtitle(), textSize, false, maxTextW),
                legend.footnote() == null ? List.of() : TextMeasure.wrap(legend.footnote(), 10 * ui, false, maxTextW));
    }

    /**
     * The key's box {left, top, width, height} when its bottom-right corner is at (right, bottom).
     * Widths come from {@link TextMeasure}, so the box is the same on every surface ({@code s} is unused
     * and may be null).
     */
    static double[] box(LegendBlock legend, Surface s, double right, double bottom, double ui) {
        double textSize = 11.5 * ui, titleSize = 13 * ui, row = 19 * ui, sw = 22 * ui, pad = 10 * ui;
        Texts t = texts(legend, ui);
        double w = 0;
        for (String line : t.title()) w = Math.max(w, TextMeasure.width(line, titleSize, true));
        for (String line : t.subtitle()) w = Math.max(w, TextMeasure.width(line, textSize, false));
        int rows = legend.continuous() ? 2 : legend.entries().size();
        for (LegendBlock.Entry e : legend.entries()) w = Math.max(w, sw + 8 * ui + TextMeasure.width(label(e), textSize, false));
        if (legend.noData() != null) { rows++; w = Math.max(w, sw + 8 * ui + TextMeasure.width(label(legend.noData()), textSize, false)); }
        for (String line : t.foot()) w = Math.max(w, TextMeasure.width(line, 10 * ui, false));
        if (legend.continuous()) w = Math.max(w, 130 * ui); // the ramp is at least 120 wide
        double h = pad + titleSize + (t.title().size() - 1) * (titleSize + 3 * ui) + 6 * ui + t.subtitle().size() * row
                + rows * row + t.foot().size() * 14 * ui + (t.foot().isEmpty() ? 0 : 6 * ui) + pad / 2;
        return new double[]{right - (w + 2 * pad), bottom - h, w + 2 * pad, h};
    }

    static void paint(LegendBlock legend, Surface s, double right, double bottom, double ui) {
        double titleSize = 13 * ui, textSize = 11.5 * ui, row = 19 * ui, sw = 22 * ui, sh = 13 * ui, pad = 10 * ui;
        Texts t = texts(legend, ui);
        double[] box = box(legend, s, right, bottom, ui);
        double left = box[0], w = box[2] - 2 * pad, h = box[3];
        double top = bottom - h;
        s.fillRect(left, top, w + 2 * pad, h, 0xE6FFFFFF);
        s.strokeRect(left, top, w + 2 * pad, h, 0xFFCBD2D9, 1 * ui);
        double x = left + pad, y = top + pad + titleSize;
        for (int i = 0; i < t.title().size(); i++) {
            if (i > 0) y += titleSize + 3 * ui;
            s.text(t.title().get(i), x, y, titleSize, true, MapPainter.TEXT, 0, 0);
        }
        y += 6 * ui;
        for (String line : t.subtitle()) {
            y += row - 4 * ui;
            s.text(line, x, y, textSize, false, MapPainter.MUTED_TEXT, 0, 0);
            y += 4 * ui;
        }
        if (legend.continuous()) {
            int n = legend.entries().size();
            double rampW = Math.max(120 * ui, w - 10 * ui), stepW = rampW / Math.max(1, n);
            for (int i = 0; i < n; i++) s.fillRect(x + i * stepW, y + 4 * ui, stepW + 0.5, sh, legend.entries().get(i).argb());
            s.strokeRect(x, y + 4 * ui, rampW, sh, 0xFF9AA5B1, 0.6 * ui);
            y += row + 4 * ui;
            s.text(legend.entries().getFirst().label(), x, y + 8 * ui, textSize, false, MapPainter.TEXT, 0, 0);
            s.text(legend.entries().getLast().label(), x + rampW, y + 8 * ui, textSize, false, MapPainter.TEXT, 1, 0);
            y += row - 4 * ui;
        } else {
            // highest class on top, as readers scan a key from "most" downwards
            for (int i = legend.entries().size() - 1; i >= 0; i--) {
                y = swatchRow(s, legend.entries().get(i), x, y, sw, sh, row, textSize, ui, false);
            }
        }
        if (legend.noData() != null) y = swatchRow(s, legend.noData(), x, y, sw, sh, row, textSize, ui, true);
        y += 4 * ui;
        for (String line : t.foot()) {
            y += 14 * ui;
            s.text(line, x, y, 10 * ui, false, MapPainter.MUTED_TEXT, 0, 0);
        }
    }

    private static double swatchRow(Surface s, LegendBlock.Entry e, double x, double y, double sw, double sh, double row,
                                     double textSize, double ui, boolean hatched) {
        double top = y + (row - sh) / 2;
        s.fillRect(x, top, sw, sh, e.argb());
        if (hatched) {
            s.save();
            s.beginPath();
            s.ring(new double[]{x, x + sw, x + sw, x}, new double[]{top, top, top + sh, top + sh}, 4);
            s.clipToPath();
            for (double k = x - sh; k < x + sw; k += 5 * ui) s.line(k, top + sh, k + sh, top, MapPainter.NO_DATA_HATCH, 0.8 * ui);
            s.restore();
        }
        s.strokeRect(x, top, sw, sh, 0xFF9AA5B1, 0.6 * ui);
        s.text(label(e), x + sw + 8 * ui, top + sh - 2 * ui, textSize, false, MapPainter.TEXT, 0, 0);
        return y + row;
    }

    private static String label(LegendBlock.Entry e) {
        return e.count() >= 0 ? e.label() + "  (" + e.count() + ")" : e.label();
    }
}
