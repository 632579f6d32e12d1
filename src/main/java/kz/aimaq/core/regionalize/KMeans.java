package kz.aimaq.core.regionalize;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.SplittableRandom;

/**
 * k-means without contiguity, the yardstick for the contiguous methods: how much homogeneity the
 * contiguity constraint costs. Lloyd's algorithm from k-means++ starts (Arthur &amp; Vassilvitskii
 * 2007), {@value #DEFAULT_RESTARTS} restarts from a seeded {@link SplittableRandom}; the start with
 * the lowest within-group sum of squares wins (the first one on a tie), so a seed always gives the
 * same result. A group that empties during the iterations takes the region farthest from its
 * centre. Groups are generally not contiguous.
 */
public final class KMeans {
    private KMeans() {}

    public static final String METHOD = "kmeans";
    public static final int DEFAULT_RESTARTS = 100;
    public static final long DEFAULT_SEED = 12345;
    private static final int MAX_ITERATIONS = 300;

    public static Regionalisation of(Attributes a, int k, long seed) { return of(a, k, seed, DEFAULT_RESTARTS); }

    public static Regionalisation of(Attributes a, int k, long seed, int restarts) {
        int n = a.size();
        if (k < 1 || k > n) throw new InvalidInputException("core.regionalize.tooManyGroups", k, n);
        if (restarts < 1) throw new IllegalArgumentException("at least one start is needed");
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] best = null;
        double bestSsd = Double.POSITIVE_INFINITY;
        for (int r = 0; r < restarts; r++) {
            int[] labels = lloyd(a, k, plusPlus(a, k, rnd));
            double s = Fit.withinSsd(labels, a);
            if (s < bestSsd - 1e-12) { bestSsd = s; best = labels; }
        }
        return new Regionalisation(METHOD, a.codes(), TreePartition.canonical(best));
    }

    private static double[][] plusPlus(Attributes a, int k, SplittableRandom rnd) {
        int n = a.size();
        double[][] c = new double[k][];
        c[0] = a.values()[rnd.nextInt(n)].clone();
        double[] d2 = new double[n];
        for (int g = 1; g < k; g++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double m = Double.POSITIVE_INFINITY;
                for (int h = 0; h < g; h++) m = Math.min(m, dist2(a.values()[i], c[h]));
                d2[i] = m;
                total += m;
            }
            int pick = 0;
            if (total > 0) {
                double u = rnd.nextDouble() * total, acc = 0;
                for (pick = 0; pick < n - 1; pick++) { acc += d2[pick]; if (acc > u) break; }
            } else {
                pick = rnd.nextInt(n);
            }
            c[g] = a.values()[pick].clone();
        }
        return c;
    }

    private static int[] lloyd(Attributes a, int k, double[][] c) {
        int n = a.size(), m = a.dimensions();
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int bestG = 0;
                double bd = Double.POSITIVE_INFINITY;
                for (int g = 0; g < k; g++) { double d = dist2(a.values()[i], c[g]); if (d < bd) { bd = d; bestG = g; } }
                if (labels[i] != bestG) { labels[i] = bestG; changed = true; }
            }
            double[][] sum = new double[k][m];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) { count[labels[i]]++; for (int d = 0; d < m; d++) sum[labels[i]][d] += a.values()[i][d]; }
            for (int g = 0; g < k; g++) {
                if (count[g] == 0) {
                    // an empty group takes the region farthest from its own centre
                    int far = 0;
                    double fd = -1;
                    for (int i = 0; i < n; i++) {
                        if (count[labels[i]] < 2) continue;
                        double d = dist2(a.values()[i], c[labels[i]]);
                        if (d > fd) { fd = d; far = i; }
                    }
                    count[labels[far]]--;
                    for (int d = 0; d < m; d++) sum[labels[far]][d] -= a.values()[far][d];
                    labels[far] = g;
                    count[g] = 1;
                    sum[g] = a.values()[far].clone();
                    changed = true;
                }
            }
            for (int g = 0; g < k; g++) for (int d = 0; d < m; d++) c[g][d] = sum[g][d] / count[g];
            if (!changed) break;
        }
        return labels;
    }

    private static double dist2(double[] x, double[] y) {
        double s = 0;
        for (int d = 0; d < x.length; d++) { double e = x[d] - y[d]; s += e * e; }
        return s;
    }
}
