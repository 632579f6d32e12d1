package kz.aimaq.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * Made on a thread of its own: the first call to the ThreadMXBean starts JMX, about 30 ms,
     * which the first mark used to charge to the command (and, under this class's lock, to every
     * other thread's mark). Marks made before it is ready print no CPU time.
     */
    private static volatile java.lang.management.ThreadMXBean threads;

    static {
        if (ON) Thread.ofPlatform().daemon().name("aimaq-phases").start(() -> threads = java.lang.management.ManagementFactory.getThreadMXBean());
    }

    public static void mark(String what) {
        if (!ON) return;
        long at = System.nanoTime();
        // the CPU time of the marking thread: on a loaded machine the wall clock says little
        java.lang.management.ThreadMXBean t = threads;
        long used = t == null ? -1 : t.getCurrentThreadCpuTime();
        synchronized (Phases.class) {
            names.add(what);
            nanos.add(at);
            cpu.add(used);
        }
    }

    public static synchronized void print(java.io.PrintStream err) {
        if (!ON || names.isEmpty()) return;
        long nowNs = System.nanoTime(), nowMs = System.currentTimeMillis();
        long startMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        for (int i = 0; i < names.size(); i++) {
            long at = nowMs - (nowNs - nanos.get(i)) / 1_000_000 - startMs;
            String used = cpu.get(i) < 0 ? "not yet measured" : cpu.get(i) / 1_000_000 + " ms";
            err.println("phase " + names.get(i) + " " + at + " ms (thread cpu " + used + ")");
        }
        printThreadCpu(err);
    }

    /**
     * On Linux, the CPU of every thread still alive and of the whole process (threads that have
     * ended count only in the total): the compiler and garbage-collector threads, which no Java
     * API reports, are where a short command's CPU often goes.
     */
    private static void printThreadCpu(java.io.PrintStream err) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) return;
        Map<String, Long> byName = new TreeMap<>();
        try (var dirs = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) dirs::iterator) {
                long ticks = ticks(t.resolve("stat"));
                if (ticks <= 0) continue;
                String name = Files.readString(t.resolve("comm")).strip();
                byName.merge(name, ticks, Long::sum);
            }
            StringBuilder line = new StringBuilder("phase threads-cpu");
            byName.forEach((n, ticks) -> line.append(' ').append(n.replace(' ', '_')).append('=').append(ticks * 10).append("ms"));
            line.append(" process=").append(ticks(Path.of("/proc/self/stat")) * 10).append("ms");
            err.println(line);
        } catch (IOException | RuntimeException e) {
            // diagnostics only: nothing to report where /proc reads differently
        }
    }

    /** utime + stime of a /proc stat line, in clock ticks (100 per second on Linux). */
    private static long ticks(Path stat) throws IOException {
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
