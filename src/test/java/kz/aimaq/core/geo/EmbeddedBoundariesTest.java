package kz.aimaq.core.geo;

import kz.aimaq.core.data.Resources;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The embedded simplified boundaries: complete, an exact coverage, true areas, attributed, small (issue 14). */
class EmbeddedBoundariesTest {

    private static RegionLayer embedded(LayerConfig config) throws IOException {
        return EmbeddedBoundaries.load(config, EmbeddedBoundaries.resourceFor(config).orElseThrow());
    }

    @Test
    void theRegionsAndDistrictsOf2024AreAllThereAndShareTheirBorders() throws IOException {
        for (var e : Map.of(MapLevel.OBLAST, 20, MapLevel.DISTRICT, 224).entrySet()) {
            RegionLayer layer = embedded(LayerConfig.bundled(e.getKey()));
            assertEquals(e.getValue(), layer.size(), e.getKey().toString());
            assertNull(layer.source(), "the app's own layer, not a user's file");
            Geometry[] g = layer.regions().stream().map(MapRegion::projected).toArray(Geometry[]::new);
            for (Geometry bad : CoverageValidator.validate(g)) assertTrue(bad == null || bad.isEmpty(), "shared borders stay shared");
            assertTrue(layer.attribution().contains("geokz") && layer.attribution().contains("CC BY 4.0")
                    && layer.attribution().contains("simplified"), layer.attribution());
        }
    }

    @Test
    void areasAreTheFullResolutionOnes() throws IOException {
        LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
        RegionLayer simple = embedded(config);
        if (RegionLayers.fullResolution(config).isEmpty()) return; // CI without ../shared: nothing to compare with
        RegionLayer full = RegionLayers.load(MapLevel.OBLAST);
        for (MapRegion r : full.regions()) {
            MapRegion s = simple.byCode(r.code()).orElseThrow();
            assertEquals(r.areaKm2(), s.areaKm2(), 0.01, r.code());
            // and the outline is close: under 1 % of an oblast's area moves, under 3 % of a city's
            assertEquals(r.projected().getArea(), s.projected().getArea(), 0.03 * r.projected().getArea(), r.code());
            if (r.areaKm2() > 10_000) assertEquals(r.projected().getArea(), s.projected().getArea(), 0.01 * r.projected().getArea(), r.code());
        }
    }

    @Test
    void the17RegionsOf2018AreEmbeddedToo() throws IOException {
        LayerConfig y2018 = new LayerConfig("oblasts-2018", MapLevel.OBLAST, "data/boundaries/geokz/kaz_admbnda_adm1_2018.shp",
                "KATO", Map.of(), "", Map.of());
        RegionLayer layer = embedded(y2018);
        assertEquals(17, layer.size());
        assertTrue(layer.byCode("51").isPresent() || layer.byCode("61").isPresent(), "South Kazakhstan of 2018");
    }

    @Test
    void theFilesAreSmallAndCarryTheLicence() throws IOException {
        long total = 0;
        for (String stem : EmbeddedBoundaries.LAYERS.keySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(EmbeddedBoundaries.FOLDER + stem + ".geojson")) {
                byte[] b = in.readAllBytes();
                total += b.length;
                String head = new String(b, 0, 1500, StandardCharsets.UTF_8);
                assertTrue(head.contains("CC BY 4.0") && head.contains("Alexander Rodionov"), head);
            }
        }
        assertTrue(total < 3_000_000, total + " bytes");
    }

    @Test
    void aSharedFolderWithoutTheFileFallsBackToo() throws IOException {
        LayerConfig missing = new LayerConfig("oblasts-2024", MapLevel.OBLAST, "data/boundaries/geokz-moved/kaz_admbnda_adm1_2024.shp",
                "KATO", Map.of(), "", Map.of());
        assertEquals(20, RegionLayers.load(missing).size());
        assertTrue(Resources.sharedCandidates().size() > 0);
    }
}
