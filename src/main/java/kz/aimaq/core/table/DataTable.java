package kz.aimaq.core.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to save: a title, typed columns, rows and notes (data source lines, units, territory,
 * method). A cell is a {@link Number} (written as a number; NaN and infinities as an empty
 * cell), a {@link CharSequence}, {@code null} (empty) or anything else (written as its
 * {@code toString()}). Each row has exactly one cell per column; rows and notes are copied, so
 * the table does not change after it is made.
 */
public record DataTable(String title, List<TableColumn> columns, List<List<Object>> rows, List<String> notes) {
    public DataTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> r = rows.get(i);
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + r.size() + " cells, the table has "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));   // cells may be null
        }
        rows = Collections.unmodifiableList(copy);
        notes = List.copyOf(notes);
    }

    /** The headers in column order. */
    public List<String> headers() { return columns.stream().map(TableColumn::header).toList(); }

    /** The number in a cell, or NaN when it is empty or not a number. */
    public static double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
