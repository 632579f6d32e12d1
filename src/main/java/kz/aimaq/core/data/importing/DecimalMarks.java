package kz.aimaq.core.data.importing;

import kz.aimaq.core.data.importing.NumberParser.DecimalMark;

import java.util.*;
import java.util.regex.Pattern;

/**
 * The decimal mark of each column of a sheet, decided from all of that column's text cells,
 * and the numbers read with it.
 *
 * <p>"4,143" alone is 4.143 in Kazakhstan and Russia and 4143 in an English table. A cell like
 * "4,14" or "4 143,5" says which; "4,143" says nothing. So, per column: the cells that say
 * something decide; a column whose cells say nothing takes what the rest of the sheet says (a
 * table is written in one locale); a sheet whose cells say nothing takes the file's hint (a
 * CSV separated by ';' is what Excel writes where the decimal mark is a comma). A column that
 * is still undecided but holds cells like "4,143" or "4.143" is <em>ambiguous</em>: it is read
 * with the point as decimal mark and listed by {@link #ambiguous()}, so the join report can say
 * so and the user can choose ({@link Grid#withDecimalMark}). A sheet given a mark by the user
 * is read with it everywhere.
 *
 * <p>Cells stored as numbers (Excel numeric cells) say nothing and need no mark.
 */
public final class DecimalMarks {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F'’`´]");
    private static final Pattern AMBIGUOUS = Pattern.compile("[-+−]?\\d{1,3}[.,]\\d{3}%?\\*?");

    /** A column whose mark could not be decided, with one cell that shows why. */
    public record Ambiguous(int column, String example) {}

    private final Grid grid;
    private final Map<Integer, NumberParser> parsers = new HashMap<>();
    private final NumberParser fallback;
    private final List<Ambiguous> ambiguous;

    private DecimalMarks(Grid grid, Map<Integer, DecimalMark> marks, DecimalMark fallback, List<Ambiguous> ambiguous) {
        this.grid = grid;
        marks.forEach((c, m) -> parsers.put(c, new NumberParser(m)));
        this.fallback = new NumberParser(fallback);
        this.ambiguous = List.copyOf(ambiguous);
    }

    /** Rows looked at per column: enough to decide, and keeps 200 000-row tables fast. */
    static final int SAMPLE_ROWS = 5_000;

    public static DecimalMarks of(Grid g) {
        if (g.decimalMark() != null) return new DecimalMarks(g, Map.of(), g.decimalMark(), List.of());
        int rows = Math.min(g.rowCount(), SAMPLE_ROWS);
        int[] comma = new int[g.columnCount()], point = new int[g.columnCount()];
        String[] example = new String[g.columnCount()];
        int sheetComma = 0, sheetPoint = 0;
        for (int c = 0; c < g.columnCount(); c++) {
            for (int r = 0; r < rows; r++) {
                Grid.Cell cell = g.cell(r, c);
                if (cell.number() != null || cell.text().isBlank()) continue;
                String t = SEPARATORS.matcher(cell.text().strip()).replaceAll("");
                if (!t.matches("[-+−]?[\\d.,]+%?\\*?")) continue;
                int[] e = evidence(t);
                comma[c] += e[0];
                point[c] += e[1];
                if (example[c] == null && AMBIGUOUS.matcher(t).matches()) example[c] = cell.text().strip();
            }
            sheetComma += comma[c];
            sheetPoint += point[c];
        }
        DecimalMark sheet = sheetComma > sheetPoint ? DecimalMark.COMMA : sheetPoint > sheetComma ? DecimalMark.POINT
                : g.decimalHint();
        Map<Integer, DecimalMark> marks = new HashMap<>();
        List<Ambiguous> unsure = new ArrayList<>();
        for (int c = 0; c < g.columnCount(); c++) {
            if (comma[c] > point[c]) marks.put(c, DecimalMark.COMMA);
            else if (point[c] > comma[c]) marks.put(c, DecimalMark.POINT);
            else if (sheet != null) marks.put(c, sheet);
            else {
                marks.put(c, DecimalMark.POINT);
                if (example[c] != null) unsure.add(new Ambiguous(c, example[c]));
            }
        }
        return new DecimalMarks(g, marks, sheet == null ? DecimalMark.POINT : sheet, unsure);
    }

    /** [comma evidence, point evidence] of one number-like text (separators removed). */
    static int[] evidence(String t) {
        int comma = 0, point = 0;
        if (t.matches(".*\\d,\\d{1,2}%?\\*?|.*\\d,\\d{4,}%?\\*?") || t.matches(".*\\.\\d{3}.*,\\d+%?\\*?")) comma++;
        if (t.matches(".*\\d\\.\\d{1,2}%?\\*?|.*\\d\\.\\d{4,}%?\\*?") || t.matches(".*,\\d{3}.*\\.\\d+%?\\*?")) point++;
        if (t.matches("[-+−]?\\d{1,3}(\\.\\d{3}){2,}")) comma++;
        if (t.matches("[-+−]?\\d{1,3}(,\\d{3}){2,}")) point++;
        if (t.matches("[-+−]?0[.,]\\d{3}")) { if (t.contains(",")) comma++; else point++; } // 0,143 has no thousands
        return new int[]{comma, point};
    }

    /** The value of cell (row, column), read with that column's mark. */
    public NumberParser.Value at(int row, int col) {
        return parsers.getOrDefault(col, fallback).parse(grid.cell(row, col));
    }

    public DecimalMark mark(int col) { return parsers.getOrDefault(col, fallback).mark(); }

    /** Columns whose decimal mark is a guess the user should confirm. */
    public List<Ambiguous> ambiguous() { return ambiguous; }
}
