package kz.aimaq.core.table;

import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.io.ExportException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Writes a {@link DataTable} as a CSV that Excel opens with the right letters and numbers:
 * UTF-8 with a byte-order mark (without it Excel reads Cyrillic and Kazakh letters as
 * Windows-1251 or 1252 mojibake); in kk and ru the separator is {@code ;} and the decimal mark
 * a comma, which is what Excel expects under a Russian or Kazakh Windows locale; in en {@code ,}
 * and a point. Lines end with CRLF (RFC 4180); cells holding the separator, a quote or a line
 * break are quoted.
 *
 * <p>Numbers are written with all their digits (no rounding to the column's decimals, no
 * thousands separator, so Excel and QGIS read them as numbers); NaN and infinities are empty
 * cells. Text cells a spreadsheet would run as a formula are prefixed with an apostrophe
 * ({@link #neutralise}). The file holds the table alone (header and rows), so it re-imports and
 * joins cleanly; the title and notes go to the XLSX's source sheet.
 */
public final class CsvTableWriter {
    private CsvTableWriter() {}

    /** The byte-order mark Excel needs to read UTF-8. */
    public static final char BOM = '\uFEFF';

    public static void write(DataTable table, Path file, String lang) throws ExportException {
        String text = toText(table, lang);
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(BOM);
                w.write(text);
                w.flush();
            });
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(e, "export.error.failed", String.valueOf(file.getFileName()), String.valueOf(e.getMessage()));
        }
    }

    /** The CSV text without the BOM. */
    public static String toText(DataTable table, String lang) {
        char sep = separator(lang);
        char dec = NumberFormats.decimalSeparator(lang);
        StringBuilder sb = new StringBuilder();
        line(sb, table.headers().stream().map(h -> (Object) h).toList(), sep, dec);
        for (var row : table.rows()) line(sb, row, sep, dec);
        return sb.toString();
    }

    /** {@code ;} for kk and ru, {@code ,} for en. */
    public static char separator(String lang) { return NumberFormats.language(lang).equals("en") ? ',' : ';'; }

    private static void line(StringBuilder sb, java.util.List<Object> cells, char sep, char dec) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(sep);
            sb.append(quote(cell(cells.get(i), dec), sep));
        }
        sb.append("\r\n");
    }

    private static String cell(Object o, char dec) {
        if (o == null) return "";
        if (o instanceof Number n) return number(n, dec);
        return neutralise(o.toString());
    }

    /** A number with all its digits, plain (no exponent), with {@code dec} as the decimal mark. */
    static String number(Number n, char dec) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return "";
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', dec);
        }
        if (n instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString().replace('.', dec);
        return n.toString().replace('.', dec);
    }

    private static String quote(String s, char sep) {
        boolean needs = s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

    /**
     * The text a CSV cell may hold without a spreadsheet taking it for a formula: a cell starting
     * with {@code = @ + -}, a tab or a carriage return (or the full-width {@code ＝ ＠}) gets a
     * leading apostrophe, as OWASP and the spreadsheet makers recommend; signed numbers as text
     * ("-2.5") are left alone.
     */
    public static String neutralise(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '@' || c == '\t' || c == '\r' || c == '+' || c == '-'
                || c == '\uFF1D' || c == '\uFF20';
        if (!risky) return s;
        if ((c == '-' || c == '+') && NUMBER.matcher(s).matches()) return s;
        return "'" + s;
    }
}
