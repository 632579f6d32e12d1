package kz.aimaq.core.export;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.map.MapScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A large PNG painted in bands on several threads has exactly the pixels of one painting. */
class PngExporterTest {
    @Test
    void bandsPaintTheSamePixelsAsOnePainting() throws Exception {
        IndicatorData data = IndicatorData.bundled();
        for (MapLevel level : MapLevel.values()) {
            PreparedLayer layer = new PreparedLayer(RegionLayers.load(level));
            String id = level == MapLevel.OBLAST ? "grp_per_capita" : "area_km2";
            ChoroplethSpec spec = ChoroplethSpec.defaults("kk").withMethod(ClassificationMethod.QUANTILE).withClasses(5);
            MapModel model = new MapModel(layer, MapScenes.indicator(data, layer, data.catalog().require(id), 2024, spec),
                    List.of(), spec, "kk");
            MapScene scene = model.draw().scene();
            assertTrue(PngExporter.bands(3840, 2160) >= Math.min(2, Runtime.getRuntime().availableProcessors()));
            BufferedImage banded = PngExporter.render(scene, 3840, 2160);
            BufferedImage whole;
            System.setProperty("aimaq.png.oneBand", "true");
            try {
                assertEquals(1, PngExporter.bands(3840, 2160));
                whole = PngExporter.render(scene, 3840, 2160);
            } finally {
                System.clearProperty("aimaq.png.oneBand");
            }
            int[] a = banded.getRGB(0, 0, 3840, 2160, null, 0, 3840), b = whole.getRGB(0, 0, 3840, 2160, null, 0, 3840);
            int differing = 0, first = -1;
            for (int i = 0; i < a.length; i++) if (a[i] != b[i]) { differing++; if (first < 0) first = i; }
            assertEquals(0, differing, level + ": first difference at x=" + (first % 3840) + " y=" + (first / 3840));
        }
    }
}
