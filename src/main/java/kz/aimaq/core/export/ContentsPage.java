package kz.aimaq.core.export;

import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.Picture;
import kz.aimaq.core.render.Surface;

import java.util.List;

/**
 * An atlas's contents page: the title, then each region's name with a dotted leader to its page
 * number ({@code firstPage} for the first name, one page each).
 */
record ContentsPage(String title, String heading, List<String> names, int firstPage, String lang) implements Picture {

    @Override public void paint(Surface s, double width, double height) {
        double m = 60, w = width - 2 * m;
        s.fillRect(0, 0, width, height, 0xFFFFFFFF);
        double y = 110;
        double size = 30;
        while (size > 16 && s.textWidth(title, size, true) > w) size -= 1;
        s.text(title, m, y, size, true, MapPainter.TEXT, 0, 0);
        y += 28;
        s.text(Today.text() + " · Aimaq", m, y, 12, false,
                MapPainter.MUTED_TEXT, 0, 0);
        y += 50;
        s.text(heading, m, y, 18, true, MapPainter.TEXT, 0, 0);
        y += 14;
        double row = Math.min(40, (height - y - 80) / Math.max(1, names.size()));
        for (int i = 0; i < names.size(); i++) {
            y += row;
            String num = String.valueOf(firstPage + i);
            double fs = 14;
            double numW = s.textWidth(num, fs, false);
            while (fs > 8 && s.textWidth(names.get(i), fs, false) > w - numW - 40) fs -= 0.5;
            s.text(names.get(i), m, y, fs, false, MapPainter.TEXT, 0, 0);
            double start = m + s.textWidth(names.get(i), fs, false) + 8, end = m + w - numW - 8;
            for (double x = start; x < end; x += 6) s.fillRect(x, y - 2, 1.4, 1.4, 0xFF9AA5B1);
            s.text(num, m + w, y, 14, false, MapPainter.TEXT, 1, 0);
        }
    }
}
