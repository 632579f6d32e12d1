package kz.aimaq.core.scenario;

import kz.aimaq.core.stats.SpatialWeights;

/**
 * Speed check, not a unit test (timing belongs in a report, not in an assertion):
 * <pre>
 *   mvn -o -q package -DskipTests
 *   java -cp 'target/classes:target/lib/*' kz.aimaq.core.scenario.ScenarioBenchmark [runs] [repeats]
 * </pre>
 * Times a Monte Carlo of 20 regions × 30 years × runs (default 10,000) on the common pool and a
 * 50-point frontier, after a warm-up, and prints the best and median of the repeats.
 */
public final class ScenarioBenchmark {
    private ScenarioBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Calibration cal = Calibration.bundled();
        // A ring of neighbours stands in for contiguity: the cost is the same as any sparse weights.
        int n = cal.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) { w[i][(i + 1) % n] = 1; w[(i + 1) % n][i] = 1; }
        Simulator sim = new Simulator(cal, new SpatialWeights("ring", cal.codes(), w), null);
        Scenario s = Scenario.of(Preset.MIX, cal.defaultParameters()).withHorizon(30);
        System.out.printf("cores %d, common pool parallelism %d%n", Runtime.getRuntime().availableProcessors(),
                java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());

        sim.monteCarlo(s, 2000, 1, Uncertainty.DEFAULT, null, null); // warm-up
        long[] mc = new long[repeats], cpu = new long[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime(), c0 = processCpuNanos();
            MonteCarloResult res = sim.monteCarlo(s, runs, 42 + r, Uncertainty.DEFAULT, null, null);
            mc[r] = System.nanoTime() - t0;
            cpu[r] = processCpuNanos() - c0;
            if (res.band(Metric.THEIL).p50()[30] <= 0) throw new IllegalStateException();
        }
        report("Monte Carlo " + n + " regions × 30 years × " + runs + " runs", mc);
        // CPU time does not grow when other processes share the cores: wall time on an idle
        // machine is about CPU time / cores.
        report("  CPU time of those runs (all threads)", cpu);

        sim.frontier(s, 50, 1.0, null, null); // warm-up
        long[] fr = new long[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            sim.frontier(s, 50, 1.0, null, null);
            fr[r] = System.nanoTime() - t0;
        }
        report("Frontier 50 points + Brent, 30 years", fr);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        java.util.Arrays.sort(s);
        System.out.printf("%s: best %.3f s, median %.3f s (%d repeats)%n", what, s[0] / 1e9, s[s.length / 2] / 1e9, s.length);
    }
}
