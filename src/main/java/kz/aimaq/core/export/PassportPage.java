package kz.aimaq.core.export;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.passport.RegionPassport;
import kz.aimaq.core.render.LineChart;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Picture;
import kz.aimaq.core.render.Surface;

import java.util.ArrayList;
import java.util.List;

/**
 * One region passport laid out as an A4 portrait page, drawn on any {@link Surface}: heading,
 * the locator map (drawn by {@link MapPainter}), macro-region, type and neighbours, the key-figure
 * table, four trend charts (drawn by the chart painter), notes and the numbered sources. Laid out
 * on a virtual page {@link #WIDTH} × {@link #HEIGHT} px; text is wrapped, never cut, and the notes and
 * sources shrink to fit the page when a region has many of them.
 */
public record PassportPage(RegionPassport passport, MapScene locator, String footer) implements Picture {

    /** The virtual page: A4 portrait proportions, scaled to 595 × 842 pt in the PDF (≈ 0.7 pt per px). */
    public static final double WIDTH = 850, HEIGHT = WIDTH * 842 / 595;

    /** National line in grey, the region in the locator map's colour. */
    public static final int REGION_LINE = 0xFFD95F02, NATIONAL_LINE = 0xFF52606D;
    private static final double M = 36;
    private static final int RULE = 0xFFCBD2D9, HEAD_FILL = 0xFFE4E7EB;

