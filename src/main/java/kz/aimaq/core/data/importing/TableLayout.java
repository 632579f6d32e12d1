package kz.aimaq.core.data.importing;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the data sit in a sheet: which column names the region, which rows are headers, and
 * where the values and years are. Detected by {@link LayoutDetector}; the user corrects it in
 * the preview (every {@code with...} returns a corrected copy). Saved inside an {@link ImportMapping}.
 *
 * <ul>
 *   <li>{@link Kind#WIDE}: one row per region, one column per year ({@code yearColumns}: column → year).
 *       A single-year table ("population on 1 January 2023" by sex and area) is WIDE with one chosen
 *       value column and the year taken from the title.</li>
 *   <li>{@link Kind#LONG}: one row per region and year, with a year column and a value column;
 *       optionally an indicator column, of which only rows equal to {@code indicatorFilter} are read.</li>
 * </ul>
 * Columns and rows are 0-based.
 *
 * @param firstDataRow  rows above it are headers and titles
 * @param indicatorName guessed from the title rows (the user edits it before applying)
 * @param unit          guessed from the header rows ("тыс.тенге", "in percent"), may be empty
 */
public record TableLayout(Kind kind, int regionColumn, int firstDataRow, SortedMap<Integer, Integer> yearColumns,
                          int yearColumn, int valueColumn, int indicatorColumn, String indicatorFilter,
                          String indicatorName, String unit) {

    public enum Kind { WIDE, LONG }

    /** What a column is used for, as the preview's combo boxes show it. */
    public enum ColumnRole { REGION, YEAR_VALUES, YEAR, VALUE, INDICATOR, IGNORED }

    public TableLayout {
        yearColumns = Collections.unmodifiableSortedMap(new TreeMap<>(yearColumns == null ? new TreeMap<>() : yearColumns));
        indicatorName = indicatorName == null ? "" : indicatorName;
        unit = unit == null ? "" : unit;
    }

    public static TableLayout wide(int regionColumn, int firstDataRow, SortedMap<Integer, Integer> yearColumns,
                                   String indicatorName, String unit) {
        return new TableLayout(Kind.WIDE, regionColumn, firstDataRow, yearColumns, -1, -1, -1, null, indicatorName, unit);
    }

    public static TableLayout longForm(int regionColumn, int firstDataRow, int yearColumn, int valueColumn,
                                       int indicatorColumn, String indicatorFilter, String indicatorName, String unit) {
        return new TableLayout(Kind.LONG, regionColumn, firstDataRow, new TreeMap<>(), yearColumn, valueColumn,
                indicatorColumn, indicatorFilter, indicatorName, unit);
    }

    public ColumnRole role(int column) {
        if (column == regionColumn) return ColumnRole.REGION;
        if (kind == Kind.WIDE) return yearColumns.containsKey(column) ? ColumnRole.YEAR_VALUES : ColumnRole.IGNORED;
        if (column == yearColumn) return ColumnRole.YEAR;
        if (column == valueColumn) return ColumnRole.VALUE;
        if (column == indicatorColumn) return ColumnRole.INDICATOR;
        return ColumnRole.IGNORED;
    }

    public TableLayout withRegionColumn(int column) {
        return new TableLayout(kind, column, firstDataRow, yearColumns, yearColumn, valueColumn, indicatorColumn, indicatorFilter, indicatorName, unit);
    }

    public TableLayout withFirstDataRow(int row) {
        return new TableLayout(kind, regionColumn, row, yearColumns, yearColumn, valueColumn, indicatorColumn, indicatorFilter, indicatorName, unit);
    }

    /** WIDE: the value columns and the year each holds (e.g. {4: 2023} for the urban population column E). */
    public TableLayout withYearColumns(SortedMap<Integer, Integer> columns) {
        return new TableLayout(Kind.WIDE, regionColumn, firstDataRow, columns, -1, -1, -1, null, indicatorName, unit);
    }

    public TableLayout withYearColumns(java.util.Map<Integer, Integer> columns) { return withYearColumns(new TreeMap<>(columns)); }

    /** LONG: which columns hold the year and the value, and which indicator to keep (null: no indicator column). */
    public TableLayout withLongColumns(int year, int value, int indicator, String filter) {
        return new TableLayout(Kind.LONG, regionColumn, firstDataRow, new TreeMap<>(), year, value, indicator, filter, indicatorName, unit);
    }

    public TableLayout withIndicator(String name, String unit) {
        return new TableLayout(kind, regionColumn, firstDataRow, yearColumns, yearColumn, valueColumn, indicatorColumn, indicatorFilter, name, unit);
    }

    /** Columns the layout reads values from. */
    public List<Integer> valueColumns() {
        return kind == Kind.WIDE ? List.copyOf(yearColumns.keySet()) : List.of(valueColumn);
    }
}
