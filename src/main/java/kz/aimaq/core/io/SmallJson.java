package kz.aimaq.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small JSON document (a configuration file of a few hundred bytes) into plain values:
 * objects as ordered maps, arrays as lists, strings, numbers as doubles, booleans, and null.
 * Every render reads a map configuration first; Jackson's parser, cold, spent about 15 ms making
 * its factory and initialising its number constants before reading seven fields. Large or
 * user-supplied JSON (projects, GeoJSON) still goes through Jackson.
 */
public final class SmallJson {
    private final String s;
    private int pos;

    private SmallJson(String s) { this.s = s; }

    /** The document's value; an IOException with the line and column of the first thing it cannot read. */
    public static Object parse(Reader reader) throws IOException {
        StringWriter w = new StringWriter();
        reader.transferTo(w);
        SmallJson p = new SmallJson(w.toString());
        Object v = p.value();
        p.skipSpace();
        if (p.pos < p.s.length()) throw p.error("text after the end of the document");
        return v;
    }

    private Object value() throws IOException {
        skipSpace();
        if (pos >= s.length()) throw error("the document ends where a value was expected");
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) yield number();
                throw error("unexpected '" + c + "'");
            }
        };
    }

    private Map<String, Object> object() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++; // {
        skipSpace();
        if (peek() == '}') { pos++; return m; }
        while (true) {
            skipSpace();
            if (peek() != '"') throw error("expected a member name in double quotes");
            String key = string();
            skipSpace();
            if (peek() != ':') throw error("expected ':' after \"" + key + "\"");
            pos++;
            m.put(key, value());
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') return m;
            if (c != ',') throw error("expected ',' or '}' in an object");
        }
    }

    private List<Object> array() throws IOException {
        List<Object> l = new ArrayList<>();
        pos++; // [
        skipSpace();
        if (peek() == ']') { pos++; return l; }
        while (true) {
            l.add(value());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') return l;
            if (c != ',') throw error("expected ',' or ']' in an array");
        }
    }

    private String string() throws IOException {
        pos++; // opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= s.length()) throw error("a text is not closed");
            char c = s.charAt(pos++);
            if (c == '"') return b.toString();
            if (c < 0x20) throw error("a control character inside a text");
            if (c != '\\') { b.append(c); continue; }
            if (pos >= s.length()) throw error("a text is not closed");
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) throw error("a \\u escape needs four hex digits");
                    try {
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("a \\u escape needs four hex digits");
                    }
                    pos += 4;
                }
                default -> throw error("unknown escape \\" + e);
            }
        }
    }

    private Double number() throws IOException {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) pos++;
        try {
            return Double.valueOf(s.substring(start, pos));
        } catch (NumberFormatException x) {
            pos = start;
            throw error("not a number");
        }
    }

    private Object word(String w, Object v) throws IOException {
        if (!s.startsWith(w, pos)) throw error("unexpected '" + s.charAt(pos) + "'");
        pos += w.length();
        return v;
    }

    private char peek() throws IOException {
        if (pos >= s.length()) throw error("the document ends too early");
        return s.charAt(pos);
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\uFEFF') return;
            pos++;
        }
    }

    private IOException error(String what) {
        int line = 1, col = 1;
        for (int i = 0; i < Math.min(pos, s.length()); i++) {
            if (s.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new IOException("JSON line " + line + ", column " + col + ": " + what);
    }
}