    @Override public void paint(Surface s, double width, double height) {
        Messages m = Messages.of(passport.lang());
        s.fillRect(0, 0, width, height, 0xFFFFFFFF);
        double w = width - 2 * M;
        double y = M + 10;
        s.text(m.get("passport.kicker"), M, y, 11, false, MapPainter.MUTED_TEXT, 0, 0);
        y += 8;
        double titleSize = 26;
        while (titleSize > 16 && s.textWidth(passport.name(), titleSize, true) > w) titleSize -= 1;
        for (String line : wrap(s, passport.name(), titleSize, true, w)) {
            y += titleSize * 1.15;
            s.text(line, M, y, titleSize, true, MapPainter.TEXT, 0, 0);
        }
        y += 8;
        s.line(M, y, M + w, y, RULE, 1);
        y += 10;

        // locator map (left) and what kind of region it is (right)
        double mapW = 480, mapH = 262;
        new MapPainter().paint(locator, new OffsetSurface(s, M, y), mapW, mapH, null);
        s.strokeRect(M, y, mapW, mapH, RULE, 1);
        double rx = M + mapW + 16, rw = w - mapW - 16, ry = y + 4;
        ry = field(s, m.get("passport.macroRegion"), passport.macroRegion(), rx, ry, rw);
        ry = field(s, m.get("passport.typology"), passport.typology(), rx, ry, rw);
        ry = field(s, m.get("passport.neighbours"), passport.neighbours().isEmpty() ? "—" : String.join(", ", passport.neighbours()), rx, ry, rw);
        ry += 6;
        swatch(s, rx, ry, REGION_LINE, passport.shortName(), rw);
        swatch(s, rx, ry + 18, 0xFFFDD9B5, m.get("passport.legend.neighbour"), rw);
        y += mapH + 14;

        y = table(s, m, M, y, w) + 12;

        // trends: 2 × 2 charts, each with its wrapped title above
        s.text(m.format("passport.trends", "2010", "2025"), M, y + 13, 13, true, MapPainter.TEXT, 0, 0);
        y += 20;
        y = trends(s, passport, M, y, w, 160);

        // notes and sources: as large as the rest of the page allows (never below 6 px), never cut
        double bottom = height - M + 8;
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < passport.sources().size(); i++) numbered.add((i + 1) + ". " + passport.sources().get(i));
        double size = 9.5;
        while (size > 6 && y + blockHeight(s, passport.notes(), numbered, m, size, w) > bottom - 14) size -= 0.25;
        y += 4;
        for (String note : passport.notes()) {
            for (String line : wrap(s, note, size, false, w)) {
                y += size * 1.25;
                s.text(line, M, y, size, false, MapPainter.MUTED_TEXT, 0, 0);
            }
        }
        y += size * 0.6;
        y += size * 1.3;
        s.text(m.get("passport.sources"), M, y, size, true, MapPainter.TEXT, 0, 0);
        for (String src : numbered) {
            for (String line : wrap(s, src, size, false, w)) {
                y += size * 1.25;
                s.text(line, M, y, size, false, MapPainter.MUTED_TEXT, 0, 0);
            }
        }
        if (footer != null && !footer.isBlank()) {
            s.text(footer, M + w, height - M / 2, 9, false, MapPainter.MUTED_TEXT, 1, 0);
        }
    }

    private double blockHeight(Surface s, List<String> notes, List<String> sources, Messages m, double size, double w) {
        int lines = 0;
        for (String n : notes) lines += wrap(s, n, size, false, w).size();
        for (String src : sources) lines += wrap(s, src, size, false, w).size();
        return 4 + lines * size * 1.25 + size * 1.9;
    }

    /** The key-figure table; returns the y below it. */
    private double table(Surface s, Messages m, double x, double y, double w) {
        double[] cw = {0.38, 0.08, 0.15, 0.15, 0.13, 0.11};
        String[] head = {m.get("passport.col.indicator"), m.get("passport.col.year"), passport.shortName(),
                m.get("passport.col.national"), m.get("passport.col.rank"), m.get("passport.col.source")};
        double size = 10.5;
        List<List<String>> headLines = new ArrayList<>();
        int headRows = 1;
        for (int c = 0; c < head.length; c++) {
            List<String> l = wrap(s, head[c], size, true, cw[c] * w - 8);
            headLines.add(l);
            headRows = Math.max(headRows, l.size());
        }
        double hh = headRows * 13 + 8;
        s.fillRect(x, y, w, hh, HEAD_FILL);
        double cx = x;
        for (int c = 0; c < head.length; c++) {
            double ty = y + 4;
            for (String line : headLines.get(c)) {
                ty += 13;
                cellText(s, line, cx, cw[c] * w, ty, size, true, MapPainter.TEXT, c == 0 ? 0 : 1);
            }
            cx += cw[c] * w;
        }
        y += hh;
        for (RegionPassport.KeyFigure f : passport.figures()) {
            double nameW = cw[0] * w - 8;
            List<String> name = wrap(s, f.name(), 11, true, nameW);
            String unit = ", " + f.unit();
            double lastW = s.textWidth(name.getLast(), 11, true);
            boolean unitInline = lastW + s.textWidth(unit, 10, false) <= nameW;
            double rowH = (name.size() + (unitInline ? 0 : 1)) * 13 + 8;
            double ty = y + 2;
            for (String line : name) {
                ty += 13;
                s.text(line, x + 4, ty, 11, true, MapPainter.TEXT, 0, 0);
            }
            if (unitInline) s.text(unit, x + 4 + lastW, ty, 10, false, MapPainter.MUTED_TEXT, 0, 0);
            else s.text(f.unit(), x + 4, ty + 13, shrinkTo(s, f.unit(), 10, false, nameW), false, MapPainter.MUTED_TEXT, 0, 0);
            double vy = y + 2 + 13;
            String[] cells = {String.valueOf(f.year()), f.value(), f.national(), f.rankText(), numbers(f.sourceNumbers())};
            cx = x + cw[0] * w;
            for (int c = 0; c < cells.length; c++) {
                double cs = shrinkTo(s, cells[c], c == 1 ? 12 : 11, c == 1, cw[c + 1] * w - 8);
                cellText(s, cells[c], cx, cw[c + 1] * w, vy, cs, c == 1, c == 1 ? REGION_LINE_DARK : MapPainter.TEXT, 1);
                cx += cw[c + 1] * w;
            }
            y += rowH;
            s.line(x, y, x + w, y, RULE, 0.8);
        }
        return y;
    }

    private static final int REGION_LINE_DARK = 0xFF9C4400;

    private static void cellText(Surface s, String t, double x, double w, double baseline, double size, boolean bold, int argb, double align) {
        s.text(t, align == 0 ? x + 4 : x + w - 4, baseline, size, bold, argb, align, 0);
    }

    /** A label in bold and its value wrapped below; returns the y below. */
    private static double field(Surface s, String label, String value, double x, double y, double w) {
        y += 12;
        s.text(label, x, y, 10.5, false, MapPainter.MUTED_TEXT, 0, 0);
        for (String line : wrap(s, value, 12, true, w)) {
            y += 15;
            s.text(line, x, y, 12, true, MapPainter.TEXT, 0, 0);
        }
        return y + 10;
    }

    private static void swatch(Surface s, double x, double y, int argb, String label, double w) {
        s.fillRect(x, y, 14, 12, argb);
        s.strokeRect(x, y, 14, 12, 0xFF9AA5B1, 0.8);
        s.text(label, x + 20, y + 10.5, shrinkTo(s, label, 10.5, false, w - 20), false, MapPainter.TEXT, 0, 0);
    }

    /** Charts are painted for a picture 1/{@value #CHART_SCALE} larger and scaled down: the chart painter's frame is made for slides. */
    static final double CHART_SCALE = 0.75;

    /**
     * The four trend charts, two per row (one chart of two panels each, sharing its key), each panel's
     * title wrapped above it with its source numbers; returns the y below.
     */
    static double trends(Surface s, RegionPassport passport, double x, double y, double w, double rowH) {
        List<RegionPassport.Trend> trends = passport.trends();
        double k = CHART_SCALE, cw = w / k;
        // the chart painter's geometry: pad 16, gap 24 between panels
        double panelW = (cw - 32 - 24) / 2;
        for (int row = 0; row * 2 < trends.size(); row++) {
            List<RegionPassport.Trend> pair = trends.subList(row * 2, Math.min(trends.size(), row * 2 + 2));
            List<List<String>> titles = new ArrayList<>();
            int lines = 1;
            for (RegionPassport.Trend t : pair) {
                List<String> l = wrap(s, t.title() + sourceMarks(t.sourceNumbers()), 10.5, true, panelW * k);
                titles.add(l);
                lines = Math.max(lines, l.size());
            }
            for (int i = 0; i < pair.size(); i++) {
                double tx = x + (16 + i * (panelW + 24)) * k, ty = y;
                for (String line : titles.get(i)) {
                    ty += 12.5;
                    s.text(line, tx, ty, 10.5, true, MapPainter.TEXT, 0, 0);
                }
            }
            y += lines * 12.5 + 5;
            chart(passport, pair).paint(new OffsetSurface(s, x, y, k), cw, rowH / k);
            y += rowH + 4;
        }
        return y;
    }

    /** The trend grid alone, as a picture (the slide's chart). */
    public static Picture trendsPicture(RegionPassport passport) {
        return (s, width, height) -> {
            s.fillRect(0, 0, width, height, 0xFFFFFFFF);
            trends(s, passport, 8, 4, width - 16, (height - 8 - 2 * 30) / 2);
        };
    }

    /** One chart of up to two panels; the key names the first panel's lines (the region, then Kazakhstan). */
    private static LineChart chart(RegionPassport passport, List<RegionPassport.Trend> pair) {
        List<LineChart.Panel> panels = new ArrayList<>();
        String national = Messages.of(passport.lang()).get("passport.national");
        // the key is drawn from the first panel: put the panel with a national line first when there is one
        List<RegionPassport.Trend> order = new ArrayList<>(pair);
        for (RegionPassport.Trend t : order) {
            List<LineChart.Series> series = new ArrayList<>();
            series.add(new LineChart.Series(passport.shortName(), REGION_LINE, t.years(), t.region()));
            if (t.hasNational()) series.add(new LineChart.Series(national, NATIONAL_LINE, t.years(), t.national()));
            panels.add(new LineChart.Panel("", series, t.decimals()));
        }
        return new LineChart(null, null, panels, null, passport.lang());
    }

    static String numbers(List<Integer> nums) {
        StringBuilder b = new StringBuilder();
        for (int n : nums) {
            if (!b.isEmpty()) b.append(", ");
            b.append(n);
        }
        return b.toString();
    }

    private static String sourceMarks(List<Integer> nums) {
        return nums.isEmpty() ? "" : " [" + numbers(nums) + "]";
    }

    /** The largest size ≤ size at which the text fits the width (not below 6 px). */
    private static double shrinkTo(Surface s, String t, double size, boolean bold, double w) {
        while (size > 6 && s.textWidth(t, size, bold) > w) size -= 0.25;
        return size;
    }

    /** Lines no wider than w: at spaces, and inside a word longer than a line (long file paths in sources). */
    static List<String> wrap(Surface s, String text, double size, boolean bold, double w) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String tryLine = line.isEmpty() ? word : line + " " + word;
                if (s.textWidth(tryLine, size, bold) <= w) {
                    line = new StringBuilder(tryLine);
                    continue;
                }
                if (!line.isEmpty()) out.add(line.toString());
                line = new StringBuilder();
                String rest = word;
                while (s.textWidth(rest, size, bold) > w && rest.length() > 1) {
                    int k = rest.length() - 1;
                    while (k > 1 && s.textWidth(rest.substring(0, k), size, bold) > w) k--;
                    out.add(rest.substring(0, k));
                    rest = rest.substring(k);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }
}
