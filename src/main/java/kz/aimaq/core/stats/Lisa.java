package kz.aimaq.core.stats;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.*;

/**
 * Local Moran's I (LISA, Anselin 1995): for each region
 * <pre>
 *   I_i = (z_i / m2) · Σ_j w_ij z_j,   z = x − mean(x),   m2 = Σ_k z_k² / n
 * </pre>
 * With row-standardised weights and no islands the mean of the I_i equals the global I. Each
 * I_i gets a pseudo p-value by <em>conditional</em> randomisation: z_i stays in place and its
 * neighbours' values are drawn at random, without replacement, from the other n − 1 regions
 * (seeded {@link SplittableRandom}). Regions with p ≤ {@link #DEFAULT_ALPHA} are put in the
 * quadrant of the Moran scatterplot they fall in (own value above or below the mean, neighbours'
 * average above or below); the rest are "not significant".
 */
public final class Lisa {
    private Lisa() {}

    public static final double DEFAULT_ALPHA = 0.05;

    /**
     * One region's local statistic.
     * @param z     deviation of its value from the mean
     * @param lag   spatial lag of the deviations, Σ_j w_ij z_j
     * @param localI I_i
     * @param p     pseudo p-value (NaN for a region without neighbours)
     */
    public record Local(String code, double value, double z, double lag, double localI, double p, LisaClass cls) {}

    /** All regions' statistics, in the weights' code order. */
    public record Result(List<Local> regions, int permutations, long seed, double alpha) {
        public Result { regions = List.copyOf(regions); }

        /** Class code per region for a categorical map (see {@link LisaClass#code()}). */
        public Map<String, Integer> classCodes() {
            Map<String, Integer> m = new LinkedHashMap<>();
            for (Local l : regions) m.put(l.code(), l.cls().code());
            return m;
        }

        public Map<String, LisaClass> classes() {
            Map<String, LisaClass> m = new LinkedHashMap<>();
            for (Local l : regions) m.put(l.code(), l.cls());
            return m;
        }

        /** Number of regions per class, every class listed (for the legend's counts). */
        public Map<LisaClass, Integer> counts() {
            Map<LisaClass, Integer> m = new EnumMap<>(LisaClass.class);
            for (LisaClass c : LisaClass.values()) m.put(c, 0);
            for (Local l : regions) m.merge(l.cls(), 1, Integer::sum);
            return m;
        }
    }

    public static Result of(double[] x, SpatialWeights w) {
        return of(x, w, MoranI.DEFAULT_PERMUTATIONS, MoranI.DEFAULT_SEED, DEFAULT_ALPHA);
    }

    public static Result of(double[] x, SpatialWeights w, int permutations, long seed, double alpha) {
        int n = x.length;
        if (n != w.size()) throw new IllegalArgumentException("need one value per region of the weights: " + n + " values, " + w.size() + " regions");
        if (n < 3) throw new InvalidInputException("core.stats.tooFewRegions");
        if (permutations < 1) throw new IllegalArgumentException("LISA needs at least one permutation");
        for (double v : x) if (!Double.isFinite(v)) throw new InvalidInputException("core.stats.notFinite");
        double[][] m = w.weights();
        double[] z = MoranI.deviations(x);
        double m2 = 0;
        for (double v : z) m2 += v * v;
        m2 /= n;
        if (m2 == 0) throw new InvalidInputException("core.stats.allEqual", "LISA");

        SplittableRandom rnd = new SplittableRandom(seed);
        List<Local> out = new ArrayList<>(n);
        int[] others = new int[n - 1];
        for (int i = 0; i < n; i++) {
            // neighbours' weights in column order; the randomisation assigns them to random others
            List<Double> nbw = new ArrayList<>();
            double lag = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && m[i][j] != 0) { nbw.add(m[i][j]); lag += m[i][j] * z[j]; }
            }
            if (nbw.isEmpty()) {
                out.add(new Local(w.codes().get(i), x[i], z[i], 0, 0, Double.NaN, LisaClass.ISOLATED));
                continue;
            }
            double li = z[i] / m2 * lag;
            int k = nbw.size();
            int atLeast = 0, atMost = 0;
            for (int p = 0; p < permutations; p++) {
                // partial Fisher–Yates: the first k entries of 'others' become a random k-subset
                for (int a = 0, b = 0; a < n; a++) if (a != i) others[b++] = a;
                double simLag = 0;
                for (int s = 0; s < k; s++) {
                    int r = s + rnd.nextInt(n - 1 - s);
                    int t = others[s]; others[s] = others[r]; others[r] = t;
                    simLag += nbw.get(s) * z[others[s]];
                }
                double simI = z[i] / m2 * simLag;
                if (simI >= li) atLeast++;
                if (simI <= li) atMost++;
            }
            // one-sided in the direction of the observed value; ties count against significance,
            // so a region exactly at the mean (I_i = 0 whatever its neighbours) gets p = 1
            double p = (Math.min(atLeast, atMost) + 1.0) / (permutations + 1.0);
            LisaClass cls = p <= alpha ? quadrant(z[i], lag) : LisaClass.NOT_SIGNIFICANT;
            out.add(new Local(w.codes().get(i), x[i], z[i], lag, li, p, cls));
        }
        return new Result(out, permutations, seed, alpha);
    }

    /** The Moran scatterplot quadrant of a region: own deviation against its neighbours' lag. */
    static LisaClass quadrant(double z, double lag) {
        if (z > 0) return lag > 0 ? LisaClass.HIGH_HIGH : LisaClass.HIGH_LOW;
        return lag > 0 ? LisaClass.LOW_HIGH : LisaClass.LOW_LOW;
    }
}
