package kz.aimaq.core.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static kz.aimaq.core.geo.ShapefileFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class ShapefileReaderTest {
    @TempDir Path dir;

    static final Path GEOKZ = Path.of(System.getProperty("aimaq.shared", "../shared"), "data/boundaries/geokz");

    @Test
    void readsTheGeokzOblastsWithUtf8Names() throws IOException {
        VectorLayer layer = new ShapefileReader().read(GEOKZ.resolve("kaz_admbnda_adm1_2024.shp"));
        assertEquals(20, layer.size());
        assertTrue(layer.fields().containsAll(List.of("KATO", "ADM1_EN", "ADM1_KK", "ADM1_RU", "ADM1_PCODE")));
        Feature first = layer.features().getFirst();
        assertEquals("100000000", first.text("KATO"));
        assertEquals("Абайская", first.text("ADM1_RU"));
        assertEquals("2024", first.text("Year")); // numeric field, no ".0"
        // README: 5 records are multipart, 26,149 vertices in total.
        assertEquals(5, layer.features().stream().filter(f -> f.geometry() instanceof MultiPolygon).count());
        assertEquals(26_149, layer.features().stream().mapToInt(f -> f.geometry().getNumPoints()).sum());
        Envelope e = new Envelope();
        layer.features().forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
        assertEquals(46.49186, e.getMinX(), 1e-5);
        assertEquals(55.43181, e.getMaxY(), 1e-5);
    }

    @Test
    void assignsEachHoleToTheShellThatContainsIt() throws IOException {
        Path base = dir.resolve("holes");
        // Parts in file order: shell A, shell B, hole inside B (not inside A).
        writeShapes(base, 5, List.of(parts(square(0, 0, 10, false), square(20, 0, 10, false), square(22, 2, 2, true))));
        writeDbf(base, StandardCharsets.UTF_8, 0, "x");
        Geometry g = new ShapefileReader().read(dir.resolve("holes.shp")).features().getFirst().geometry();
        assertInstanceOf(MultiPolygon.class, g);
        Polygon a = (Polygon) g.getGeometryN(0), b = (Polygon) g.getGeometryN(1);
        assertEquals(0, a.getNumInteriorRing());
        assertEquals(1, b.getNumInteriorRing());
        assertEquals(100 + 100 - 4, g.getArea(), 1e-9);
        assertTrue(g.isValid());
    }

    @Test
    void nestedIslandInsideAHoleIsItsOwnPolygon() throws IOException {
        Path base = dir.resolve("island");
        // Shell 0..10, hole 2..8, island 4..6 inside the hole: the hole goes to the big shell.
        writeShapes(base, 5, List.of(parts(square(0, 0, 10, false), square(2, 2, 6, true), square(4, 4, 2, false))));
        writeDbf(base, StandardCharsets.UTF_8, 0, "x");
        Geometry g = new ShapefileReader().read(dir.resolve("island.shp")).features().getFirst().geometry();
        assertEquals(2, g.getNumGeometries());
        assertEquals(100 - 36 + 4, g.getArea(), 1e-9);
        assertTrue(g.isValid());
    }

    @Test
    void polygonZIgnoresZAndPointsAreRead() throws IOException {
        Path poly = dir.resolve("polyz");
        writeShapes(poly, 15, List.of(parts(square(0, 0, 1, false)), parts(square(5, 5, 2, false))));
        writeDbf(poly, StandardCharsets.UTF_8, 0, "a", "b");
        VectorLayer layer = new ShapefileReader().read(dir.resolve("polyz.shp"));
        assertEquals(2, layer.size());
        assertEquals(4, layer.features().get(1).geometry().getArea(), 1e-12);
        assertEquals("b", layer.features().get(1).text("NAME"));

        Path pts = dir.resolve("pts");
        writeShapes(pts, 1, List.of(point(71.43, 51.13)));
        writeDbf(pts, StandardCharsets.UTF_8, 0, "Astana");
        Geometry p = new ShapefileReader().read(dir.resolve("pts.shp")).features().getFirst().geometry();
        assertEquals(new Coordinate(71.43, 51.13), p.getCoordinate());
    }

    @Test
    void projectedPrjIsTransformedToLonLat() throws IOException {
        Path base = dir.resolve("utm");
        writeShapes(base, 1, List.of(point(500000, 5000000)));
        writeDbf(base, StandardCharsets.UTF_8, 0, "p");
        Files.writeString(dir.resolve("utm.prj"), """
                PROJCS["WGS_1984_UTM_Zone_42N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],\
                PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],\
                PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",69.0],\
                PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""");
        Coordinate c = new ShapefileReader().read(dir.resolve("utm.shp")).features().getFirst().geometry().getCoordinate();
        assertEquals(69.0, c.x, 1e-9); // the central meridian: lon first, not lat
        assertEquals(45.153, c.y, 1e-3); // northing 5,000,000 m = 0.9996 × meridian arc to 45.153°N
    }

    static final String RU = "Южно-Казахстанская область";

    @Test
    void decodesCp1251AndCp866FromTheCpgFile() throws IOException {
        assertEquals(RU, nameFromDbf("a", Charset.forName("windows-1251"), 0, "1251"));
        assertEquals(RU, nameFromDbf("b", Charset.forName("windows-1251"), 0, "ANSI 1251"));
        assertEquals(RU, nameFromDbf("c", Charset.forName("IBM866"), 0, "CP866"));
        assertEquals(RU, nameFromDbf("d", StandardCharsets.UTF_8, 0, "UTF-8"));
    }

    @Test
    void withoutCpgUsesTheLanguageDriverByteThenUtf8Validity() throws IOException {
        assertEquals(RU, nameFromDbf("e", Charset.forName("windows-1251"), 0xC9, null));
        assertEquals(RU, nameFromDbf("f", Charset.forName("IBM866"), 0x26, null));
        assertEquals(RU, nameFromDbf("g", Charset.forName("IBM866"), 0x65, null));
        assertEquals(RU, nameFromDbf("h", StandardCharsets.UTF_8, 0, null)); // valid UTF-8
        assertEquals(RU, nameFromDbf("i", Charset.forName("windows-1251"), 0, null)); // not UTF-8: cp1251
    }

    private String nameFromDbf(String name, Charset cs, int languageDriver, String cpg) throws IOException {
        Path base = dir.resolve(name);
        writeShapes(base, 1, List.of(point(70, 45)));
        writeDbf(base, cs, languageDriver, RU);
        if (cpg != null) Files.writeString(dir.resolve(name + ".cpg"), cpg);
        return new ShapefileReader().read(dir.resolve(name + ".shp")).features().getFirst().text("NAME");
    }

    @Test
    void truncatedShpGivesAClearError() throws IOException {
        for (String ext : new String[]{"shx", "dbf", "cpg", "prj"}) {
            Files.copy(GEOKZ.resolve("kaz_admbnda_adm1_2024." + ext), dir.resolve("cut." + ext));
        }
        byte[] shp = Files.readAllBytes(GEOKZ.resolve("kaz_admbnda_adm1_2024.shp"));
        Files.write(dir.resolve("cut.shp"), Arrays.copyOf(shp, shp.length / 2));
        GeoReadException e = assertThrows(GeoReadException.class, () -> new ShapefileReader().read(dir.resolve("cut.shp")));
        assertTrue(e.getMessage().startsWith("cut.shp: the file is truncated"), e.getMessage());
        assertEquals(dir.resolve("cut.shp"), e.file());

        Files.write(dir.resolve("cut.shp"), Arrays.copyOf(shp, 60));
        e = assertThrows(GeoReadException.class, () -> new ShapefileReader().read(dir.resolve("cut.shp")));
        assertTrue(e.getMessage().contains("shorter than the 100-byte header"), e.getMessage());
    }

    @Test
    void missingCompanionFilesAndUnsupportedTypesAreNamed() throws IOException {
        Path base = dir.resolve("lonely");
        writeShapes(base, 5, List.of(parts(square(0, 0, 1, false))));
        Files.delete(dir.resolve("lonely.shx"));
        GeoReadException e = assertThrows(GeoReadException.class, () -> new ShapefileReader().read(dir.resolve("lonely.shp")));
        assertTrue(e.getMessage().contains("lonely.shx is missing"), e.getMessage());

        writeShapes(base, 5, List.of(parts(square(0, 0, 1, false))));
        e = assertThrows(GeoReadException.class, () -> new ShapefileReader().read(dir.resolve("lonely.shp")));
        assertTrue(e.getMessage().contains("lonely.dbf is missing"), e.getMessage());

        Path patch = dir.resolve("patch");
        writeShapes(patch, 31, List.of(parts(square(0, 0, 1, false))));
        writeDbf(patch, StandardCharsets.UTF_8, 0, "x");
        e = assertThrows(GeoReadException.class, () -> new ShapefileReader().read(dir.resolve("patch.shp")));
        assertTrue(e.getMessage().contains("unsupported shape type 31 (MultiPatch)"), e.getMessage());

        Path mismatch = dir.resolve("mismatch");
        writeShapes(mismatch, 5, List.of(parts(square(0, 0, 1, false))));
        writeDbf(mismatch, StandardCharsets.UTF_8, 0, "x", "y");
        e = assertThrows(GeoReadException.class, () -> new ShapefileReader().read(dir.resolve("mismatch.shp")));
        assertTrue(e.getMessage().contains("has 2 attribute records but mismatch.shx lists 1 shapes"), e.getMessage());
    }
}
