package kz.aimaq.core.export;

import java.time.LocalDate;

/**
 * Today's date as maps, slides and contents pages print it: {@code 02.12.2026}. The first
 * {@code LocalDate.now()} of a process reads the time-zone rules (34-80 ms measured in a fresh
 * JVM here, more than drawing the legend), so drawing commands read them on a thread of their own
 * ({@link #prepareInBackground}) while the data are read; later calls are cheap.
 */
public final class Today {
    private Today() {}

    /** Today's local date, day.month.year with two-digit day and month. */
    public static String text() {
        LocalDate d = LocalDate.now();
        return two(d.getDayOfMonth()) + "." + two(d.getMonthValue()) + "." + d.getYear();
    }

    private static String two(int n) { return n < 10 ? "0" + n : String.valueOf(n); }

    /** Reads the time-zone rules on a daemon thread, so the first {@link #text} finds them ready. */
    public static void prepareInBackground() {
        Thread.ofPlatform().daemon().name("aimaq-clock").start(LocalDate::now);
    }
}
