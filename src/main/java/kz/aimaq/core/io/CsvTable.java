package kz.aimaq.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the project's own CSV tables (RFC 4180: commas, double quotes, doubled quotes inside
 * them, LF or CRLF), read whole in one pass over its characters: a header line, then records of
 * as many fields. The bundled tables (observations, indicator catalogue and ratios, regions) are
 * read at the start of every command and of the app; Commons CSV, cold, took tens of
 * milliseconds on them where one scan takes a few. Files users import come in every dialect and
 * still go through Commons CSV.
 */
public final class CsvTable {
    private final String file;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private CsvTable(String file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /** Reads {@code text}, the contents of {@code file} (named in errors). Blank lines are skipped. */
    public static CsvTable parse(String text, String file) throws IOException {
        Scanner sc = new Scanner(text, file);
        List<String> header = sc.record();
        if (header == null) throw new IOException(file + " is empty");
        CsvTable t = new CsvTable(file, header);
        for (List<String> r = sc.record(); r != null; r = sc.record()) {
            if (r.size() == 1 && r.getFirst().isEmpty()) continue;
            if (r.size() != header.size()) {
                throw new IOException(file + " line " + sc.recordLine + ": " + r.size() + " fields, the header has " + header.size());
            }
            t.rows.add(r);
            t.lines.add(sc.recordLine);
        }
        return t;
    }

    /** Reads the whole of {@code reader} as {@link #parse} does. */
    public static CsvTable read(Reader reader, String file) throws IOException {
        StringWriter w = new StringWriter();
        reader.transferTo(w);
        return parse(w.toString(), file);
    }

    /** The index of a column; an IOException naming the file and the column when it has none. */
    public int column(String name) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) throw new IOException(file + " has no column " + name);
        return i;
    }

    /** The records after the header, each with as many fields as the header. */
    public List<List<String>> rows() { return rows; }

    /** The line of the file a record starts on (records may hold line breaks in quotes). */
    public int line(int row) { return lines.get(row); }

    public String file() { return file; }

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
