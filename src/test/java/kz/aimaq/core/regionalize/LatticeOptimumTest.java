package kz.aimaq.core.regionalize;

import kz.aimaq.core.stats.SpatialWeights;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SKATER and REDCAP against the brute-force optimum on a 3×3 rook lattice. The brute force lists
 * every partition of the 9 cells into exactly k blocks as a restricted growth string (cell 0 in
 * block 0, each later cell in a block already used or the next new one: S(9,3) = 3025 partitions
 * for k = 3), keeps the contiguous ones and takes the lowest within-group sum of squares.
 */
class LatticeOptimumTest {
    private static final SpatialWeights W = Grid.rook(3, 3);
    private static final RegionGraph G = RegionGraph.of(W);

    /** The optimum: labels of the best contiguous partition, its SSD, and how many partitions reach it. */
    record Optimum(int[] labels, double ssd, int ties, int contiguousPartitions, int partitions) {}

    static Optimum bruteForce(Attributes a, int k) {
        int[] labels = new int[9];
        Optimum[] best = {new Optimum(null, Double.POSITIVE_INFINITY, 0, 0, 0)};
        int[] counts = new int[2];
        search(labels, 1, 1, k, a, best, counts);
        return new Optimum(best[0].labels(), best[0].ssd(), best[0].ties(), counts[1], counts[0]);
    }

    private static void search(int[] labels, int pos, int used, int k, Attributes a, Optimum[] best, int[] counts) {
        if (pos == labels.length) {
            if (used != k) return;
            counts[0]++;
            if (!G.contiguous(labels)) return;
            counts[1]++;
            double s = Fit.withinSsd(labels, a);
            if (s < best[0].ssd() - 1e-9) best[0] = new Optimum(labels.clone(), s, 1, 0, 0);
            else if (Math.abs(s - best[0].ssd()) <= 1e-9) best[0] = new Optimum(best[0].labels(), best[0].ssd(), best[0].ties() + 1, 0, 0);
            return;
        }
        for (int l = 0; l <= Math.min(used, k - 1); l++) {
            labels[pos] = l;
            search(labels, pos + 1, Math.max(used, l + 1), k, a, best, counts);
        }
    }

    @Test
    void bruteForceCountsArePartitionsOfNine() {
        // Stirling numbers of the second kind: S(9,2) = 255, S(9,3) = 3025, S(9,4) = 7770
        Attributes a = Grid.values(3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(255, bruteForce(a, 2).partitions());
        assertEquals(3025, bruteForce(a, 3).partitions());
        assertEquals(7770, bruteForce(a, 4).partitions());
        // a checkerboard split is not contiguous under rook weights, an L and its complement are
        assertFalse(G.contiguous(new int[]{0, 1, 0, 1, 0, 1, 0, 1, 0}));
        assertTrue(G.contiguous(new int[]{0, 1, 1, 0, 1, 1, 0, 0, 0}));
    }

    @Test
    void columnGradientSplitsIntoColumns() {
        // columns 0 | 5 | 10: the optimum is the three columns, SSD 0, and nothing else reaches 0
        Attributes a = Grid.values(3, 3, 0, 5, 10, 0, 5, 10, 0, 5, 10);
        Optimum o = bruteForce(a, 3);
        assertEquals(0, o.ssd(), 1e-12);
        assertEquals(1, o.ties());
        assertArrayEquals(o.labels(), Skater.of(a, W, 3, Constraint.none()).labels());
        assertArrayEquals(o.labels(), Redcap.of(a, W, 3, Constraint.none()).labels());
        assertArrayEquals(new int[]{0, 1, 2, 0, 1, 2, 0, 1, 2}, o.labels());
    }

    @Test
    void noisyBlocksReachTheOptimum() {
        // three regions of the lattice (an L, a bar and a pair) with means 0, 10, 20 plus seeded noise
        // in [−2, 2]; for every draw the tree methods must return exactly the brute-force optimum
        int[] layout = {0, 0, 1,
                        0, 2, 1,
                        0, 2, 1};
        SplittableRandom rnd = new SplittableRandom(7);
        for (int draw = 0; draw < 25; draw++) {
            double[] v = new double[9];
            for (int i = 0; i < 9; i++) v[i] = 10 * layout[i] + rnd.nextDouble(-2, 2);
            Attributes a = Grid.values(3, 3, v);
            Optimum o = bruteForce(a, 3);
            assertEquals(1, o.ties(), "the optimum is unique for draw " + draw);
            assertArrayEquals(TreePartition.canonical(layout), o.labels(), "the layout is the optimum for draw " + draw);
            assertArrayEquals(o.labels(), Skater.of(a, W, 3, Constraint.none()).labels(), "SKATER, draw " + draw + ": " + Arrays.toString(v));
            assertArrayEquals(o.labels(), Redcap.of(a, W, 3, Constraint.none()).labels(), "REDCAP, draw " + draw + ": " + Arrays.toString(v));
        }
    }

    @Test
    void onUnstructuredNoiseTheHeuristicsNeverBeatAndOftenMissTheOptimum() {
        // integer noise 0..9 without regional structure: the greedy tree cuts are a heuristic.
        // They can never go below the optimum (their result is itself a contiguous k-partition); the
        // counts of exact hits are pinned so a change in the algorithms shows up here.
        SplittableRandom rnd = new SplittableRandom(1);
        int hitSkater = 0, hitRedcap = 0;
        for (int t = 0; t < 200; t++) {
            double[] v = new double[9];
            for (int i = 0; i < 9; i++) v[i] = rnd.nextInt(10);
            Attributes a = Grid.values(3, 3, v);
            int k = 2 + t % 3;
            Optimum o = bruteForce(a, k);
            for (Regionalisation r : new Regionalisation[]{Skater.of(a, W, k, Constraint.none()), Redcap.of(a, W, k, Constraint.none())}) {
                assertEquals(k, r.groups());
                assertTrue(G.contiguous(r.labels()));
                assertTrue(Fit.withinSsd(r.labels(), a) >= o.ssd() - 1e-9);
            }
            if (Math.abs(Fit.withinSsd(Skater.of(a, W, k, Constraint.none()).labels(), a) - o.ssd()) < 1e-9) hitSkater++;
            if (Math.abs(Fit.withinSsd(Redcap.of(a, W, k, Constraint.none()).labels(), a) - o.ssd()) < 1e-9) hitRedcap++;
        }
        assertEquals(139, hitSkater);
        assertEquals(145, hitRedcap);
    }
}
