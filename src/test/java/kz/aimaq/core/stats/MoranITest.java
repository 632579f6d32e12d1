package kz.aimaq.core.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Moran's I on a 3×3 rook lattice, checked against values worked out by hand.
 * <pre>
 *   cells (row, col), binary rook weights: 12 shared edges, S0 = 24 (each edge both ways),
 *   S1 = ½ Σ (w_ij + w_ji)² = ½ · 24 · 2² = 48,
 *   degrees: 4 corners 2, 4 edge cells 3, centre 4 → S2 = Σ (2 d_i)² = 4 (4·4 + 4·9 + 16) = 272.
 * </pre>
 */
class MoranITest {
    private final SpatialWeights rook = new Lattice(3, 3).rook();

    /**
     * Columns pattern 1 2 3 / 1 2 3 / 1 2 3: mean 2, z = −1, 0, +1 by column, Σz² = 6.
     * Products z_i z_j over the 12 edges: horizontal edges all touch the middle column (z = 0) → 0;
     * vertical edges: left column 2 edges × (−1)(−1) = 2, right column 2 × (1)(1) = 2, middle 0.
     * Σ_ij w z z = 2 · 4 = 8 (both directions). I = (9/24) · 8/6 = 0.5.
     * E[I] = −1/8 = −0.125.
     * Var_N = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²) − E[I]²
     *       = (81·48 − 9·272 + 3·576) / (80·576) − 1/64 = 3168/46080 − 0.015625 = 0.053125,
     * z_N = (0.5 + 0.125) / √0.053125 = 2.711631…
     */
    @Test
    void columnGradientMatchesHandComputation() {
        MoranI.Result r = MoranI.of(columns(), rook, 0, 1);
        assertEquals(0.5, r.I(), 1e-12);
        assertEquals(-0.125, r.expectedI(), 1e-12);
        assertEquals(0.053125, r.varianceNormal(), 1e-12);
        assertEquals(0.625 / Math.sqrt(0.053125), r.zNormal(), 1e-12);
        assertEquals(2.711631, r.zNormal(), 1e-6);
        assertEquals(24, r.s0());
    }

    /**
     * Row-standardised weights, same pattern: S0 = n, so I = Σ z_i lag_i / Σ z².
     * Left column: corners lag (−1 + 0)/2 = −0.5 → product 0.5; middle lag (−1 −1 + 0)/3 → 2/3.
     * Right column mirrors it; middle column z = 0. Σ = 2 (0.5 + 2/3 + 0.5) = 10/3, I = (10/3)/6 = 5/9.
     */
    @Test
    void rowStandardisedColumnGradient() {
        assertEquals(5.0 / 9, MoranI.of(columns(), rook.rowStandardised(), 0, 1).I(), 1e-12);
    }

    /**
     * Checkerboard 1 0 1 / 0 1 0 / 1 0 1: every edge joins a 1 (z = 4/9) and a 0 (z = −5/9), so
     * Σ w z z = 24 · (−20/81), Σz² = (5·16 + 4·25)/81 = 180/81, I = (9/24) · (−480/180) = −1:
     * perfect negative autocorrelation.
     */
    @Test
    void checkerboardIsMinusOneAndSignificant() {
        double[] x = {1, 0, 1, 0, 1, 0, 1, 0, 1};
        MoranI.Result r = MoranI.of(x, rook, 999, 42);
        assertEquals(-1.0, r.I(), 1e-12);
        // only 1 of the C(9,4) = 126 arrangements is as extreme: exact p = 1/126 ≈ 0.008
        assertTrue(r.pSim() < 0.02, "p = " + r.pSim());
        assertTrue(r.zSim() < -2, "z = " + r.zSim());
    }

    /** The pseudo p-value converges to the exact permutation p-value, found by enumerating all 9! orders. */
    @Test
    void pseudoPValueApproachesExactPermutationDistribution() {
        double[] x = columns();
        double observed = MoranI.of(x, rook, 0, 1).I();
        double[] z = MoranI.deviations(x);
        double m2 = 0;
        for (double v : z) m2 += v * v;
        int[] idx = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        long atLeast = 0, total = 0;
        double[] perm = new double[9];
        do {
            for (int i = 0; i < 9; i++) perm[i] = z[idx[i]];
            if (MoranI.statistic(perm, rook.weights(), 24, m2) >= observed - 1e-12) atLeast++;
            total++;
        } while (nextPermutation(idx));
        double exact = (double) atLeast / total;
        MoranI.Result r = MoranI.of(x, rook, 9999, 7);
        assertEquals(exact, r.pSim(), 0.01, "exact one-sided p = " + exact);
        assertTrue(exact < 0.05 && exact > 0.001, "the gradient is clearly but not infinitely significant: " + exact);
    }

    @Test
    void sameSeedSameResultAndRegionOrderDoesNotMatter() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5};
        assertEquals(MoranI.of(x, rook, 499, 5), MoranI.of(x, rook, 499, 5));
        // reverse the regions: same I (the permutation draws differ, the statistic does not)
        SpatialWeights reversed = rook.reorder(rook.codes().reversed());
        double[] xr = new double[9];
        for (int i = 0; i < 9; i++) xr[i] = x[8 - i];
        assertEquals(MoranI.of(x, rook, 0, 1).I(), MoranI.of(xr, reversed, 0, 1).I(), 1e-12);
    }

    @Test
    void constantValuesAreRejectedWithAReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> MoranI.of(new double[9], rook));
        assertTrue(e.getMessage().contains("equal"));
    }

    static double[] columns() { return new double[]{1, 2, 3, 1, 2, 3, 1, 2, 3}; }

    static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i]; a[i] = a[j]; a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) { t = a[l]; a[l] = a[r]; a[r] = t; }
        return true;
    }
}
