package kz.aimaq.core.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DistanceWeightsTest {
    private final Lattice grid = new Lattice(3, 3);   // cell centres 10 km apart

    @Test
    void kNearestPicksClosestAndBreaksTiesByCode() {
        SpatialWeights w = NearestNeighbours.of(grid.codes, grid.centres(), 2);
        // the corner's two nearest are its edge neighbours at 10 km
        assertEquals(List.of("0,1", "1,0"), w.neighbours("0,0"));
        // the centre has four at 10 km; ties go by code order
        assertEquals(List.of("0,1", "1,0"), w.neighbours("1,1"));
        for (String c : grid.codes) assertEquals(2, w.neighbours(c).size());
        // k-nearest is not symmetric: 0,1 is among 1,1's nearest but 1,1 is not among 0,1's (0,0 and 0,2 come first)
        assertEquals(List.of("0,0", "0,2"), w.neighbours("0,1"));
    }

    @Test
    void kMustLeaveSomebodyOut() {
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbours.of(grid.codes, grid.centres(), 9));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbours.of(grid.codes, grid.centres(), 0));
    }

    @Test
    void distanceBandIncludesTheThreshold() {
        // 10 km: edge neighbours only; 14.2 km (> 10·√2): diagonals too
        assertEquals(24, ContiguityLatticeTest.total(DistanceBand.of(grid.codes, grid.centres(), 10)));
        assertEquals(40, ContiguityLatticeTest.total(DistanceBand.of(grid.codes, grid.centres(), 14.2)));
        assertEquals(List.of(), DistanceBand.of(grid.codes, grid.centres(), 9.9).neighbours("1,1"));
    }

    @Test
    void inverseDistanceDecays() {
        SpatialWeights w = DistanceBand.inverse(grid.codes, grid.centres(), 100, 1);
        int c = w.indexOf("0,0");
        assertEquals(1 / 10.0, w.weights()[c][w.indexOf("0,1")], 1e-12);
        assertEquals(1 / 20.0, w.weights()[c][w.indexOf("0,2")], 1e-12);
    }
}
