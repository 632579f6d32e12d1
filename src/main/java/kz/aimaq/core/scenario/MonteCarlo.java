package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.stats.Inequality;
import kz.aimaq.core.stats.InequalityMeasures;

import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * Monte Carlo over parameter uncertainty: N runs of a scenario with parameters drawn by
 * {@link Uncertainty}, summarised as P5/P50/P95 bands per year, nationally and per region.
 *
 * <p>Reproducible: run r draws from its own {@link SplittableRandom}, seeded by the r-th number of a
 * generator seeded with {@code seed}, and writes only its own slots; percentiles are taken after all
 * runs. The result therefore depends on the seed and the run count, never on the number of threads
 * or the order in which runs finish.
 *
 * <p>Percentiles are exact (type 7 over every run), not a streaming estimate: each run writes one
 * value per (series, year) cell into flat primitive rows, {@link #bytesPerRun} in all, and the rows
 * are reordered in place by selection once the runs are done. For the panel's largest case, 10,000
 * runs of 25 years, that is 43.8 MB for a few seconds; a quantile sketch would need far less but
 * would move the published figures.
 */
public final class MonteCarlo {
    private MonteCarlo() {}

    public static final int DEFAULT_RUNS = 1000;
    private static final int CHUNK = 50;
    private static final Metric[] METRICS = Metric.values();

    /**
     * @param threads   0 = the common fork-join pool; otherwise a pool of exactly that many threads
     * @param progress  receives 0…1 from worker threads (may be null)
     * @param cancelled polled between chunks of runs (may be null)
     * @throws CancellationException when cancelled
     */
    public static MonteCarloResult run(Simulator sim, Scenario s, int runs, long seed, Uncertainty uncertainty,
                                       int threads, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (runs < 1) throw new InvalidInputException("core.scenario.runs", runs);
        DoubleConsumer report = progress == null ? p -> {} : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        ScenarioEngine engine = sim.engine(s);
        int n = engine.n, years = s.horizon() + 1;
        int[] labels = sim.labels();
        checkMemory(runs, years, n);

        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[runs];
        for (int r = 0; r < runs; r++) seeds[r] = root.nextLong();

        double[][] metric = new double[METRICS.length * years][runs];
        float[][] perCapita = new float[n * years][runs];

        int chunks = (runs + CHUNK - 1) / CHUNK;
        AtomicInteger done = new AtomicInteger();
        Runnable all = () -> IntStream.range(0, chunks).parallel().forEach(c -> {
            if (stop.getAsBoolean()) throw new CancellationException("Monte Carlo cancelled");
            double[] y = new double[n];
            ScenarioEngine.RunBuffers buffers = engine.buffers();
            for (int r = c * CHUNK; r < Math.min(runs, (c + 1) * CHUNK); r++) {
                final int run = r;
                SplittableRandom rnd = new SplittableRandom(seeds[r]);
                ScenarioParameters p = uncertainty.sample(s.parameters(), rnd);
                engine.run(p, uncertainty.regionalShock(), rnd.nextLong(), (t, f) -> {
                    double total = 0;
                    for (int i = 0; i < n; i++) {
                        total += f.grp[i];
                        y[i] = f.income[i] / f.population[i];
                        perCapita[t * n + i][run] = (float) (f.grp[i] / f.population[i] * 1000);
                    }
                    InequalityMeasures m = Inequality.measures(y, f.population, labels);
                    int row = t * METRICS.length;
                    metric[row][run] = total;
                    metric[row + 1][run] = m.gini();
                    metric[row + 2][run] = m.giniWeighted();
                    metric[row + 3][run] = m.theil();
                    metric[row + 4][run] = m.theilBetween();
                    metric[row + 5][run] = m.theilWithin();
                    metric[row + 6][run] = m.williamson();
                    metric[row + 7][run] = m.cv();
                    metric[row + 8][run] = m.maxMinRatio();
                    metric[row + 9][run] = m.regionsBelowAverage();
                    metric[row + 10][run] = m.sdLog();
                }, buffers);
            }
            report.accept(0.9 * done.addAndGet(Math.min(runs, (c + 1) * CHUNK) - c * CHUNK) / runs);
        });
        inPool(threads, all);

        // Percentiles of each row, rows in parallel (each row's result is independent of the others).
        // Selection reorders the row where it lies: the values of a run are not needed once the
        // percentiles are taken, so no row is copied (copies of the 1,326 rows of a 10,000-run,
        // 25-year scenario were 106 MB of garbage at the end of every run).
        double[][] rowBands = new double[metric.length + perCapita.length][]; // {P5, P50, P95} per row
        inPool(threads, () -> IntStream.range(0, rowBands.length).parallel().forEach(k ->
                rowBands[k] = k < metric.length ? bands(metric[k]) : bands(perCapita[k - metric.length])));
        if (stop.getAsBoolean()) throw new CancellationException("Monte Carlo cancelled");

        Map<Metric, Band> national = new EnumMap<>(Metric.class);
        for (int m = 0; m < METRICS.length; m++) {
            final int mm = m;
            national.put(METRICS[m], band(years, t -> rowBands[t * METRICS.length + mm]));
        }
        List<Band> pc = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int ii = i;
            pc.add(band(years, t -> rowBands[metric.length + t * n + ii]));
        }
        report.accept(1.0);
        return new MonteCarloResult(runs, seed, engine.baseYear, engine.codes, national, pc);
    }

    /**
     * Bytes a run keeps until the percentiles: 11 metrics as doubles, GRP per capita per region as
     * floats, and its seed. 10,000 runs over 26 years of 20 regions: 43.8 MB, freed when the bands
     * are taken (the percentiles are exact, so every run's value is kept until then).
     */
    static long bytesPerRun(int years, int regions) {
        return (long) years * (METRICS.length * 8L + regions * 4L) + 8;
    }

    /**
     * The most runs this JVM can hold for a horizon: the kept arrays must fit in 70 % of the memory
     * still free (the percentiles are taken in place, without copies). Checked before anything is
     * allocated, so a too-large request is refused at once instead of failing after minutes.
     */
    public static long maxRuns(int years, int regions) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long perRun = bytesPerRun(years, regions);
        return Math.max(0, (long) (0.7 * free) / perRun);
    }

    private static void checkMemory(int runs, int years, int regions) {
        long max = maxRuns(years, regions);
        if (runs > max) {
            throw new IllegalArgumentException("Monte Carlo with " + runs + " runs over " + years + " years needs about "
                    + (runs * bytesPerRun(years, regions) >> 20) + " MB; this Java can hold at most " + max
                    + " runs (give it more memory with AIMAQ_JAVA_OPTS=-Xmx…, or use fewer runs)");
        }
    }

    private static Band band(int years, java.util.function.IntFunction<double[]> row) {
        double[] p5 = new double[years], p50 = new double[years], p95 = new double[years];
        for (int t = 0; t < years; t++) {
            double[] v = row.apply(t);
            p5[t] = v[0]; p50[t] = v[1]; p95[t] = v[2];
        }
        return new Band(p5, p50, p95);
    }

    private static void inPool(int threads, Runnable work) {
        if (threads <= 0) { work.run(); return; }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Monte Carlo interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] bands(double[] row) {
        return new double[]{percentile(row, 0.05), percentile(row, 0.5), percentile(row, 0.95)};
    }

    private static double[] bands(float[] row) {
        return new double[]{percentile(row, 0.05), percentile(row, 0.5), percentile(row, 0.95)};
    }

    /**
     * Type-7 percentile (linear between order statistics) found by selection, not a full sort.
     * Reorders {@code v}.
     */
    static double percentile(double[] v, double q) {
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        double a = select(v, lo);
        if (lo + 1 >= v.length || h == lo) return a;
        double b = Double.POSITIVE_INFINITY; // after select(lo), everything right of lo is ≥ a
        for (int i = lo + 1; i < v.length; i++) b = Math.min(b, v[i]);
        return a + (h - lo) * (b - a);
    }

    /** Hoare-style quickselect: v[k] becomes the k-th smallest, smaller ones left of it, larger right. */
    static double select(double[] v, int k) {
        int left = 0, right = v.length - 1;
        while (right > left) {
            double pivot = median3(v[left], v[(left + right) >>> 1], v[right]);
            int i = left, j = right;
            while (i <= j) {
                while (v[i] < pivot) i++;
                while (v[j] > pivot) j--;
                if (i <= j) { double t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return v[k];
        }
        return v[k];
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * {@link #percentile(double[], double)} of float values, without widening them into a copy:
     * the order statistics are the same floats, and the interpolation between them is done in
     * double, so the result equals the double version's on the widened values exactly.
     * Reorders {@code v}.
     */
    static double percentile(float[] v, double q) {
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        double a = select(v, lo);
        if (lo + 1 >= v.length || h == lo) return a;
        float b = Float.POSITIVE_INFINITY;
        for (int i = lo + 1; i < v.length; i++) b = Math.min(b, v[i]);
        return a + (h - lo) * ((double) b - a);
    }

    /** {@link #select(double[], int)} on floats. */
    static float select(float[] v, int k) {
        int left = 0, right = v.length - 1;
        while (right > left) {
            float pivot = (float) median3(v[left], v[(left + right) >>> 1], v[right]);
            int i = left, j = right;
            while (i <= j) {
                while (v[i] < pivot) i++;
                while (v[j] > pivot) j--;
                if (i <= j) { float t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return v[k];
        }
        return v[k];
    }
}
