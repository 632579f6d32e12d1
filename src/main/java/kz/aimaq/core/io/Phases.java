package kz.aimaq.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a command's time goes, for benchmarks: with {@code -Daimaq.phases=true} (e.g.
 * {@code AIMAQ_JAVA_OPTS=-Daimaq.phases=true ./aimaq render ...}) each mark is printed on
 * standard error as milliseconds since the JVM started, when the command ends. Marks only record
 * the clock and the marking thread's CPU time (which on a loaded machine says more than the
 * clock); the JVM's start time is asked for after the last mark.
 */
public final class Phases {
    private Phases() {}

    private static final boolean ON = Boolean.getBoolean("aimaq.phases");
    private static final List<String> names = new ArrayList<>();
    private static final List<Long> nanos = new ArrayList<>();
    private static final List<Long> cpu = new ArrayList<>();

    public static synchronized void mark(String what) {
        if (!ON) return;
        names.add(what);
        nanos.add(System.nanoTime());
        // the CPU time of the marking thread: on a loaded machine the wall clock says little
        cpu.add(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    public static synchronized void print(java.io.PrintStream err) {
        if (!ON || names.isEmpty()) return;
        long nowNs = System.nanoTime(), nowMs = System.currentTimeMillis();
        long startMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        for (int i = 0; i < names.size(); i++) {
            long at = nowMs - (nowNs - nanos.get(i)) / 1_000_000 - startMs;
            err.println("phase " + names.get(i) + " " + at + " ms (thread cpu " + cpu.get(i) / 1_000_000 + " ms)");
        }
    }
}
