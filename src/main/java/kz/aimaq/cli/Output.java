package kz.aimaq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintStream;
import java.util.*;

/**
 * Writes rows as CSV (header line, comma, dot decimals, RFC 4180 quoting) or JSON (an array of
 * objects with the same keys), so every table command speaks both formats the same way.
 *
 * <p>CSV text cells that a spreadsheet would run as a formula ({@code =HYPERLINK(...)},
 * {@code @SUM(...)}, {@code +1+2}, {@code -2+3}, a leading tab or carriage return), which come
 * from the user's own files (import-check echoes labels), are prefixed with an apostrophe as
 * OWASP and the spreadsheet makers recommend. Numbers, including negative ones, are unchanged.
 */
public final class Output {
    private Output() {}

    /**
     * The JSON writer, made on first use: building an ObjectMapper loads some 500 classes and
     * starts Jackson's date formats (about 30 ms), which a command printing CSV never needs.
     */
    public static ObjectMapper mapper() { return Json.MAPPER; }

    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static String format(Args args) { return args.choice("format", "csv", "csv", "json"); }

    /**
     * Where a table command's rows go. Without {@code --out}, CSV or JSON on stdout exactly as
     * before. With {@code --out FILE}: {@code --format xlsx} writes a workbook (numeric cells with
     * number formats, a source sheet in the {@code --lang} language), {@code --format csv} a CSV
     * for Excel (UTF-8 with BOM; {@code ;} and decimal comma with {@code --lang ru|kk}, {@code ,}
     * and point with en), {@code --format json} the same JSON as stdout. {@code --format xlsx}
     * without {@code --out} is refused: a workbook on a terminal helps nobody.
     */
    record Target(String format, java.nio.file.Path file, String lang) {
        boolean toFile() { return file != null; }
    }

    /** The usage text of the options {@link #target(Args)} reads. */
    static final String TARGET_OPTIONS = "[--format csv|json|xlsx] [--out FILE.xlsx|FILE.csv] [--lang kk|ru|en]";

    /** Reads {@code --format csv|json|xlsx}, {@code --out FILE} and {@code --lang kk|ru|en}. */
    static Target target(Args args) {
        String format = args.choice("format", "csv", "csv", "json", "xlsx");
        String out = args.opt("out").orElse(null);
        String lang = args.choice("lang", "en", "kk", "ru", "en");
        return target(format, out, lang);
    }

    static Target target(String format, String out, String lang) {
        if (format.equals("xlsx") && out == null) {
            throw new CliException("--format xlsx writes a workbook to a file: add --out FILE.xlsx");
        }
        if (out != null) {
            String ext = extension(out);
            if (!ext.equals(format)) {
                throw new CliException(switch (format) {
                    case "xlsx" -> "--format xlsx writes an Excel workbook: name it FILE.xlsx, not " + out;
                    case "json" -> "--format json --out writes JSON: name it FILE.json, not " + out;
                    default -> "--out " + out + ": a table is saved as FILE.csv (--format csv) or FILE.xlsx (--format xlsx)";
                });
            }
        }
        return new Target(format, out == null ? null : java.nio.file.Path.of(out), lang);
    }

