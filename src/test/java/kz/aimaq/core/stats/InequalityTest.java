package kz.aimaq.core.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hand-computed example used throughout (three regions):
 * <pre>
 *   region  N  y  Y=N·y   p=N/ΣN  s=Y/ΣY
 *   A       1  1   1      1/4     1/8
 *   B       1  3   3      1/4     3/8
 *   C       2  2   4      2/4     4/8      ΣN = 4, ΣY = 8, ȳ = ΣY/ΣN = 2, plain mean of y = 2
 * </pre>
 */
class InequalityTest {
    static final double[] Y = {1, 3, 2};
    static final double[] N = {1, 1, 2};

    @Test
    void giniOnTheHandExample() {
        // unweighted: ordered pairs |1−3|,|1−2|,|3−2| twice = 2·(2+1+1) = 8; G = 8 / (2·3²·2) = 8/36
        assertEquals(8.0 / 36, Inequality.gini(Y), 1e-15);
        // weighted: 2·(¼·¼·2 + ¼·½·1 + ¼·½·1) = 2·0.375 = 0.75; G = 0.75 / (2·ȳ) = 0.75/4 = 0.1875
        assertEquals(0.1875, Inequality.giniWeighted(Y, N), 1e-15);
    }

    @Test
    void theilAndItsSplitOnTheHandExample() {
        // T = ⅛ ln(½) + ⅜ ln(3/2) + ½ ln(1) = −0.0866434 + 0.1520494 = 0.0654060
        double t = 0.125 * Math.log(0.5) + 0.375 * Math.log(1.5);
        assertEquals(0.0654060, t, 1e-7);
        assertEquals(t, Inequality.theil(Y, N), 1e-15);
        // groups {A, C} and {B}: S = (5/8, 3/8), P = (3/4, 1/4)
        // between = ⅝ ln(5/6) + ⅜ ln(3/2) = −0.1139508 + 0.1520494 = 0.0380984
        // within  = ⅝ · T_AC, T_AC = 0.2 ln(0.2/(1/3)) + 0.8 ln(0.8/(2/3)) = 0.0436920 → 0.0273076
        TheilDecomposition d = Inequality.theil(Y, N, new int[]{0, 1, 0});
        assertEquals(t, d.total(), 1e-15);
        assertEquals(0.0380984, d.between(), 1e-7);
        assertEquals(0.625 * (0.2 * Math.log(0.6) + 0.8 * Math.log(1.2)), d.within(), 1e-15);
        assertEquals(0.0273076, d.within(), 1e-7);
    }

    @Test
    void dispersionMeasuresOnTheHandExample() {
        // Williamson: sqrt(¼·(1−2)² + ¼·(3−2)² + ½·0) / 2 = sqrt(0.5)/2 = 0.3535534
        assertEquals(Math.sqrt(0.5) / 2, Inequality.williamson(Y, N), 1e-15);
        // CV: plain mean 2, variance (1+1+0)/3 → sqrt(2/3)/2 = 0.4082483
        assertEquals(Math.sqrt(2.0 / 3) / 2, Inequality.cv(Y), 1e-15);
        assertEquals(3.0, Inequality.maxMinRatio(Y));
        // only A (y = 1) is below ȳ = 2; C sits exactly at the average and does not count
        assertEquals(1, Inequality.regionsBelowAverage(Y, N));
        // ln y = (0, 1.0986123, 0.6931472), mean 0.5972532, sd = sqrt(0.6172680/3) = 0.4536033
        assertEquals(0.4536033, Inequality.sdLog(Y), 1e-7);
    }

    @Test
    void atkinsonOnTheHandExample() {
        // ε = 2: EDE = 1/(¼/1 + ¼/3 + ½/2) = 1/(7/12) = 12/7; A = 1 − (12/7)/2 = 1/7
        assertEquals(1.0 / 7, Inequality.atkinson(Y, N, 2), 1e-15);
        // ε = 1: EDE = exp(¼ ln 1 + ¼ ln 3 + ½ ln 2) = 3^¼·2^½ = 1.8612097; A = 0.0693951
        assertEquals(1 - Math.pow(3, 0.25) * Math.sqrt(2) / 2, Inequality.atkinson(Y, N, 1), 1e-15);
        assertEquals(0.0, Inequality.atkinson(Y, N, 0), 1e-15);
    }

