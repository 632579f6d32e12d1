package kz.aimaq.core.data.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a sheet as the import dialog shows them, with each column's role under the
 * current layout, so the dialog is a thin view over this record.
 *
 * @param columns column letters (A, B, ...)
 * @param roles   each column's role under the layout
 * @param years   the year each YEAR_VALUES column holds, null for the others
 */
public record TablePreview(List<String> columns, List<TableLayout.ColumnRole> roles, List<Integer> years, List<Row> rows) {

    /** One sheet row: its 1-based number, the cell texts, and whether the layout treats it as a header. */
    public record Row(int number, List<String> cells, boolean header) {}

    public static final int DEFAULT_ROWS = 20;

    public static TablePreview of(Grid grid, TableLayout layout, int maxRows) {
        int cols = grid.columnCount();
        List<String> names = new ArrayList<>();
        List<TableLayout.ColumnRole> roles = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            names.add(Grid.columnName(c));
            roles.add(layout.role(c));
            years.add(layout.yearColumns().get(c));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < Math.min(maxRows, grid.rowCount()); r++) {
            List<String> cells = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) cells.add(grid.text(r, c));
            rows.add(new Row(r + 1, cells, r < layout.firstDataRow()));
        }
        return new TablePreview(names, roles, years, rows);
    }
}