    private static String extension(String file) {
        String n = java.nio.file.Path.of(file).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A table command's rows to its {@link Target}: stdout as {@link #rows} does, or a file (then
     * stdout gets the file's path, as {@code render} prints). Column kinds for the workbook come
     * from the cells ({@link #columns}).
     */
    static void table(PrintStream out, Target t, String title, List<String> header, List<List<Object>> rows,
                      List<String> notes) throws IOException {
        table(out, t, new kz.aimaq.core.table.DataTable(title, columns(header, rows), rows, notes));
    }

    static void table(PrintStream out, Target t, kz.aimaq.core.table.DataTable table) throws IOException {
        if (!t.toFile()) {
            rows(out, t.format(), table.headers(), table.rows());
            return;
        }
        switch (t.format()) {
            case "xlsx" -> kz.aimaq.core.table.XlsxTableWriter.write(table, t.file(), t.lang());
            case "csv" -> kz.aimaq.core.table.CsvTableWriter.write(table, t.file(), t.lang());
            default -> {
                var buf = new java.io.ByteArrayOutputStream();
                rows(new PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8), "json", table.headers(), table.rows());
                kz.aimaq.core.io.AtomicFiles.write(t.file(), o -> o.write(buf.toByteArray()));
            }
        }
        out.println(t.file());
        out.flush();
    }

    /**
     * The kind of each column, read from its cells: text when any cell is text (or every cell is
     * empty); a year when the header is {@code year}, {@code from}, {@code to} or ends in
     * {@code _year} and the cells are whole numbers; an integer for whole-number types and
     * BigDecimals of scale 0; otherwise a decimal showing as many decimals as the cells have
     * (at most 4; the cell keeps every digit).
     */
    static List<kz.aimaq.core.table.TableColumn> columns(List<String> header, List<List<Object>> rows) {
        List<kz.aimaq.core.table.TableColumn> cols = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            boolean text = false, any = false, whole = true;
            int decimals = 0;
            for (List<Object> r : rows) {
                Object o = r.get(c);
                if (o == null) continue;
                if (!(o instanceof Number n)) { if (!o.toString().isEmpty()) text = true; continue; }
                if (n instanceof Double d && !Double.isFinite(d)) continue;
                any = true;
                int scale = scale(n);
                if (scale > 0) whole = false;
                decimals = Math.max(decimals, scale);
            }
            if (text || !any) cols.add(kz.aimaq.core.table.TableColumn.text(h));
            else if (whole && (h.equals("year") || h.equals("from") || h.equals("to") || h.endsWith("_year"))) {
                cols.add(kz.aimaq.core.table.TableColumn.year(h));
            } else if (whole) cols.add(kz.aimaq.core.table.TableColumn.integer(h));
            else cols.add(kz.aimaq.core.table.TableColumn.decimal(h, Math.min(decimals, 4)));
        }
        return cols;
    }

    private static int scale(Number n) {
        if (n instanceof java.math.BigDecimal b) return Math.max(0, b.scale());
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d == Math.rint(d)) return 0;
            return Math.max(0, java.math.BigDecimal.valueOf(d).stripTrailingZeros().scale());
        }
        return 0;
    }

    public static void rows(PrintStream out, String format, List<String> header, List<List<Object>> rows) throws IOException {
        if (format.equals("json")) {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (List<Object> r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) m.put(header.get(i), json(r.get(i)));
                objects.add(m);
            }
            out.println(mapper().writeValueAsString(objects));
        } else {
            StringBuilder sb = new StringBuilder();
            try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                p.printRecord(header);
                for (List<Object> r : rows) {
                    List<Object> cells = new ArrayList<>();
                    for (Object o : r) cells.add(csv(o));
                    p.printRecord(cells);
                }
            }
            out.print(sb);
        }
        out.flush();
    }

    public static void json(PrintStream out, Object value) throws IOException {
        out.println(mapper().writeValueAsString(value));
        out.flush();
    }

    private static Object json(Object o) {
        if (o instanceof Double d && (d.isNaN() || d.isInfinite())) return null;
        return o;
    }

    /** The text a CSV cell may hold without a spreadsheet taking it for a formula (one rule for stdout and saved tables). */
    static String neutralise(String s) { return kz.aimaq.core.table.CsvTableWriter.neutralise(s); }

    private static Object csv(Object o) {
        if (o == null) return "";
        if (o instanceof CharSequence cs) return neutralise(cs.toString());
        if (o instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return "";
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
            // the shortest decimal, as BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
            // gives it; BigDecimal only for an exponent (its first use costs 15-20 ms of a command)
            String shortest = Double.toString(d);
            if (shortest.indexOf('E') < 0) return shortest;
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return o;
    }
}
