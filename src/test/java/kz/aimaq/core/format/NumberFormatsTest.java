package kz.aimaq.core.format;

import org.junit.jupiter.api.Test;

import static kz.aimaq.core.format.NumberFormats.*;
import static org.junit.jupiter.api.Assertions.*;

class NumberFormatsTest {
    private static final String S = "\u00A0";   // no-break space

    @Test
    void englishUsesCommaThousandsAndPointDecimals() {
        assertEquals("1,234.5", format(1234.5, 1, "en"));
        assertEquals("20,158,620.5", format(20158620.5, 1, "en"));
        assertEquals("2,260,365", format(2260365, 0, "en"));
        assertEquals("999", format(999, 0, "en"));
        assertEquals("0.50", format(0.5, 2, "en"));
    }

    @Test
    void russianAndKazakhUseNoBreakSpaceAndDecimalComma() {
        assertEquals("1" + S + "234,5", format(1234.5, 1, "ru"));
        assertEquals("2" + S + "260" + S + "365", format(2260365, 0, "kk"));
        assertEquals("20" + S + "158" + S + "620,5", format(20158620.5, 1, "ru-RU"));
        assertEquals("4,9", format(4.9, 1, "kk_KZ"));
        assertEquals("1" + S + "234,5" + S + "– 2" + S + "345,6", range(1234.5, 2345.6, 1, "ru"));
        assertEquals("1,234.5" + S + "– 2,345.6", range(1234.5, 2345.6, 1, "en"));
    }

    @Test
    void roundsHalfUpOnTheWrittenDecimal() {
        assertEquals("2.68", format(2.675, 2, "en"));      // binary 2.67499999... but written 2.675
        assertEquals("1,000", format(999.5, 0, "en"));
        assertEquals("-1" + S + "234,6", format(-1234.55, 1, "ru"));
        assertEquals("0", format(-0.4, 0, "en"));           // never "-0"
    }

    @Test
    void missingAndOddValues() {
        assertEquals(NO_VALUE, format(Double.NaN, 1, "ru"));
        assertEquals("∞", format(Double.POSITIVE_INFINITY, 0, "en"));
        assertEquals("1,234", format(1234, 0, null));       // unknown language: English
        assertEquals("1,234", format(1234, 0, "de"));
        assertThrows(IllegalArgumentException.class, () -> format(1, -1, "en"));
    }

    @Test
    void compactFormsForLegends() {
        assertEquals("1.2" + S + "M", compact(1_234_567, 1, "en"));
        assertEquals("1,2" + S + "млн", compact(1_234_567, 1, "ru"));
        assertEquals("12,3" + S + "мың", compact(12_345, 1, "kk"));
        assertEquals("12,3" + S + "тыс.", compact(12_345, 1, "ru"));
        assertEquals("48,1" + S + "трлн", compact(48.1e12, 1, "ru"));
        assertEquals("2.3" + S + "B", compact(2.3e9, 1, "en"));
        assertEquals("1.0" + S + "M", compact(999_960, 1, "en"));   // rounding carries into the next unit
        assertEquals("1.0" + S + "K", compact(999.96, 1, "en"));
        assertEquals("950", compact(950, 0, "en"));
        assertEquals("-1,5" + S + "млн", compact(-1_500_000, 1, "ru"));
    }

    @Test
    void decimalsGrowUntilBoundsPrintDifferently() {
        assertEquals(0, decimalsToTellApart(new double[]{100, 200, 300}, 0));
        assertEquals(2, decimalsToTellApart(new double[]{12.31, 12.34, 13}, 1));
        assertEquals(1, decimalsToTellApart(new double[]{1.464, 5.798, 13.278}, 1));
    }

    /** The rounding gives exactly what BigDecimal's half-up on the shortest decimal form gives. */
    @Test
    void roundsAsBigDecimalHalfUpDoes() {
        java.util.Random rnd = new java.util.Random(20261202);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, 2.675, 0.5, 1.5, 9.995, 99.95, 999.5,
                0.0005, 1e-7, 1.0e7, 1.2345678e15, 5e-5, 123456789.125, Double.MIN_VALUE, 1e22, 0.95, 0.05));
        for (int i = 0; i < 20000; i++) {
            double mag = Math.pow(10, rnd.nextInt(24) - 8);
            double v = rnd.nextDouble() * mag;
            values.add(v);
            values.add(Math.round(v * 1000) / 1000.0 + 0.0005); // ties at the third decimal
        }
        for (double v : values) {
            for (int d = 0; d <= 12; d++) {
                String want = new java.math.BigDecimal(Double.toString(v)).setScale(d, java.math.RoundingMode.HALF_UP).toPlainString();
                assertEquals(want, NumberFormats.roundHalfUp(v, d), v + " to " + d + " decimals");
            }
        }
    }
}
