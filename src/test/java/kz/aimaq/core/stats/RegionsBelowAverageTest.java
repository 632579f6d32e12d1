package kz.aimaq.core.stats;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** regions_below_avg with a relative tolerance: all-equal regions are never "below" by rounding (issue 14). */
class RegionsBelowAverageTest {
    @Test
    void allEqualRegionsAreNoneBelowWhateverThePopulations() {
        double[] n = {1_200_000, 850_000, 2_300_000, 640_000, 1_100_000, 990_000, 720_000, 1_950_000, 560_000, 1_480_000,
                800_000, 700_000, 2_100_000, 1_300_000, 600_000, 900_000, 1_000_000, 1_700_000, 2_000_000, 750_000};
        for (double level : new double[]{0.1, 1.0 / 3, 4789.123456789, 7.3e6}) {
            double[] y = new double[n.length];
            for (int i = 0; i < n.length; i++) y[i] = level * n[i]; // y is total output: per capita all equal
            assertEquals(0, Inequality.regionsBelowAverage(perCapita(y, n), n), "level " + level);
        }
    }

    @Test
    void aRealGapIsStillCounted() {
        double[] n = {1, 1, 1, 1};
        double[] y = {100, 100, 100, 99.99};
        assertEquals(1, Inequality.regionsBelowAverage(y, n));
    }

    private static double[] perCapita(double[] total, double[] n) {
        double[] y = Arrays.copyOf(total, total.length);
        for (int i = 0; i < y.length; i++) y[i] = total[i] / n[i];
        return y;
    }
}
