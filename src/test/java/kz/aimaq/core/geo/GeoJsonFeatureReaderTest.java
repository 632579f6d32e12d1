package kz.aimaq.core.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class GeoJsonFeatureReaderTest {
    @TempDir Path dir;

    @Test
    void readsTheOsmExport() throws IOException {
        Path file = Path.of(System.getProperty("aimaq.shared", "../shared"), "data/boundaries/osm-boundaries/OSMB-KZ_adm_4.geojson");
        VectorLayer layer = new GeoJsonFeatureReader().read(file);
        assertEquals(21, layer.size()); // README: 20 regions + the country
        assertTrue(layer.fields().containsAll(java.util.List.of("osm_id", "admin_level", "name_en", "local_name")));
        assertEquals(131_590, layer.features().stream().mapToInt(f -> f.geometry().getNumPoints()).sum());
        Feature abai = layer.features().stream().filter(f -> f.text("osm_id").equals("-14243026")).findFirst().orElseThrow();
        assertEquals("Абай облысы", abai.text("local_name"));
        assertEquals(4L, abai.attributes().get("admin_level"));
        assertTrue(layer.features().stream().allMatch(f -> f.geometry() instanceof Polygon || f.geometry() instanceof MultiPolygon));
    }

    @Test
    void propertiesKeepTheirTypesAndNullGeometriesAreAllowed() throws IOException {
        Path f = dir.resolve("t.geojson");
        Files.writeString(f, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"kato":"100000000","v":1.5,"n":3,"ok":true,"none":null},
                  "geometry":{"type":"Point","coordinates":[80.2,50.4]}},
                 {"type":"Feature","properties":{"kato":"110000000"},"geometry":null}]}""");
        VectorLayer layer = new GeoJsonFeatureReader().read(f);
        Feature a = layer.features().getFirst();
        assertEquals(1.5, a.attributes().get("v"));
        assertEquals(3L, a.attributes().get("n"));
        assertEquals(true, a.attributes().get("ok"));
        assertEquals("", a.text("none"));
        assertEquals(80.2, a.geometry().getCoordinate().x);
        assertNull(layer.features().get(1).geometry());
        assertEquals(java.util.List.of("kato", "v", "n", "ok", "none"), layer.fields());
    }

    @Test
    void brokenJsonNamesTheLine() throws IOException {
        Path f = dir.resolve("bad.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\n\"features\":[ {\"type\": }\n]}");
        GeoReadException e = assertThrows(GeoReadException.class, () -> new GeoJsonFeatureReader().read(f));
        assertTrue(e.getMessage().startsWith("bad.geojson: not valid JSON at line 2"), e.getMessage());

        Files.writeString(f, "{\"type\":\"Topology\"}");
        e = assertThrows(GeoReadException.class, () -> new GeoJsonFeatureReader().read(f));
        assertTrue(e.getMessage().contains("not a GeoJSON FeatureCollection"), e.getMessage());
    }
}
