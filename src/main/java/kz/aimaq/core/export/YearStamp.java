package kz.aimaq.core.export;

import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Picture;
import kz.aimaq.core.render.Surface;
import kz.aimaq.core.render.Viewport;

/**
 * A frame of an animation: the map scene drawn by the one painter (title, legend, scale bar,
 * source and attribution as in {@code render}), plus the year in large type, so a viewer who
 * looks up mid-loop knows at once which year is showing.
 *
 * <p>The year sits at the right of the title band, where the title (left-aligned) leaves room;
 * when a long title leaves no room at that size the year shrinks down to twice the title's
 * size, and when even that does not fit it goes under the title band at the map's top left.
 * A fixed {@code viewport} keeps the country in the same place in every frame (a legend with
 * a "no data" line in some years would otherwise move the map); null fits each frame alone.
 */
public final class YearStamp {
    private YearStamp() {}

    /** Text size of the year in the painter's UI units (the title is 24). */
    static final double YEAR_SIZE = 60, MIN_SIZE = 48;

    public static Picture of(MapScene scene, int year, Viewport viewport) {
        String text = Integer.toString(year);
        return (s, w, h) -> {
            MapPainter painter = new MapPainter();
            painter.paint(scene, s, w, h, viewport);
            MapPainter.Layout l = painter.layout(scene, w, h);
            double[] at = place(scene, s, w, l, text);
            s.text(text, at[0], at[1], at[2], true, MapPainter.TEXT, 1, 0);
        };
    }

    /** {x (right edge), baseline y, size} of the year on a picture {@code w} wide. */
    static double[] place(MapScene scene, Surface s, double w, MapPainter.Layout l, String text) {
        double ui = l.ui(), pad = 16 * ui, gap = 24 * ui;
        String title = scene.decorations().title();
        double titleW = title == null || title.isBlank() ? 0 : s.textWidth(title, 24 * ui, true);
        double baseline = Math.max(l.titleH() - 10 * ui, 62 * ui);
        for (double size = YEAR_SIZE; size >= MIN_SIZE; size -= 4) {
            double yearW = s.textWidth(text, size * ui, true);
            if (pad + titleW + gap + yearW <= w - pad) return new double[]{w - pad, baseline, size * ui};
        }
        double size = MIN_SIZE * ui;
        return new double[]{pad + s.textWidth(text, size, true), l.mapY() + size, size};
    }
}
