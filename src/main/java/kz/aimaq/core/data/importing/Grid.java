package kz.aimaq.core.data.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One sheet of a table as a rectangle of cells: the text as the user sees it, plus the number
 * when the spreadsheet stored the cell as a number. Rows and columns are 0-based here; reports
 * show 1-based row numbers as spreadsheets do. Merged cells carry the merged value in every
 * cell they cover, so a year written once over five columns is seen by all five.
 */
public final class Grid {

    /** A cell: {@code number} is non-null only for cells stored as numbers (Excel numeric/formula cells). */
    public record Cell(String text, Double number) {
        public static final Cell EMPTY = new Cell("", null);
        public boolean isBlank() { return number == null && text.isBlank(); }
    }

    private final String sheetName;
    private final List<List<Cell>> rows;
    private final int columns;
    private final NumberParser.DecimalMark decimalHint;
    private final NumberParser.DecimalMark decimalMark;

    public Grid(String sheetName, List<List<Cell>> rows) {
        this(sheetName, rows, null);
    }

    /**
     * @param decimalHint the decimal mark the file's form suggests when its cells do not say
     *                    (COMMA for a CSV separated by ';'), or null
     */
    public Grid(String sheetName, List<List<Cell>> rows, NumberParser.DecimalMark decimalHint) {
        this.sheetName = sheetName;
        this.decimalHint = decimalHint;
        this.decimalMark = null;
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        int cols = 0;
        for (List<Cell> r : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
            cols = Math.max(cols, r.size());
        }
        this.rows = Collections.unmodifiableList(copy);
        this.columns = cols;
    }

    private Grid(Grid g, NumberParser.DecimalMark mark) {
        this.sheetName = g.sheetName;
        this.rows = g.rows;
        this.columns = g.columns;
        this.decimalHint = g.decimalHint;
        this.decimalMark = mark;
    }

    /** The same sheet read with the decimal mark the user chose (null: decide from the cells, see {@link DecimalMarks}). */
    public Grid withDecimalMark(NumberParser.DecimalMark mark) { return new Grid(this, mark); }

    /** The decimal mark the user chose, or null. */
    public NumberParser.DecimalMark decimalMark() { return decimalMark; }

    /** The decimal mark the file's form suggests, or null. */
    public NumberParser.DecimalMark decimalHint() { return decimalHint; }

    public String sheetName() { return sheetName; }
    public int rowCount() { return rows.size(); }
    public int columnCount() { return columns; }

    public Cell cell(int row, int col) {
        if (row < 0 || row >= rows.size()) return Cell.EMPTY;
        List<Cell> r = rows.get(row);
        return col < 0 || col >= r.size() || r.get(col) == null ? Cell.EMPTY : r.get(col);
    }

    public String text(int row, int col) { return cell(row, col).text(); }

    public boolean isBlankRow(int row) {
        if (row < 0 || row >= rows.size()) return true;
        for (Cell c : rows.get(row)) if (c != null && !c.isBlank()) return false;
        return true;
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    public static String columnName(int col) {
        StringBuilder b = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) b.insert(0, (char) ('A' + (c - 1) % 26));
        return b.toString();
    }
}
