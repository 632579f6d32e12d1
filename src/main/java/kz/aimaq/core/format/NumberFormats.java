package kz.aimaq.core.format;

import java.util.Locale;

/**
 * Numbers as the user reads them in the three interface languages.
 *
 * <ul>
 *   <li>en: comma thousands, point decimals: {@code 1,234.5}</li>
 *   <li>ru, kk: no-break space (U+00A0) thousands, comma decimals: {@code 1 234,5}. The narrow
 *       no-break space U+202F would be typographically finer, but the standard PDF fonts and many
 *       system fonts lack it and print a box; U+00A0 is in every font and still keeps a number on
 *       one line.</li>
 * </ul>
 * Rounding is half-up on the decimal value as written ({@code 2.675 → 2.68}), which is what people
 * checking a figure by hand expect. The minus sign is the ASCII hyphen-minus, so figures copied
 * into a spreadsheet stay numbers. Unknown or missing language codes fall back to English.
 * This class does not use {@link java.text.NumberFormat}: the JDK's kk locale data has varied
 * between releases, and maps must print the same everywhere.
 */
public final class NumberFormats {
    private NumberFormats() {}

    /** The thousands separator of ru and kk. */
    public static final char NBSP = '\u00A0';
    /** Shown instead of a number for NaN (no data). */
    public static final String NO_VALUE = "—";
    /** Between the two ends of a range: an en dash with (no-break before) spaces. */
    public static final String RANGE_DASH = NBSP + "– ";

    private static final int MAX_DECIMALS = 12;

    /** "ru", "kk" or "en" for a language tag such as "ru-RU", "kk_KZ", "KK" or null. */
    public static String language(String lang) {
        if (lang == null) return "en";
        String l = lang.trim().toLowerCase(Locale.ROOT);
        if (l.startsWith("ru")) return "ru";
        if (l.startsWith("kk") || l.startsWith("kz")) return "kk";
        return "en";
    }

    public static char groupingSeparator(String lang) { return language(lang).equals("en") ? ',' : NBSP; }

    public static char decimalSeparator(String lang) { return language(lang).equals("en") ? '.' : ','; }

    /**
     * The value with exactly {@code decimals} digits after the separator, thousands grouped:
     * {@code format(1234.56, 1, "ru")} is "1 234,6" (with U+00A0).
     */
    public static String format(double value, int decimals, String lang) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0.." + MAX_DECIMALS + ", got " + decimals);
        }
        if (Double.isNaN(value)) return NO_VALUE;
        if (Double.isInfinite(value)) return value > 0 ? "∞" : "-∞";
        String plain = roundHalfUp(Math.abs(value), decimals);
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        if (value < 0 && !allZeros(plain)) sb.append('-');   // no "-0"
        char group = groupingSeparator(lang);
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) sb.append(group).append(whole, i, i + 3);
        if (!frac.isEmpty()) sb.append(decimalSeparator(lang)).append(frac);
        return sb.toString();
    }

    /**
     * A non-negative value's shortest decimal form ({@link Double#toString}) rounded half-up to
     * {@code decimals} digits, as plain digits with a point: what
     * {@code new BigDecimal(Double.toString(v)).setScale(decimals, HALF_UP).toPlainString()} gives
     * (NumberFormatsTest checks it against that), without BigDecimal, whose first use initialises
     * BigInteger's tables: about 20 ms on the critical path of every render's legend.
     */
    static String roundHalfUp(double abs, int decimals) {
        String r = Double.toString(abs);
        int e = r.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(r.substring(e + 1));
        String m = e < 0 ? r : r.substring(0, e);
        int dot = m.indexOf('.');
        StringBuilder d = new StringBuilder(m.length() + 16).append(m, 0, dot).append(m, dot + 1, m.length());
        int point = dot + exp; // how many of the digits are before the decimal point
        while (point < 1) { d.insert(0, '0'); point++; }
        int keep = point + decimals;
        while (d.length() <= keep) d.append('0'); // one digit past those kept decides
        boolean up = d.charAt(keep) >= '5';
        d.setLength(keep);
        if (up) {
            int i = keep - 1;
            while (i >= 0 && d.charAt(i) == '9') d.setCharAt(i--, '0');
            if (i < 0) { d.insert(0, '1'); point++; } else d.setCharAt(i, (char) (d.charAt(i) + 1));
        }
        int lead = 0;
        while (lead < point - 1 && d.charAt(lead) == '0') lead++;
        String whole = d.substring(lead, point), frac = d.substring(point);
        return frac.isEmpty() ? whole : whole + "." + frac;
    }

    private static boolean allZeros(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != '0' && c != '.') return false;
        }
        return true;
    }

    /** A whole number, grouped: "20,158,621" / "20 158 621". */
    public static String integer(double value, String lang) { return format(value, 0, lang); }

    /** "lower – upper", both with the same decimals: "1 234,5 – 2 345,6" (ru), "1,234.5 – 2,345.6" (en). */
    public static String range(double lower, double upper, int decimals, String lang) {
        return format(lower, decimals, lang) + RANGE_DASH + format(upper, decimals, lang);
    }

    private static final String[][] UNITS = {
            // en, ru, kk  for 10^3, 10^6, 10^9, 10^12
            {"K", "тыс.", "мың"},
            {"M", "млн", "млн"},
            {"B", "млрд", "млрд"},
            {"T", "трлн", "трлн"},
    };

    /**
     * A short form for legends and labels: 1 234 567 with 1 decimal is "1.2 M" (en), "1,2 млн" (ru,
     * kk); 12 345 is "12.3 K" / "12,3 тыс." / "12,3 мың". Values below one thousand are formatted
     * plainly. A value that rounds up to 1000 of a unit moves to the next (999 950 → "1.0 M").
     */
    public static String compact(double value, int decimals, String lang) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return format(value, decimals, lang);
        int col = switch (language(lang)) { case "ru" -> 1; case "kk" -> 2; default -> 0; };
        double abs = Math.abs(value);
        int unit = -1;
        double scaled = abs;
        for (int u = UNITS.length - 1; u >= 0; u--) {
            double base = Math.pow(1000, u + 1);
            if (abs >= base) { unit = u; scaled = abs / base; break; }
        }
        // rounding may carry into the next unit: 999.96 K -> 1 000,0 K -> 1,0 M
        double roundedScaled = Double.parseDouble(roundHalfUp(scaled, decimals));
        if (roundedScaled >= 1000 && unit < UNITS.length - 1) {
            unit++;
            scaled = abs / Math.pow(1000, unit + 1);
        }
        if (unit < 0) return format(value, decimals, lang);
        String number = format(value < 0 ? -scaled : scaled, decimals, lang);
        return number + NBSP + UNITS[unit][col];
    }

    /**
     * The fewest decimals, at least {@code min} and at most {@code min + 4}, at which the given
     * ascending values all print differently, so legend bounds such as 12.34 and 12.36 do not
     * both show as "12.3".
     */
    public static int decimalsToTellApart(double[] ascending, int min) {
        int d = Math.max(0, min);
        for (; d < min + 4 && d < MAX_DECIMALS; d++) {
            boolean distinct = true;
            for (int i = 1; i < ascending.length && distinct; i++) {
                if (ascending[i] != ascending[i - 1]
                        && format(ascending[i], d, "en").equals(format(ascending[i - 1], d, "en"))) distinct = false;
            }
            if (distinct) return d;
        }
        return d;
    }
}
