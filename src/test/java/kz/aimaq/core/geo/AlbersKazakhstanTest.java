package kz.aimaq.core.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import static org.junit.jupiter.api.Assertions.*;

class AlbersKazakhstanTest {
    final AlbersKazakhstan albers = AlbersKazakhstan.get();

    @Test
    void originMapsToZeroAndTheCentralMeridianIsVertical() {
        double[] origin = albers.project(68, 48);
        assertEquals(0, origin[0], 1e-6);
        assertEquals(0, origin[1], 1e-6);
        double[] north = albers.project(68, 52);
        assertEquals(0, north[0], 1e-6);
        assertTrue(north[1] > 440_000 && north[1] < 450_000, "4° of latitude ≈ 445 km: " + north[1]);
        assertTrue(albers.project(80, 48)[0] > 0, "east is +x");
    }

    @Test
    void oneDegreeCellHasItsEllipsoidalArea() throws ParseException {
        // Area of the 1°×1° cell 70–71°E, 45–46°N on the WGS84 ellipsoid: a²/2 · Δλ · [q(46°) − q(45°)]
        // with q the authalic function = 8,686.495 km². Edges densified so that the parallels,
        // arcs in the projection, are followed (4 corners alone give 8,686.25).
        Geometry cell = Densifier.densify(new WKTReader().read("POLYGON ((70 45, 70 46, 71 46, 71 45, 70 45))"), 0.01);
        assertEquals(8686.495, albers.areaKm2(cell), 0.01);
    }

    @Test
    void unprojectInvertsProject() throws ParseException {
        Geometry g = new WKTReader().read("POLYGON ((50 41, 50 55, 87 55, 87 41, 50 41))");
        Geometry back = albers.unproject(albers.project(g));
        for (int i = 0; i < g.getNumPoints(); i++) {
            assertEquals(g.getCoordinates()[i].x, back.getCoordinates()[i].x, 1e-7); // SIS inverts Albers iteratively: sub-millimetre
            assertEquals(g.getCoordinates()[i].y, back.getCoordinates()[i].y, 1e-7); // SIS inverts Albers iteratively: sub-millimetre
        }
    }
}
