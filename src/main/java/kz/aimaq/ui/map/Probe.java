package kz.aimaq.ui.map;

import java.lang.management.ManagementFactory;

/** Start-up phase marks of the performance probe (printed only with -Daimaq.probe=true). */
public final class Probe {
    private Probe() {}

    public static boolean enabled() { return Boolean.getBoolean("aimaq.probe"); }

    /** Prints how long after JVM start a start-up phase ended (probe mode only). */
    public static void phase(String what) {
        if (!enabled()) return;
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("probe phase " + what + " at " + (System.currentTimeMillis() - start) + " ms (process cpu "
                + processCpuMs() + " ms)");
    }

    /**
     * CPU time the whole process has used so far, in ms (-1 where the JVM does not say): on a
     * loaded machine wall-clock phases stretch, the CPU spent to reach them much less.
     */
    public static long processCpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }
}
