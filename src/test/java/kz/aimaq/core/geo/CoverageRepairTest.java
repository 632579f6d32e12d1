package kz.aimaq.core.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class CoverageRepairTest {
    static final String A = "POLYGON ((0 0, 0 100, 100 100, 100 0, 0 0))";

    /** B lies right of A; its left edge bends through (x, 50) instead of following A's edge x = 100. */
    static String b(double x) {
        return "POLYGON ((100 0, " + x + " 50, 100 100, 200 100, 200 0, 100 0))";
    }

    @Test
    void vertexOffByLessThanTheGridIsSnapped() throws ParseException {
        Geometry[] out = check(A, b(100.4), 1);
        assertEquals(10_000, out[0].getArea(), 1e-9);
        assertEquals(10_000, out[1].getArea(), 1e-9);
    }

    @Test
    void sliverGapGoesToTheNeighbourWithTheLongestBorder() throws ParseException {
        // Gap triangle of 150 m² between x = 100 and the bend at 103: B borders it over 2 × 50.1 m, A over 100 m.
        Geometry[] out = check(A, b(103), 1);
        assertEquals(10_000, out[0].getArea(), 1e-6);
        assertEquals(10_000, out[1].getArea(), 1e-6);
        assertEquals(1, out[1].getNumGeometries());
    }

    @Test
    void overlapGoesToTheFirstRegion() throws ParseException {
        // B's bend at 97 reaches 150 m² into A; the overlap stays with A and B loses it.
        assertEquals(10_150, read(b(97))[0].getArea(), 1e-9);
        Geometry[] out = check(A, b(97), 1);
        assertEquals(10_000, out[0].getArea(), 1e-6);
        assertEquals(10_000, out[1].getArea(), 1e-6);
        assertEquals(1, CoverageRepair.repair(read(A, b(97)), 1, 200).overlapFaces());
    }

    @Test
    void wideGapIsKept() throws ParseException {
        Geometry[] out = check("POLYGON ((0 0, 0 3000, 3000 3000, 3000 0, 0 0), (1000 1000, 2000 1000, 2000 2000, 1000 2000, 1000 1000))",
                "POLYGON ((3000 0, 3000 3000, 4000 3000, 4000 0, 3000 0))", 1);
        assertEquals(9e6 - 1e6, out[0].getArea(), 1e-6); // a 1 km lake is not a sliver
        CoverageRepair.Result r = CoverageRepair.repair(read(
                "POLYGON ((0 0, 0 3000, 3000 3000, 3000 0, 0 0), (1000 1000, 2000 1000, 2000 2000, 1000 2000, 1000 1000))"), 1, 200);
        assertEquals(1, r.gapsKept());
    }

    /** Repairs the coverage, checks it is now exact, returns it. */
    private static Geometry[] check(String a, String b, double grid) throws ParseException {
        Geometry[] in = read(a, b);
        Geometry[] out = CoverageRepair.repair(in, grid, 200).coverage();
        assertEquals(in.length, out.length);
        assertTrue(Arrays.stream(CoverageValidator.validate(out)).allMatch(g -> g == null || g.isEmpty()),
                "not an exact coverage: " + Arrays.toString(out));
        return out;
    }

    private static Geometry[] read(String... wkt) throws ParseException {
        WKTReader r = new WKTReader();
        Geometry[] g = new Geometry[wkt.length];
        for (int i = 0; i < wkt.length; i++) g[i] = r.read(wkt[i]);
        return g;
    }
}
