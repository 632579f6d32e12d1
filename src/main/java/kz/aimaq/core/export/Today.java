package kz.aimaq.core.export;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today's date as maps, slides and contents pages print it: {@code 02.12.2026}. The date is the
 * system time zone's (the same zone {@code LocalDate.now()} uses), found through
 * {@link TimeZone}: java.time's first {@code LocalDate.now()} looks for time-zone rule providers
 * on the class path, opening all 42 of the application's jars, 60-73 ms in a fresh JVM here where
 * this takes about 10. Drawing commands still make the first call on a thread of their own
 * ({@link #prepareInBackground}) while the data are read.
 */
public final class Today {
    private Today() {}

    /** Today's local date, day.month.year with two-digit day and month. */
    public static String text() {
        long now = System.currentTimeMillis();
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), 86_400_000L));
        return two(d.getDayOfMonth()) + "." + two(d.getMonthValue()) + "." + d.getYear();
    }

    private static String two(int n) { return n < 10 ? "0" + n : String.valueOf(n); }

    /** Reads the time-zone rules on a daemon thread, so the first {@link #text} finds them ready. */
    public static void prepareInBackground() {
        Thread.ofPlatform().daemon().name("aimaq-clock").start(Today::text);
    }
}
