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

    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static String format(Args args) { return args.choice("format", "csv", "csv", "json"); }

    public static void rows(PrintStream out, String format, List<String> header, List<List<Object>> rows) throws IOException {
        if (format.equals("json")) {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (List<Object> r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) m.put(header.get(i), json(r.get(i)));
                objects.add(m);
            }
            out.println(JSON.writeValueAsString(objects));
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
        out.println(JSON.writeValueAsString(value));
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
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return o;
    }
}
