package kz.aimaq.core.stats;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class LisaTest {
    private final Lattice grid = new Lattice(5, 5);
    private final SpatialWeights w = grid.rook().rowStandardised();

    /** x = row + col: low in the top-left corner, high in the bottom-right, the mean (4) on the anti-diagonal. */
    private double[] diagonalGradient() {
        double[] x = new double[25];
        for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) x[r * 5 + c] = r + c;
        return x;
    }

    @Test
    void localStatisticsAverageToGlobalI() {
        double[] x = diagonalGradient();
        Lisa.Result lisa = Lisa.of(x, w, 99, 1, 0.05);
        double mean = lisa.regions().stream().mapToDouble(Lisa.Local::localI).average().orElseThrow();
        assertEquals(MoranI.of(x, w, 0, 1).I(), mean, 1e-12);
    }

    /**
     * Corner (0,0) has x = 0 and two neighbours with x = 1, the two lowest of the other 24 values:
     * under conditional randomisation only 1 of C(24,2) = 276 neighbour pairs is as low, p ≈ 0.004.
     */
    @Test
    void cornersOfTheGradientAreSignificantClusters() {
        Lisa.Result lisa = Lisa.of(diagonalGradient(), w, 999, 2026, 0.05);
        Map<String, LisaClass> cls = lisa.classes();
        assertEquals(LisaClass.LOW_LOW, cls.get("0,0"));
        assertEquals(LisaClass.HIGH_HIGH, cls.get("4,4"));
        assertEquals(LisaClass.NOT_SIGNIFICANT, cls.get("2,2"), "the centre sits exactly on the mean");
        assertTrue(lisa.regions().getFirst().p() < 0.02, "p = " + lisa.regions().getFirst().p());
        assertEquals(1, lisa.classCodes().get("4,4"));
        assertEquals(25, lisa.counts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void quadrantsFollowTheMoranScatterplot() {
        assertEquals(LisaClass.HIGH_HIGH, Lisa.quadrant(1, 2));
        assertEquals(LisaClass.HIGH_LOW, Lisa.quadrant(1, -2));
        assertEquals(LisaClass.LOW_HIGH, Lisa.quadrant(-1, 2));
        assertEquals(LisaClass.LOW_LOW, Lisa.quadrant(-1, -2));
    }

    @Test
    void regionWithoutNeighboursIsReportedAsIsolated() {
        double[][] m = new double[4][4];
        m[0][1] = m[1][0] = m[1][2] = m[2][1] = 1;   // "d" has no neighbour
        SpatialWeights sw = new SpatialWeights("test", java.util.List.of("a", "b", "c", "d"), m);
        Lisa.Result lisa = Lisa.of(new double[]{1, 2, 3, 4}, sw, 99, 1, 0.05);
        assertEquals(LisaClass.ISOLATED, lisa.classes().get("d"));
        assertTrue(Double.isNaN(lisa.regions().get(3).p()));
    }

    @Test
    void seededAndRepeatable() {
        double[] x = diagonalGradient();
        assertEquals(Lisa.of(x, w, 199, 9, 0.05), Lisa.of(x, w, 199, 9, 0.05));
    }

    @Test
    void everyClassHasColourAndThreeNames() {
        for (LisaClass c : LisaClass.values()) {
            assertTrue(c.color().matches("#[0-9A-F]{6}"));
            assertNotEquals(c.label("en"), c.label("ru"));
            assertNotEquals(c.label("ru"), c.label("kk"));
            assertEquals(c, LisaClass.byCode(c.code()));
        }
    }
}
