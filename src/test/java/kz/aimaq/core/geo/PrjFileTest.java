package kz.aimaq.core.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Plain WGS84 .prj files skip Apache SIS; everything else still goes through it. */
class PrjFileTest {
    static final String GEOKZ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    @TempDir Path dir;

    @Test
    void theSharedFilesArePlainWgs84AndSisAgrees() throws IOException {
        List<Path> prjs;
        try (var s = Files.list(Path.of("../shared/data/boundaries/geokz"))) {
            prjs = s.filter(p -> p.toString().endsWith(".prj")).toList();
        }
        assertFalse(prjs.isEmpty());
        for (Path p : prjs) {
            String wkt = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).trim();
            assertTrue(PrjFile.isPlainWgs84(wkt), p.toString());
            assertNull(PrjFile.toLonLat(p), p.toString());
        }
        // what the fast path skips: SIS finds no transform for the same text either
        Path copy = Files.writeString(dir.resolve("x.prj"), GEOKZ.replace("0.0174532925199433", "0.017453292519943295"));
        assertTrue(PrjFile.isPlainWgs84(Files.readString(copy)));
        assertTrue(PrjFile.isPlainWgs84(GEOKZ.replace(",", ", ").toLowerCase()));
    }

    @Test
    void otherSystemsAreLeftToSis() throws IOException {
        String moved = GEOKZ.replace("PRIMEM[\"Greenwich\",0.0]", "PRIMEM[\"Paris\",2.33722917]");
        String utm = "PROJCS[\"WGS_1984_UTM_Zone_42N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",69.0],"
                + "PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        String pulkovo = GEOKZ.replace("6378137.0,298.257223563", "6378245.0,298.3");
        for (String wkt : List.of(moved, utm, pulkovo)) {
            assertFalse(PrjFile.isPlainWgs84(wkt), wkt);
        }
        assertNotNull(PrjFile.toLonLat(Files.writeString(dir.resolve("utm.prj"), utm)));
        assertNotNull(PrjFile.toLonLat(Files.writeString(dir.resolve("paris.prj"), moved)));
    }
}
