package kz.aimaq.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's own {@code datasets/indicators.csv} (RFC 4180: commas, double quotes,
 * doubled quotes inside them) in one pass over its characters. Every command and the app read
 * this 2.7 MB table first; the general CSV library took about a fifth of a 4K render's time on
 * it, a single scan takes a few milliseconds. Repeated texts (units, the long source lines,
 * notes) are kept once, so 7,800 observations share a few hundred strings instead of holding
 * 7,800 copies. Imported files still go through Commons CSV ({@link IndicatorData#readObservations}):
 * they come in every dialect, this table in one.
 */
final class BundledCsv {
    private BundledCsv() {}

    static List<Observation> readObservations(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    static List<Observation> parse(String text) throws IOException {
        String file = "datasets/indicators.csv";
        Scanner sc = new Scanner(text, file);
        List<String> header = sc.record();
        if (header == null) throw new IOException(file + " is empty");
        int kato = column(header, "kato", file), year = column(header, "year", file), indicator = column(header, "indicator", file),
                value = column(header, "value", file), unit = column(header, "unit", file), boundary = column(header, "boundary", file),
                source = column(header, "source", file), note = column(header, "note", file);
        Map<String, String> shared = new HashMap<>();
        List<Observation> out = new ArrayList<>(8192);
        for (List<String> r = sc.record(); r != null; r = sc.record()) {
            if (r.size() != header.size()) {
                throw new IOException(file + " line " + sc.recordLine + ": " + r.size() + " fields, the header has " + header.size());
            }
            out.add(new Observation(once(shared, r.get(kato)), Integer.parseInt(r.get(year)), once(shared, r.get(indicator)),
                    Double.parseDouble(r.get(value)), once(shared, r.get(unit)), Observation.Boundary.parse(r.get(boundary)),
                    once(shared, r.get(source)), once(shared, r.get(note))));
        }
        return out;
    }

    private static String once(Map<String, String> shared, String s) {
        String kept = shared.putIfAbsent(s, s);
        return kept == null ? s : kept;
    }

    private static int column(List<String> header, String name, String file) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) throw new IOException(file + " has no column " + name);
        return i;
    }

    /** A small table read whole: its header and records, each field found by its column's name. */
    static final class Table {
        private final String file;
        private final List<String> header;
        final List<List<String>> rows = new ArrayList<>();

        private Table(String file, List<String> header) {
            this.file = file;
            this.header = header;
        }

        /** The index of a column, or an IOException naming the file and the column. */
        int column(String name) throws IOException { return BundledCsv.column(header, name, file); }
    }

    /** Reads {@code text} (the contents of {@code file}, named in errors) as a header line and records. */
    static Table table(String text, String file) throws IOException {
        Scanner sc = new Scanner(text, file);
        List<String> header = sc.record();
        if (header == null) throw new IOException(file + " is empty");
        Table t = new Table(file, header);
        for (List<String> r = sc.record(); r != null; r = sc.record()) {
            if (r.size() == 1 && r.getFirst().isEmpty()) continue; // a blank line
            if (r.size() != header.size()) {
                throw new IOException(file + " line " + sc.recordLine + ": " + r.size() + " fields, the header has " + header.size());
            }
            t.rows.add(r);
        }
        return t;
    }

    /** Fields of one record at a time. */
    private static final class Scanner {
        private final String s;
        private final String file;
        private int pos;
        int line = 1;
        /** The line the record last returned starts on. */
        int recordLine = 1;

        Scanner(String s, String file) {
            this.s = s;
            this.file = file;
            if (s.startsWith("\uFEFF")) pos = 1;
        }

        /** The next record's fields, or null at the end. */
        List<String> record() throws IOException {
            if (pos >= s.length()) return null;
            recordLine = line;
            List<String> fields = new ArrayList<>(8);
            StringBuilder quoted = new StringBuilder();
            while (true) {
                if (pos < s.length() && s.charAt(pos) == '"') {
                    pos++;
                    quoted.setLength(0);
                    while (true) {
                        int q = s.indexOf('"', pos);
                        if (q < 0) throw new IOException(file + " line " + line + ": a quote is not closed");
                        quoted.append(s, pos, q);
                        for (int i = pos; i < q; i++) if (s.charAt(i) == '\n') line++;
                        pos = q + 1;
                        if (pos < s.length() && s.charAt(pos) == '"') { quoted.append('"'); pos++; } else break;
                    }
                    fields.add(quoted.toString());
                } else {
                    int end = pos;
                    while (end < s.length()) {
                        char c = s.charAt(end);
                        if (c == ',' || c == '\n' || c == '\r') break;
                        end++;
                    }
                    fields.add(s.substring(pos, end));
                    pos = end;
                }
                if (pos >= s.length()) return fields;
                char c = s.charAt(pos);
                if (c == ',') { pos++; continue; }
                if (c == '\r') pos++;
                if (pos < s.length() && s.charAt(pos) == '\n') pos++;
                else if (c != '\r') throw new IOException(file + " line " + line + ": text after a closing quote");
                line++;
                return fields;
            }
        }
    }
}
