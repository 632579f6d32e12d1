package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.aimaq.core.data.importing.TableFile;
import kz.aimaq.core.data.importing.TableReader;
import kz.aimaq.core.geo.*;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygonal;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** {@code aimaq export-layer}: layers QGIS opens, read back with the project's own readers. */
class ExportLayerCommandTest {
    @TempDir Path dir;

    /** kato → value as {@code aimaq table} prints it (regions only, not the national row). */
    private static Map<String, Double> tableValues(String year) throws Exception {
        CliRun r = CliRun.of("table", "--indicator", "grp_per_capita", "--year", year);
        assertEquals(0, r.code(), r.err());
        Map<String, Double> out = new LinkedHashMap<>();
        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(r.out()))) {
            if (!rec.get("kato").equals("00") && !rec.get("value").isEmpty()) out.put(rec.get("kato"), Double.parseDouble(rec.get("value")));
        }
        return out;
    }

    private Path export(String name, String... extra) {
        Path f = dir.resolve(name);
        List<String> argv = new ArrayList<>(List.of("export-layer", "--indicator", "grp_per_capita", "--year", "2024", "--out", f.toString()));
        argv.addAll(List.of(extra));
        CliRun r = CliRun.of(argv.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.endsWith(name)), r.out());
        return f;
    }

    @Test
    void geoPackageRoundTripHas20PolygonsWithTheTableValues() throws Exception {
        Path gpkg = export("r.gpkg", "--grouping", "five");
        VectorLayer layer = new GeoPackageReader().read(gpkg);
        assertEquals(20, layer.size());
        assertEquals(List.of("kato", "name_kk", "name_ru", "name_en", "value", "class", "colour", "macro_region"), layer.fields());
        Map<String, Double> expected = tableValues("2024");
        assertEquals(20, expected.size());
        for (Feature f : layer.features()) {
            assertInstanceOf(Polygonal.class, f.geometry());
            String kato = f.text("kato");
            assertEquals(expected.get(kato), (Double) f.attributes().get("value"), 0.0, kato);
            long cls = (Long) f.attributes().get("class");
            assertTrue(cls >= 1 && cls <= 5, "class " + cls);
            assertTrue(f.text("colour").matches("#[0-9a-f]{6}"));
            assertFalse(f.text("macro_region").isEmpty(), kato + " is in a macro-region of 'five'");
        }
        Feature almaty = layer.features().stream().filter(f -> f.text("kato").equals("75")).findFirst().orElseThrow();
        assertTrue(almaty.text("name_ru").contains("Алматы"), almaty.text("name_ru"));
        assertTrue(almaty.text("name_kk").contains("Алматы"), almaty.text("name_kk"));
        // the lon/lat of Kazakhstan
        var env = almaty.geometry().getEnvelopeInternal();
        assertTrue(env.getMinX() > 76 && env.getMaxX() < 78 && env.getMinY() > 43 && env.getMaxY() < 44, env.toString());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA application_id")) { r.next(); assertEquals(0x47504B47, r.getInt(1)); }
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) { r.next(); assertEquals(10300, r.getInt(1)); }
            try (ResultSet r = s.executeQuery("SELECT table_name, data_type, srs_id, min_x, max_x, min_y, max_y FROM gpkg_contents")) {
                assertTrue(r.next());
                assertEquals("grp_per_capita_2024", r.getString(1));
                assertEquals("features", r.getString(2));
                assertEquals(4326, r.getInt(3));
                assertEquals(46.49, r.getDouble(4), 0.01);   // Kazakhstan's extent in degrees
                assertEquals(87.31, r.getDouble(5), 0.01);
                assertEquals(40.59, r.getDouble(6), 0.01);
                assertEquals(55.43, r.getDouble(7), 0.01);
                assertFalse(r.next(), "one layer");
            }
            try (ResultSet r = s.executeQuery("SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns")) {
                assertTrue(r.next());
                assertEquals("geom", r.getString(1));
                assertEquals("MULTIPOLYGON", r.getString(2));
                assertEquals(4326, r.getInt(3));
            }
            List<Integer> srs = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id")) { while (r.next()) srs.add(r.getInt(1)); }
            assertEquals(List.of(-1, 0, 4326), srs);
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM grp_per_capita_2024")) { r.next(); assertEquals(20, r.getInt(1)); }
        }
    }

    @Test
    void aGeoPackageOpensAsABoundaryLayerThroughTheShapefileChecks() throws Exception {
        Path gpkg = export("open.gpkg");
        RegionLayer layer = RegionLayers.load(gpkg);
        assertEquals(MapLevel.OBLAST, layer.level());
        assertEquals(20, layer.size());
        assertTrue(layer.byCode("75").isPresent());
        // and the CLI's boundary reader refuses what is not a GeoPackage, with a message
        Path fake = dir.resolve("fake.gpkg");
        Files.writeString(fake, "kato,value\n10,1\n");
        GeoReadException e = assertThrows(GeoReadException.class, () -> RegionLayers.load(fake));
        assertTrue(e.getMessage().contains("not a GeoPackage"), e.getMessage());
    }

    @Test
    void shapefileRoundTripKeepsCyrillicNamesThroughTheCpg() throws Exception {
        Path shp = export("r.shp", "--grouping", "five", "--lang", "ru");
        for (String ext : List.of("shx", "dbf", "prj", "cpg", "qml")) {
            assertTrue(Files.exists(dir.resolve("r." + ext)), ext);
        }
        assertEquals("UTF-8", Files.readString(dir.resolve("r.cpg")));
        assertTrue(Files.readString(dir.resolve("r.prj")).startsWith("GEOGCS[\"GCS_WGS_1984\""));
        VectorLayer layer = new ShapefileReader().read(shp);
        assertEquals(20, layer.size());
        // (the project's dbf reader also lists JavaDBF's "deleted" flag)
        assertEquals(List.of("kato", "name_kk", "name_ru", "name_en", "value", "class", "colour", "macro_reg"),
                layer.fields().stream().filter(x -> !x.equals("deleted")).toList());
        Map<String, Double> expected = tableValues("2024");
        Set<String> groups = new TreeSet<>();
        for (Feature f : layer.features()) {
            assertInstanceOf(Polygonal.class, f.geometry());
            assertEquals(expected.get(f.text("kato")), Double.parseDouble(f.text("value")), 0.0, f.text("kato"));
            groups.add(f.text("macro_reg"));
        }
        assertEquals(Set.of("Восток", "Запад", "Север", "Центр", "Юг"), groups);
        Feature akmola = layer.features().stream().filter(f -> f.text("kato").equals("11")).findFirst().orElseThrow();
        assertEquals("Акмолинская область", akmola.text("name_ru"));
        assertEquals("Ақмола облысы", akmola.text("name_kk"));
        assertTrue(layer.findings().isEmpty(), layer.findings().toString());
        // and the shapefile opens as a boundary layer too
        assertEquals(20, RegionLayers.load(shp).size());
    }

    @Test
    void yearOnItsOwnTerritory() throws Exception {
        Path f = dir.resolve("r2016.geojson");
        CliRun r = CliRun.of("export-layer", "--indicator", "grp_per_capita", "--year", "2016", "--out", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode fc = new ObjectMapper().readTree(f.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertNull(fc.get("crs"), "RFC 7946 has no crs member");
        assertEquals(16, fc.get("features").size());
        Map<String, Double> expected = tableValues("2016");
        assertEquals(16, expected.size());
        for (JsonNode feat : fc.get("features")) {
            String kato = feat.get("properties").get("kato").asText();
            assertEquals(expected.get(kato), feat.get("properties").get("value").asDouble(), 0.0, kato);
        }
        assertTrue(expected.containsKey("51"), "South Kazakhstan undivided in 2016");
        assertEquals(16, new GeoJsonFeatureReader().read(f).size());
    }

    @Test
    void qmlHasTheBreaksAndColoursOfClassify() throws Exception {
        Path gpkg = export("style.gpkg", "--method", "jenks", "--classes", "5");
        Path qml = dir.resolve("style.qml");
        CliRun c = CliRun.of("classify", "--indicator", "grp_per_capita", "--year", "2024", "--method", "jenks", "--classes", "5");
        JsonNode cl = new ObjectMapper().readTree(c.out());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(qml.toFile());
        Element renderer = (Element) doc.getElementsByTagName("renderer-v2").item(0);
        assertEquals("graduatedSymbol", renderer.getAttribute("type"));
        assertEquals("value", renderer.getAttribute("attr"));
        NodeList ranges = doc.getElementsByTagName("range");
        assertEquals(cl.get("breaks").size(), ranges.getLength());
        for (int i = 0; i < ranges.getLength(); i++) {
            Element range = (Element) ranges.item(i);
            assertEquals(cl.get("breaks").get(i).asDouble(), Double.parseDouble(range.getAttribute("upper")), 0.0, "break " + i);
        }
        assertEquals(cl.get("min").asDouble(), Double.parseDouble(((Element) ranges.item(0)).getAttribute("lower")), 0.0);
        // each range's fill is the colour the layer gives the features of that class
        VectorLayer layer = new GeoPackageReader().read(gpkg);
        NodeList symbols = doc.getElementsByTagName("symbol");
        for (Feature f : layer.features()) {
            int cls = ((Long) f.attributes().get("class")).intValue();
            Element sym = (Element) symbols.item(cls - 1);
            NodeList options = sym.getElementsByTagName("Option");
            String rgba = null;
            for (int i = 0; i < options.getLength(); i++) {
                Element o = (Element) options.item(i);
                if (o.getAttribute("name").equals("color")) rgba = o.getAttribute("value");
            }
            String hex = f.text("colour");
            String expected = Integer.parseInt(hex.substring(1, 3), 16) + "," + Integer.parseInt(hex.substring(3, 5), 16) + ","
                    + Integer.parseInt(hex.substring(5, 7), 16) + ",255";
            assertEquals(expected, rgba, f.text("kato"));
        }
    }

    @Test
    void aGeoPackageAttributeTableImportsLikeACsv() throws Exception {
        Path gpkg = export("import.gpkg");
        TableFile t = TableReader.read(gpkg);
        assertEquals(List.of("grp_per_capita_2024"), t.sheetNames());
        var grid = t.sheets().getFirst();
        assertEquals("kato", grid.text(0, 0));
        assertEquals("value", grid.text(0, 4));
        assertEquals(21, grid.rowCount());
        CliRun check = CliRun.of("import-check", gpkg.toString(), "--values");
        assertEquals(0, check.code(), check.err());
        Map<String, Double> expected = tableValues("2024");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(check.out())).getRecords();
        assertEquals(20, rows.size());
        for (CSVRecord r : rows) assertEquals(expected.get(r.get("region")), Double.parseDouble(r.get("value")), 0.0);
    }

    @Test
    void wrongOptionsAreRefusedWithAMessage() {
        CliRun ext = CliRun.of("export-layer", "--indicator", "grp_per_capita", "--year", "2024", "--out", dir.resolve("x.kml").toString());
        assertEquals(2, ext.code());
        assertTrue(ext.err().contains("FILE.gpkg"), ext.err());
        CliRun none = CliRun.of("export-layer", "--indicator", "grp_per_capita", "--year", "2024", "--level", "district",
                "--out", dir.resolve("d.gpkg").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no values"), none.err());
    }

    /** A layer saved in a projected system (UTM 42N, as a GIS department might) comes back in lon/lat. */
    @Test
    void aProjectedGeoPackageIsTransformedToLonLat() throws Exception {
        Path gpkg = dir.resolve("utm.gpkg");
        String utm42 = "PROJCS[\"WGS 84 / UTM zone 42N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",69],PARAMETER[\"scale_factor\",0.9996],"
                + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AXIS[\"Easting\",EAST],"
                + "AXIS[\"Northing\",NORTH]]";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, "
                    + "organization_coordsys_id INTEGER, definition TEXT, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('UTM 42N', 32642, 'EPSG', 32642, '" + utm42 + "', '')");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, srs_id INTEGER)");
            s.execute("INSERT INTO gpkg_contents VALUES ('square', 'features', 'square', 32642)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INT, m INT)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('square', 'shape', 'POLYGON', 32642, 0, 0)");
            s.execute("CREATE TABLE square (fid INTEGER PRIMARY KEY, shape BLOB, kato TEXT, pop INTEGER)");
            var poly = new org.locationtech.jts.io.WKTReader().read("POLYGON((500000 5600000, 510000 5600000, 510000 5610000, 500000 5610000, 500000 5600000))");
            byte[] wkb = new org.locationtech.jts.io.WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.BIG_ENDIAN).write(poly);
            // big-endian header with no envelope: flags 0
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + wkb.length);
            b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0).putInt(32642).put(wkb);
            try (var p = c.prepareStatement("INSERT INTO square (shape, kato, pop) VALUES (?, '11', 736000)")) {
                p.setBytes(1, b.array());
                p.executeUpdate();
            }
        }
        VectorLayer layer = new GeoPackageReader().read(gpkg);
        assertEquals(List.of("kato", "pop"), layer.fields());
        var env = layer.features().getFirst().geometry().getEnvelopeInternal();
        // 500 000 m east on the central meridian 69°E, 5 600 000 m north ≈ 50.55°N
        assertEquals(69.0, env.getMinX(), 1e-6);
        assertEquals(50.55, env.getMinY(), 0.01);
        assertEquals(736000L, layer.features().getFirst().attributes().get("pop"));
    }
}
