package kz.aimaq.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a command's time goes, for benchmarks: with {@code -Daimaq.phases=true} (e.g.
 * {@code AIMAQ_JAVA_OPTS=-Daimaq.phases=true ./aimaq render ...}) each mark is printed on
 * standard error as milliseconds since the JVM started, when the command ends. Marks only record
 * a clock reading; the JVM's start time is asked for after the last one, because asking loads
 * the management classes, which would be counted in the next phase.
 */
public final class Phases {
    private Phases() {}

    private static final boolean ON = Boolean.getBoolean("aimaq.phases");
    private static final List<String> names = new ArrayList<>();
    private static final List<Long> nanos = new ArrayList<>();

    public static synchronized void mark(String what) {
        if (!ON) return;
        names.add(what);
        nanos.add(System.nanoTime());
    }

    public static synchronized void print(java.io.PrintStream err) {
        if (!ON || names.isEmpty()) return;
        long nowNs = System.nanoTime(), nowMs = System.currentTimeMillis();
        long startMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        for (int i = 0; i < names.size(); i++) {
            long at = nowMs - (nowNs - nanos.get(i)) / 1_000_000 - startMs;
            err.println("phase " + names.get(i) + " " + at + " ms");
        }
    }
}
