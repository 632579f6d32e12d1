package kz.aimaq.core.map;

import kz.aimaq.core.group.*;

import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.LegendBlock;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.RingSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts macro-regions on a map scene, in one of two ways the planner chooses:
 * {@link Mode#OUTLINES} draws each group's dissolved border with its name over the choropleth;
 * {@link Mode#FILLS} colours whole groups (every region in its group's colour, ungrouped grey)
 * with the same outlines and a legend of the groups instead of the choropleth's.
 *
 * <p>{@link #overlay} dissolves the groups once and returns the typed overlay that a map layer
 * carries; {@link MapScenes} applies it on every redraw without dissolving again.
 */
public final class GroupOverlay {
    private GroupOverlay() {}

    public enum Mode { OUTLINES, FILLS }

    /** Outline width in the painter's units (it adds a white halo beneath). */
    public static final double OUTLINE_WIDTH = 2.5;

    /** The overlay for the map: dissolves {@code grouping} over {@code layer} now. */
    public static MapOverlay.Groups overlay(RegionLayer layer, Grouping grouping, Mode mode) {
        return new MapOverlay.Groups(grouping, GroupDissolver.dissolve(layer, grouping), mode == Mode.FILLS);
    }

    /** The scene with each group's border and name added (existing outlines kept). */
    public static MapScene outlines(MapScene scene, List<DissolvedGroup> groups, String lang) {
        List<MapScene.Outline> outlines = new ArrayList<>(scene.outlines());
        for (DissolvedGroup d : groups) {
            if (d.projected().isEmpty()) continue;
            outlines.add(new MapScene.Outline("group:" + d.group().id(), RingSet.of(d.projected()),
                    darker(argb(d.group().color())), OUTLINE_WIDTH, d.group().name(lang),
                    d.labelPoint().getX(), d.labelPoint().getY()));
        }
        return new MapScene(scene.areas(), outlines, scene.legend(), scene.decorations(), scene.worldBounds(),
                scene.highlightedCode(), scene.selectedCode());
    }

    /** Regions filled with their group's colour, group outlines, and a legend of the groups. */
    public static MapScene fills(MapScene scene, Grouping grouping, List<DissolvedGroup> groups, String lang) {
        kz.aimaq.core.i18n.Messages m = kz.aimaq.core.i18n.Messages.of(lang);
        Map<String, Group> byRegion = grouping.groups().stream()
                .flatMap(g -> g.members().stream().map(k -> Map.entry(k, g)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<MapScene.Area> areas = new ArrayList<>();
        int ungrouped = 0;
        for (MapScene.Area a : scene.areas()) {
            // district codes are nine digits; their oblast is the first two
            Group g = byRegion.get(a.code().length() > 2 ? a.code().substring(0, 2) : a.code());
            if (g == null) ungrouped++;
            int fill = argb(g == null ? GroupPalette.UNGROUPED : g.color());
            areas.add(a.withFill(fill));
        }
        // legends list classes lowest first and draw the last on top; groups have no order but their
        // own, so they go in reversed to read top-down as in the panel
        List<LegendBlock.Entry> entries = new ArrayList<>();
        for (Group g : grouping.groups().reversed()) entries.add(new LegendBlock.Entry(argb(g.color()), g.name(lang), g.members().size()));
        LegendBlock.Entry none = ungrouped == 0 ? null
                : new LegendBlock.Entry(argb(GroupPalette.UNGROUPED), m.get("legend.ungrouped"), -1);
        LegendBlock legend = new LegendBlock(MapScenes.groupingName(grouping, m), null, entries, none, false, null);
        MapScene filled = new MapScene(areas, scene.outlines(), legend, scene.decorations(), scene.worldBounds(),
                scene.highlightedCode(), scene.selectedCode());
        return outlines(filled, groups, lang);
    }

    static int argb(String hex) {
        return 0xFF000000 | Integer.parseInt(hex.substring(1), 16);
    }

    /** 35% darker, so a pastel Set2 border stays visible over light choropleth classes. */
    static int darker(int argb) {
        int r = (int) (((argb >> 16) & 0xFF) * 0.65), g = (int) (((argb >> 8) & 0xFF) * 0.65), b = (int) ((argb & 0xFF) * 0.65);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
