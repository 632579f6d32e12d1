package kz.aimaq.core.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Gi*, bivariate Moran, local Geary and the Moran scatterplot against values worked by hand on
 * small rook lattices (cells "r,c" in row-major order, see {@link Lattice}).
 */
class LocalStatisticsTest {
    private static final double[] ONE_TO_NINE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    @Test
    void getisOrdGiStarByHand() {
        // 3×3 rook, x = 1..9 row by row. n = 9, x̄ = 5, Σx² = 285, s = √(285/9 − 25) = √(20/3) = 2.581989.
        // Corner 0,0 (x = 1), neighbours 0,1 (2) and 1,0 (4), plus itself: Σ w x = 7, W = 3, S1 = 3;
        //   G* = (7 − 5·3) / (s·√((9·3 − 9)/8)) = −8 / (2.581989 · 1.5) = −2.065591
        // Edge 0,1 (x = 2), neighbours 1, 3, 5 and itself: Σ w x = 11, W = 4, S1 = 4;
        //   G* = (11 − 20) / (s·√((36 − 16)/8)) = −9 / (2.581989 · 1.581139) = −2.204541
        // Edge 1,0 (x = 4), neighbours 1, 5, 7 and itself: Σ w x = 17: G* = −3 / 4.082483 = −0.734847
        // Centre (x = 5), neighbours 2, 4, 6, 8 and itself: Σ w x = 25 = 5·5, so G* = 0
        // Corner 2,2 (x = 9), neighbours 6 and 8 and itself: Σ w x = 23: G* = +8 / 3.872983 = +2.065591
        GetisOrd.Result r = GetisOrd.of(ONE_TO_NINE, new Lattice(3, 3).rook(), 99, 1, 0.05);
        List<GetisOrd.Local> g = r.regions();
        assertEquals(-2.065591, g.get(0).z(), 1e-6);
        assertEquals(-2.204541, g.get(1).z(), 1e-6);
        assertEquals(-0.734847, g.get(3).z(), 1e-6);
        assertEquals(0, g.get(4).z(), 1e-12);
        assertEquals(2.065591, g.get(8).z(), 1e-6);
        // two-sided normal p of |z| = 2.065591: 2(1 − Φ(2.0656)) = 0.03887
        assertEquals(0.03887, g.get(0).pNormal(), 1e-4);
    }

    @Test
    void giStarPseudoPConvergesToTheExactConditionalP() {
        // Corner 0,0 keeps x = 1; its two neighbours are drawn from the other eight values 2..9:
        // C(8,2) = 28 equally likely pairs. The observed neighbour sum is 2 + 4 = 6; pairs with a sum
        // ≤ 6 are (2,3) and (2,4): the exact one-sided p is 2/28 = 0.0714.
        GetisOrd.Result r = GetisOrd.of(ONE_TO_NINE, new Lattice(3, 3).rook(), 99_999, 3, 0.05);
        assertEquals(2.0 / 28, r.regions().get(0).p(), 0.005);
        // at α = 0.05 it is not a cold spot.
        assertEquals(GetisOrd.Spot.NOT_SIGNIFICANT, r.regions().get(0).spot());
        // The centre keeps 5; four neighbours from {1,2,3,4,6,7,8,9}: C(8,4) = 70 sets. A set and its
        // complement sum to 40, so as many sets sum to ≥ 20 as to ≤ 20; 8 sets sum to exactly 20
        // (counted by listing them), so each side has (70 + 8)/2 = 39: exact p = 39/70 = 0.5571
        assertEquals(39.0 / 70, r.regions().get(4).p(), 0.005);
        // a hot corner: 100 in 2,2 among ones, its neighbours 1,2 and 2,1 also high
        double[] hot = {1, 1, 1, 1, 1, 50, 1, 50, 100};
        GetisOrd.Result h = GetisOrd.of(hot, new Lattice(3, 3).rook(), 9_999, 3, 0.05);
        assertTrue(h.regions().get(8).z() > 2);
        assertEquals(GetisOrd.Spot.HOT, h.regions().get(8).spot(), "p = " + h.regions().get(8).p());
        // deterministic for a seed
        assertEquals(h, GetisOrd.of(hot, new Lattice(3, 3).rook(), 9_999, 3, 0.05));
    }

