package kz.aimaq.core.map;

import kz.aimaq.core.group.*;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.render.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GroupOverlayTest {

    private static RegionLayer layer;
    private static PreparedLayer prepared;
    private static Choropleth choropleth;

    @BeforeAll
    static void load() throws Exception {
        layer = RegionLayers.load(MapLevel.OBLAST);
        prepared = new PreparedLayer(layer);
        IndicatorData data = IndicatorData.bundled();
        choropleth = ChoroplethScenes.build(data, prepared, data.catalog().require("grp_per_capita"), 2024,
                ChoroplethSpec.defaults("en").withLabels(false));
    }

    private static MapScene apply(MapOverlay.Groups g, String lang) {
        return g.fills() ? GroupOverlay.fills(choropleth.scene(), g.grouping(), g.dissolved(), lang)
                : GroupOverlay.outlines(choropleth.scene(), g.dissolved(), lang);
    }

    @Test
    void outlinesAddOneLabelledBorderPerGroupAndKeepTheChoropleth() {
        MapScene s = apply(GroupOverlay.overlay(layer, Groupings.preset("five-plus-cities"), GroupOverlay.Mode.OUTLINES), "ru");
        assertEquals(6, s.outlines().size());
        assertEquals(List.of("Север", "Центр", "Восток", "Запад", "Юг", "Города"), s.outlines().stream().map(MapScene.Outline::label).toList());
        assertEquals(choropleth.scene().areas(), s.areas(), "region fills untouched");
        assertSame(choropleth.scene().legend(), s.legend());
    }

    @Test
    void fillsColourWholeGroupsWithAGroupLegend() {
        Grouping five = Groupings.preset("five");
        MapScene s = apply(GroupOverlay.overlay(layer, five, GroupOverlay.Mode.FILLS), "en");
        MapScene.Area astana = s.areas().stream().filter(a -> a.code().equals("71")).findFirst().orElseThrow();
        assertEquals(0xFF8da0cb, astana.fillArgb(), "Astana in North's colour");
        // drawn last-on-top, so stored in reverse: the legend reads North, Central, East, West, South
        assertEquals(List.of("South", "West", "East", "Central", "North"), s.legend().entries().stream().map(LegendBlock.Entry::label).toList());
        assertEquals(List.of(7, 4, 2, 2, 5), s.legend().entries().stream().map(LegendBlock.Entry::count).toList());
        assertNull(s.legend().noData(), "no ungrouped entry when every region has a group");
    }

    @Test
    void theRenderedMapShowsTheGroupColour() {
        MapScene s = apply(GroupOverlay.overlay(layer, Groupings.preset("five"), GroupOverlay.Mode.FILLS), "en");
        int w = 1600, h = 1000;
        BufferedImage img = PngExporter.render(s, w, h);
        Viewport v = new MapPainter().fitViewport(s, w, h);
        // Kostanay's label anchor lies inside North, far from any group border: plain North fill
        Coordinate inside = prepared.anchor("39");
        int rgb = img.getRGB((int) Math.round(v.toDeviceX(inside.x)), (int) Math.round(v.toDeviceY(inside.y))) & 0xFFFFFF;
        assertEquals(Integer.toHexString(0x8da0cb), Integer.toHexString(rgb));
    }
}
