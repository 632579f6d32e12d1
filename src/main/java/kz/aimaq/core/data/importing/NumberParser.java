package kz.aimaq.core.data.importing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads numbers as people type them in tables: decimal comma or point; spaces, non-breaking
 * spaces, apostrophes (or the other separator) as thousands separators; a trailing footnote
 * star or percent sign. "-", "…", "...", "x" (Latin or Cyrillic) and similar mean "no data"
 * (BNS conventions: "-" no such phenomenon, "х" confidential, "..." no data).
 *
 * <p>"1,234" alone is ambiguous; the {@link DecimalMark} guessed from the whole sheet decides
 * (see {@link #guess}).
 */
public final class NumberParser {

    public enum DecimalMark { POINT, COMMA }

    /** What a cell holds: a number, an explicit "no data" mark, a blank, or text that is not a number. */
    public sealed interface Value {
        record Number(double value) implements Value {}
        record NoData(String mark) implements Value {}
        record Blank() implements Value {}
        record Text(String text) implements Value {}
        /** NaN, Infinity, ∞ or a number too big for a double (1e400): refused, never read as a value. */
        record NotFinite(String text) implements Value {}
    }

    private static final Pattern NON_FINITE = Pattern.compile("(?i)[-+−]?(nan|inf|infinity|∞|#num!|#div/0!)");

    private static final Set<String> NO_DATA = Set.of("-", "–", "—", "…", "...", "..", ".", "x", "х", "xx", "хх",
            "н/д", "нд", "n/a", "na", "nd", ":", "*", "—*", "-*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F'’`´]");
    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final DecimalMark mark;

    public NumberParser(DecimalMark mark) { this.mark = mark; }

    public DecimalMark mark() { return mark; }

    /** Guesses the decimal mark from the text cells of a sheet (cells stored as numbers say nothing). */
    public static DecimalMark guess(Grid g) {
        int comma = 0, point = 0;
        for (int r = 0; r < Math.min(g.rowCount(), 5_000); r++) {   // a sample is enough and keeps big tables fast
            for (int c = 0; c < g.columnCount(); c++) {
                Grid.Cell cell = g.cell(r, c);
                if (cell.number() != null || cell.text().isBlank()) continue;
                String t = SEPARATORS.matcher(cell.text().strip()).replaceAll("");
                if (!t.matches("[-+−]?[\\d.,]+%?")) continue;
                if (t.matches(".*\\d,\\d{1,2}%?|.*\\d,\\d{4,}%?") || t.matches(".*\\.\\d{3}.*,\\d+%?")) comma++;
                if (t.matches(".*\\d\\.\\d{1,2}%?|.*\\d\\.\\d{4,}%?") || t.matches(".*,\\d{3}.*\\.\\d+%?")) point++;
                if (t.matches("\\d{1,3}(\\.\\d{3}){2,}")) comma++;
                if (t.matches("\\d{1,3}(,\\d{3}){2,}")) point++;
            }
        }
        return comma > point ? DecimalMark.COMMA : DecimalMark.POINT;
    }

    public Value parse(Grid.Cell cell) {
        if (cell.number() != null) {
            double v = cell.number();
            return Double.isFinite(v) ? new Value.Number(v) : new Value.NotFinite(cell.text());
        }
        return parse(cell.text());
    }

    public Value parse(String text) {
        if (text == null) return new Value.Blank();
        String t = text.strip();
        if (t.isEmpty()) return new Value.Blank();
        if (NO_DATA.contains(t.toLowerCase(Locale.ROOT))) return new Value.NoData(t);
        if (NON_FINITE.matcher(t).matches()) return new Value.NotFinite(t);
        String s = SEPARATORS.matcher(t).replaceAll("").replace('−', '-');
        while (s.endsWith("*")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1);
        if (s.isEmpty()) return new Value.NoData(t);
        int commas = count(s, ','), points = count(s, '.');
        if (commas > 0 && points > 0) {
            // the last one is the decimal mark, the other groups thousands
            if (s.lastIndexOf(',') > s.lastIndexOf('.')) s = s.replace(".", "").replace(',', '.');
            else s = s.replace(",", "");
        } else if (commas > 0) {
            if (commas > 1) s = s.replace(",", "");
            else if (mark == DecimalMark.POINT && s.matches("[-+]?\\d{1,3},\\d{3}")) s = s.replace(",", "");
            else s = s.replace(',', '.');
        } else if (points > 1) {
            s = s.replace(".", "");
        } else if (points == 1 && mark == DecimalMark.COMMA && s.matches("[-+]?\\d{1,3}\\.\\d{3}")) {
            s = s.replace(".", "");
        }
        if (!PLAIN.matcher(s).matches()) return new Value.Text(t);
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? new Value.Number(v) : new Value.NotFinite(t);
        } catch (NumberFormatException e) {
            return new Value.Text(t);
        }
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ch) n++;
        return n;
    }
}