    @Test
    void bivariateMoranByHand() {
        // 2×2 rook, row-standardised: cells 0 and 3 have neighbours {1, 2}, cells 1 and 2 have {0, 3},
        // each weight 1/2, S0 = 4.
        // x = (1, 1, 2, 6): x̄ = 2.5, deviations (−1.5, −1.5, −0.5, 3.5), population s_x = √(17/4)
        // y = (3, 1, 2, 4): ȳ = 2.5, deviations (0.5, −1.5, −0.5, 1.5), population s_y = √(5/4)
        // lag of y deviations: cell 0 (−1.5 − 0.5)/2 = −1, cell 1 (0.5 + 1.5)/2 = 1, cell 2 = 1, cell 3 = −1
        // Σ x_dev · lag = 1.5 − 1.5 − 0.5 − 3.5 = −4;  s_x s_y = √85/4
        // I_xy = (1/S0) Σ z_x · lag z_y = (1/4) · (−4)/(√85/4) = −4/√85 = −0.433861
        // local: I_i = x_dev,i · lag_i / (s_x s_y): I_0 = 1.5·4/√85 = 6/√85, I_1 = −6/√85, I_2 = −2/√85,
        // I_3 = −14/√85; their mean is −4/√85 = I_xy
        SpatialWeights w = new Lattice(2, 2).rook().rowStandardised();
        double[] x = {1, 1, 2, 6}, y = {3, 1, 2, 4};
        double r85 = Math.sqrt(85);
        assertEquals(-4 / r85, BivariateMoran.of(x, y, w, 0, 1).I(), 1e-12);
        Lisa.Result local = BivariateMoran.local(x, y, w, 99, 1, 0.05);
        double[] expected = {6 / r85, -6 / r85, -2 / r85, -14 / r85};
        for (int i = 0; i < 4; i++) assertEquals(expected[i], local.regions().get(i).localI(), 1e-12, "I_" + i);
        // here W is symmetric (every cell has two neighbours), and then I_xy = I_yx; with the unequal
        // row sums of a 3×3 lattice, x against the lag of y is not y against the lag of x
        assertEquals(BivariateMoran.of(x, y, w, 0, 1).I(), BivariateMoran.of(y, x, w, 0, 1).I(), 1e-12);
        SpatialWeights w9 = new Lattice(3, 3).rook().rowStandardised();
        double[] a = {3, 8, 1, 9, 2, 7, 4, 4, 6}, b = ONE_TO_NINE;
        assertNotEquals(BivariateMoran.of(a, b, w9, 0, 1).I(), BivariateMoran.of(b, a, w9, 0, 1).I(), 1e-6);
    }

    @Test
    void bivariateOfAVariableWithItselfIsMoransIAndLisa() {
        double[] x = {3, 8, 1, 9, 2, 7, 4, 4, 6};
        SpatialWeights w = new Lattice(3, 3).rook().rowStandardised();
        assertEquals(MoranI.of(x, w, 0, 1).I(), BivariateMoran.of(x, x, w, 0, 1).I(), 1e-12);
        Lisa.Result uni = Lisa.of(x, w, 99, 5, 0.05), bi = BivariateMoran.local(x, x, w, 99, 5, 0.05);
        for (int i = 0; i < 9; i++) assertEquals(uni.regions().get(i).localI(), bi.regions().get(i).localI(), 1e-12);
        // the permutation p of the global statistic is in (0, 1] and repeatable
        BivariateMoran.Result p = BivariateMoran.of(x, x, w, 999, 1);
        assertTrue(p.pSim() > 0 && p.pSim() <= 1);
        assertEquals(p, BivariateMoran.of(x, x, w, 999, 1));
    }

