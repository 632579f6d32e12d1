package kz.aimaq.core.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Contiguity on hand-made squares, where the right answer is obvious. */
class ContiguityLatticeTest {

    @Test
    void rookSeesSharedEdgesOnly() {
        SpatialWeights w = new Lattice(3, 3).rook();
        assertEquals(List.of("0,1", "1,0", "1,2", "2,1"), w.neighbours("1,1"));
        assertEquals(List.of("0,1", "1,0"), w.neighbours("0,0"));
        assertEquals(24, total(w), "a 3×3 grid has 12 shared edges, each counted both ways");
    }

    @Test
    void queenAddsCornerContacts() {
        SpatialWeights w = new Lattice(3, 3).queen();
        assertEquals(8, w.neighbours("1,1").size());
        assertEquals(List.of("0,1", "1,0", "1,1"), w.neighbours("0,0"));
        assertEquals(40, total(w), "12 edges + 8 diagonal contacts, both ways");
    }

    @Test
    void toleranceBridgesGeneralisationSlivers() {
        // 100 m gaps between cells: a generalised coverage that no longer touches exactly
        Lattice gappy = new Lattice(2, 2, 100);
        SpatialWeights strict = Contiguity.of(gappy.codes, gappy.cells, 0, true);
        assertEquals(0, total(strict), "without a tolerance nothing touches");
        SpatialWeights snapped = Contiguity.of(gappy.codes, gappy.cells, Contiguity.DEFAULT_TOLERANCE_M, true);
        assertEquals(List.of("0,1", "1,0"), snapped.neighbours("0,0"));
        // but a region a real distance away (1 km, e.g. across another unit) is never a neighbour
        Lattice apart = new Lattice(1, 2, 1000);
        assertEquals(0, total(Contiguity.of(apart.codes, apart.cells, Contiguity.DEFAULT_TOLERANCE_M, false)));
    }

    @Test
    void exactCoverageWithoutToleranceStillWorks() {
        Lattice l = new Lattice(3, 3);
        assertEquals(24, total(Contiguity.of(l.codes, l.cells, 0, true)));
        assertEquals(40, total(Contiguity.of(l.codes, l.cells, 0, false)));
    }

    @Test
    void weightsAreSymmetricAndRowStandardiseToOne() {
        SpatialWeights w = new Lattice(4, 5).queen();
        for (int i = 0; i < w.size(); i++) for (int j = 0; j < w.size(); j++)
            assertEquals(w.weights()[i][j], w.weights()[j][i]);
        SpatialWeights rs = w.rowStandardised();
        for (double[] row : rs.weights()) assertEquals(1.0, java.util.Arrays.stream(row).sum(), 1e-12);
    }

    static double total(SpatialWeights w) {
        double s = 0;
        for (double[] row : w.weights()) for (double v : row) s += v;
        return s;
    }
}
