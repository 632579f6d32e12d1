package kz.aimaq.core.render;

import kz.aimaq.core.classify.Classification;
import kz.aimaq.core.classify.Legend;
import kz.aimaq.core.classify.Palette;

import java.util.Map;

/**
 * A choropleth ready to draw: the scene plus what produced it (values, classification,
 * palette, legend), which the region panel, exports and tests read.
 *
 * @param values region code → value on today's territory (regions without data absent)
 */
public record Choropleth(MapScene scene, Map<String, Double> values, Classification classification,
                         Palette palette, Legend legend) {

    /** The fill of a region as drawn (0xAARRGGBB), 0 when it has no data. */
    public int fillOf(String code) {
        for (MapScene.Area a : scene.areas()) if (a.code().equals(code)) return a.fillArgb();
        return 0;
    }
}
