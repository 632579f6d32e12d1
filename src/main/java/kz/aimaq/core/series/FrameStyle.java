package kz.aimaq.core.series;

import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.map.MapFrame;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.render.MapScene;

/**
 * How every map of a series is framed: which elements show ({@code flags}: legend, scale bar,
 * north arrow, source, attribution, date, labels) and, when the user gave them, one title and
 * subtitle for all maps; otherwise each map keeps its own from {@link MapModel#frame()}
 * ("GRP per capita, 2015", the unit). The same framing as {@code render} of one year.
 */
public record FrameStyle(SnapshotLayout flags, String title, String subtitle) {

    /** Every element on, each map's own title and subtitle. */
    public static FrameStyle defaults() { return new FrameStyle(SnapshotLayout.of(null, null), null, null); }

    /** The framed scene of one map. */
    public MapScene scene(MapModel model) {
        MapFrame f = model.frame();
        SnapshotLayout l = flags.withTitle(title != null ? title : f.title()).withSubtitle(subtitle != null ? subtitle : f.subtitle());
        return l.apply(model.draw().scene(), f.attribution(), model.lang());
    }
}