    @Test
    void betweenPlusWithinEqualsTotalForRandomGroupings() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int trial = 0; trial < 1000; trial++) {
            int k = 2 + rnd.nextInt(30);
            double[] y = new double[k], n = new double[k];
            int[] g = new int[k];
            int groups = 1 + rnd.nextInt(k);
            for (int i = 0; i < k; i++) {
                y[i] = Math.exp(rnd.nextDouble(-2, 3));
                n[i] = rnd.nextDouble(1e4, 3e6);
                g[i] = rnd.nextInt(groups);
            }
            TheilDecomposition d = Inequality.theil(y, n, g);
            assertEquals(d.total(), d.between() + d.within(), 1e-12,
                    "trial " + trial + ": between " + d.between() + " + within " + d.within() + " ≠ total " + d.total());
            assertTrue(d.between() >= -1e-15 && d.within() >= -1e-15, "both parts are non-negative");
        }
    }

    @Test
    void extremeGroupingsPutEverythingInOnePart() {
        double[] y = {4, 1, 2.5, 7, 3}, n = {10, 30, 20, 5, 35};
        TheilDecomposition one = Inequality.theil(y, n, new int[5]);
        assertEquals(0.0, one.between(), 1e-15, "a single group has no between part");
        TheilDecomposition each = Inequality.theil(y, n, new int[]{0, 1, 2, 3, 4});
        assertEquals(0.0, each.within(), 1e-15, "singleton groups have no within part");
        assertEquals(Inequality.theil(y, n), each.between(), 1e-15);
    }

    @Test
    void resultsDoNotDependOnRegionOrder() {
        SplittableRandom rnd = new SplittableRandom(7);
        int k = 20;
        double[] y = new double[k], n = new double[k];
        int[] g = new int[k];
        for (int i = 0; i < k; i++) { y[i] = rnd.nextDouble(1, 20); n[i] = rnd.nextDouble(2e5, 3e6); g[i] = i % 5; }
        InequalityMeasures before = Inequality.measures(y, n, g);
        // reverse, then a random shuffle
        for (int i = k - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = y[i]; y[i] = y[j]; y[j] = t;
            t = n[i]; n[i] = n[j]; n[j] = t;
            int u = g[i]; g[i] = g[j]; g[j] = u;
        }
        InequalityMeasures after = Inequality.measures(y, n, g);
        assertEquals(before.gini(), after.gini(), 1e-14);
        assertEquals(before.giniWeighted(), after.giniWeighted(), 1e-14);
        assertEquals(before.theil(), after.theil(), 1e-14);
        assertEquals(before.theilBetween(), after.theilBetween(), 1e-14);
        assertEquals(before.theilWithin(), after.theilWithin(), 1e-14);
        assertEquals(before.williamson(), after.williamson(), 1e-14);
        assertEquals(before.cv(), after.cv(), 1e-14);
        assertEquals(before.maxMinRatio(), after.maxMinRatio(), 1e-14);
        assertEquals(before.regionsBelowAverage(), after.regionsBelowAverage());
        assertEquals(before.sdLog(), after.sdLog(), 1e-14);
    }

    @Test
    void equalIncomesMeanNoInequality() {
        double[] y = {5, 5, 5}, n = {1, 2, 3};
        InequalityMeasures m = Inequality.measures(y, n, new int[]{0, 1, 1});
        assertEquals(0, m.gini(), 1e-15);
        assertEquals(0, m.giniWeighted(), 1e-15);
        assertEquals(0, m.theil(), 1e-15);
        assertEquals(0, m.williamson(), 1e-15);
        assertEquals(1, m.maxMinRatio(), 1e-15);
        assertEquals(0, m.regionsBelowAverage());
    }
}
