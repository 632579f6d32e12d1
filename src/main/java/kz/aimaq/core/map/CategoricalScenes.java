package kz.aimaq.core.map;

import kz.aimaq.core.render.LegendBlock;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;

import kz.aimaq.core.analysis.CategoricalMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Recolours a scene by categories (region types, LISA clusters) with a categorical legend;
 * regions without a category are drawn as no data. Outlines and labels stay as they were.
 */
public final class CategoricalScenes {
    private CategoricalScenes() {}

    public static MapScene apply(MapScene scene, CategoricalMap categories, String noDataLabel) {
        List<MapScene.Area> areas = new ArrayList<>();
        int noData = 0;
        for (MapScene.Area a : scene.areas()) {
            int fill = categories.colorOf(a.code()).map(CategoricalScenes::argb).orElse(0);
            if (fill == 0) noData++;
            String tip = a.tooltip() == null ? null : a.tooltip().lines().findFirst().orElse("") + "\n" + categories.title() + ": "
                    + categories.category(categories.classes().getOrDefault(a.code(), Integer.MIN_VALUE))
                    .map(CategoricalMap.Category::label).orElse(noDataLabel);
            areas.add(a.withFill(fill).withTooltip(tip));
        }
        List<LegendBlock.Entry> entries = new ArrayList<>();
        // the painter lists entries top-down from the last: reverse so the first category is on top
        for (CategoricalMap.Category c : categories.categories().reversed()) entries.add(new LegendBlock.Entry(argb(c.color()), c.label(), c.count()));
        LegendBlock legend = new LegendBlock(categories.title(), null, entries,
                noData > 0 ? new LegendBlock.Entry(MapPainter.NO_DATA_FILL, noDataLabel, noData) : null, false, null);
        return new MapScene(areas, scene.outlines(), legend, scene.decorations(), scene.worldBounds(),
                scene.highlightedCode(), scene.selectedCode());
    }

    static int argb(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        return 0xFF000000 | Integer.parseInt(h, 16);
    }
}
