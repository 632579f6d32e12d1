package kz.aimaq.core.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static kz.aimaq.core.geo.ShapefileFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link RegionLayers#load(Path)}: files the user picks, level and code field worked out. */
class UserLayerTest {
    @TempDir Path dir;

    static final Path BOUNDARIES = Path.of(System.getProperty("aimaq.shared", "../shared"), "data/boundaries");

    @Test
    void osmGeoJsonIsMatchedToCodesByName() throws IOException {
        // Picked by the user: no code field, so oblasts are matched by name (cheap check, no build).
        Path file = BOUNDARIES.resolve("osm-boundaries/OSMB-KZ_adm_4.geojson");
        LayerConfig detected = RegionLayers.detect(RegionLayers.read(file));
        assertEquals(MapLevel.OBLAST, detected.level());
        assertNull(detected.codeField());
        assertTrue(detected.nameFields().values().containsAll(List.of("local_name", "name_en")));

        // Built from its bundled configuration (same matching, plus the ODbL credit).
        RegionLayer osm = RegionLayers.load(LayerConfig.bundled("maps/oblasts-osm.json"));
        assertEquals(20, osm.size()); // the admin_level 2 country is left out
        assertEquals("Алматы қаласы", osm.byCode("75").orElseThrow().nameKk()); // "Almaty", the city
        assertEquals("Алматы облысы", osm.byCode("19").orElseThrow().nameKk()); // "Almaty Region"
        // README: OSM's Mangystau reaches into the Caspian, 184,202 km² vs 166,211 in geokz.
        assertEquals(184_202, osm.byCode("47").orElseThrow().areaKm2(), 184_202 * 0.002);
        assertTrue(osm.attribution().contains("© OpenStreetMap contributors"), osm.attribution());
        // README: IoU with geokz is 0.96-1.00 inland; Karaganda's areas agree within 2%.
        double karaganda = RegionLayers.load(MapLevel.OBLAST).byCode("35").orElseThrow().areaKm2();
        assertEquals(karaganda, osm.byCode("35").orElseThrow().areaKm2(), karaganda * 0.02);
    }

    @Test
    void geokzFilesPickedByHandGetTheirLevelFromTheCodes() throws IOException {
        RegionLayer adm1 = RegionLayers.load(BOUNDARIES.resolve("geokz/kaz_admbnda_adm1_2018.shp"));
        assertEquals(MapLevel.OBLAST, adm1.level());
        assertEquals(17, adm1.size());
        assertTrue(adm1.byCode("33").isEmpty()); // Zhetisu did not exist before 2022

        RegionLayer adm2 = RegionLayers.load(BOUNDARIES.resolve("geokz/kaz_admbnda_adm2_2024.shp"));
        assertEquals(MapLevel.DISTRICT, adm2.level());
        assertEquals(224, adm2.size());
        assertEquals("Аршалинский", adm2.byCode("113400000").orElseThrow().nameRu());
    }

    @Test
    void isoCodesInAShapefileAreEnough() throws IOException {
        Path base = dir.resolve("iso");
        writeShapes(base, 5, List.of(parts(square(70, 45, 1, false)), parts(square(71, 45, 1, false))));
        Path dbf = dir.resolve("iso.dbf");
        try (var out = Files.newOutputStream(dbf);
             var w = new com.linuxense.javadbf.DBFWriter(out, StandardCharsets.UTF_8)) {
            w.setFields(new com.linuxense.javadbf.DBFField[]{
                    new com.linuxense.javadbf.DBFField("ISO", com.linuxense.javadbf.DBFDataType.CHARACTER, 6)});
            w.addRecord(new Object[]{"KZ-31"});
            w.addRecord(new Object[]{"KZ-79"});
        }
        RegionLayer layer = RegionLayers.load(dir.resolve("iso.shp"));
        assertEquals(List.of("31", "79"), layer.regions().stream().map(MapRegion::code).toList());
        assertEquals("город Шымкент", layer.byCode("79").orElseThrow().nameRu());
    }

    @Test
    void fileWithoutCodesOrKnownNamesIsRefusedWithTheReason() throws IOException {
        Path base = dir.resolve("south");
        writeShapes(base, 5, List.of(parts(square(70, 45, 1, false))));
        writeDbf(base, StandardCharsets.UTF_8, 0, "Atlantis");
        Path shp = dir.resolve("south.shp");
        Files.writeString(dir.resolve("plain.geojson"), """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"title":"x"},
                 "geometry":{"type":"Polygon","coordinates":[[[70,45],[71,45],[71,46],[70,45]]]}}]}""");
        GeoReadException e = assertThrows(GeoReadException.class, () -> RegionLayers.load(dir.resolve("plain.geojson")));
        assertTrue(e.getMessage().contains("no region code field found"), e.getMessage());
        assertTrue(e.getMessage().contains("[title]"), e.getMessage());

        Files.writeString(dir.resolve("names.geojson"), """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Atlantis"},
                 "geometry":{"type":"Polygon","coordinates":[[[70,45],[71,45],[71,46],[70,45]]]}}]}""");
        e = assertThrows(GeoReadException.class, () -> RegionLayers.load(dir.resolve("names.geojson")));
        assertTrue(e.getMessage().contains("could not be matched") && e.getMessage().contains("Atlantis"), e.getMessage());

        // A shapefile with KATO codes loads even for historical units: 510000000 (South Kazakhstan, before 2018): kept with its code.
        RegionLayer old = RegionLayers.load(shp);
        assertEquals("51", old.regions().getFirst().code());

        e = assertThrows(GeoReadException.class, () -> RegionLayers.load(dir.resolve("south.dbf")));
        assertTrue(e.getMessage().contains("choose a shapefile"), e.getMessage());
    }

    /**
     * A file opened before comes from the layer cache without being read: with its bytes spoiled
     * but its size and time kept it still opens, the same; once its time changes it is read
     * afresh and refused.
     */
    @Test
    void aFileOpenedBeforeIsNotReadAgainUntilItChanges() throws IOException {
        Path src = BOUNDARIES.resolve("geokz/kaz_admbnda_adm1_2024.shp");
        for (String ext : new String[]{".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
            Path from = src.resolveSibling(src.getFileName().toString().replace(".shp", ext));
            if (Files.exists(from)) Files.copy(from, dir.resolve("oblasts" + ext));
        }
        Path shp = dir.resolve("oblasts.shp");
        RegionLayer first = RegionLayers.load(shp);
        assertEquals(20, first.size());

        var time = Files.getLastModifiedTime(shp);
        Files.write(shp, new byte[(int) Files.size(shp)]);
        Files.setLastModifiedTime(shp, time);
        RegionLayer again = RegionLayers.load(shp);
        assertEquals(20, again.size());
        assertTrue(first.byCode("43").orElseThrow().projected().equalsExact(again.byCode("43").orElseThrow().projected()));

        Files.setLastModifiedTime(shp, java.nio.file.attribute.FileTime.fromMillis(time.toMillis() + 5000));
        assertThrows(GeoReadException.class, () -> RegionLayers.load(shp));
    }
}