    @Test
    void localGearyByHand() {
        // 3×3 rook, row-standardised, x = 1..9: z = (x − 5)/s with s² = 20/3, so (z_i − z_j)² = (x_i − x_j)²/s²
        // corner 0,0: neighbours 2 and 4: ((1−2)² + (1−4)²)/2 / s² = 5 · 3/20 = 0.75
        // edge 0,1:   neighbours 1, 3, 5: ((1)² + (1)² + (3)²)/3 / s² = (11/3) · 3/20 = 0.55
        // centre:     neighbours 2, 4, 6, 8: (9 + 1 + 1 + 9)/4 / s² = 5 · 3/20 = 0.75
        LocalGeary.Result r = LocalGeary.of(ONE_TO_NINE, new Lattice(3, 3).rook().rowStandardised(), 999, 1, 0.05);
        assertEquals(0.75, r.regions().get(0).c(), 1e-12);
        assertEquals(0.55, r.regions().get(1).c(), 1e-12);
        assertEquals(0.75, r.regions().get(4).c(), 1e-12);
        // a smooth gradient: each cell is like its neighbours, so where significant it is positive
        for (LocalGeary.Local l : r.regions()) assertNotEquals(LocalGeary.Cluster.NEGATIVE, l.cluster(), l.code());
        // a checkerboard is as unlike its neighbours as it gets: the centre (0 among four 9s) is negative
        double[] chess = {0, 9, 0, 9, 0, 9, 0, 9, 0};
        LocalGeary.Result c = LocalGeary.of(chess, new Lattice(3, 3).rook().rowStandardised(), 9_999, 1, 0.05);
        assertEquals(LocalGeary.Cluster.NEGATIVE, c.regions().get(4).cluster(), "p = " + c.regions().get(4).p());
    }

    @Test
    void moranScatterplotSlopeIsMoransI() {
        // column gradient 0 1 2 on a 3×3 rook lattice, row-standardised: I = 5/9 (see MoranITest)
        double[] x = {0, 1, 2, 0, 1, 2, 0, 1, 2};
        SpatialWeights w = new Lattice(3, 3).rook().rowStandardised();
        MoranScatterplot s = MoranScatterplot.of(x, w);
        assertEquals(5.0 / 9, s.slope(), 1e-12);
        assertEquals(MoranI.of(x, w, 0, 1).I(), s.slope(), 1e-12);
        // cell 0,0: z = (0 − 1)/√(6/9) = −1.224745; neighbours 0,1 (z 0) and 1,0 (z −1.224745): lag −0.612372
        MoranScatterplot.Point p = s.points().get(0);
        assertEquals(-1.224745, p.z(), 1e-6);
        assertEquals(-0.612372, p.lag(), 1e-6);
        assertEquals(LisaClass.LOW_LOW, p.quadrant());
        assertEquals(LisaClass.HIGH_HIGH, s.points().get(8).quadrant());
    }

    @Test
    void significanceBandsAndAlpha() {
        assertEquals(Significance.P05, Significance.of(0.03, 0.05));
        assertEquals(Significance.NOT_SIGNIFICANT, Significance.of(0.03, 0.01));
        assertEquals(Significance.P01, Significance.of(0.005, 0.05));
        assertEquals(Significance.P001, Significance.of(0.0005, 0.001));
        assertEquals(Significance.NOT_SIGNIFICANT, Significance.of(Double.NaN, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Significance.checkAlpha(0.1));
        // LISA reclassified at a stricter α keeps its p-values and drops the weaker clusters
        double[] x = {1, 1, 1, 1, 1, 9, 1, 9, 9};
        Lisa.Result at05 = Lisa.of(x, new Lattice(3, 3).rook().rowStandardised(), 9_999, 2, 0.05);
        Lisa.Result at001 = at05.withAlpha(0.001);
        for (int i = 0; i < 9; i++) {
            Lisa.Local a = at05.regions().get(i), b = at001.regions().get(i);
            assertEquals(a.p(), b.p());
            if (a.p() > 0.001) assertEquals(LisaClass.NOT_SIGNIFICANT, b.cls());
            else assertEquals(a.cls(), b.cls());
        }
        assertTrue(at05.regions().stream().anyMatch(l -> l.cls() != LisaClass.NOT_SIGNIFICANT), "something is significant at 0.05");
    }
}
