package kz.aimaq.ui.common;

import javafx.scene.control.TableView;
import kz.aimaq.core.table.DataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a table in the app tells the scene-wide table menu ("Copy", "Save as XLSX/CSV…") what it
 * holds. Without anything set, the menu builds a {@link DataTable} from the visible columns and
 * rows (numbers stay numbers); a table that knows better (a title, the data source, units,
 * territory, method; exact values behind rounded cells) puts a {@code Supplier<DataTable>} under
 * {@link #SOURCE} in {@link TableView#getProperties()}:
 *
 * <pre>{@code TableExport.supply(table, () -> new DataTable(title, columns, rows, notes));}</pre>
 *
 * The supplier is called on the FX thread each time the user copies or saves, so it may read the
 * table's current state.
 */
public final class TableExport {
    private TableExport() {}

    /** Key in {@code TableView.getProperties()}: a {@code Supplier<DataTable>}. */
    public static final String SOURCE = "aimaq.table.source";
    /** Key in {@code TableView.getProperties()}: a String title used when no {@link #SOURCE} is set. */
    public static final String TITLE = "aimaq.table.title";
    /** Key in {@code TableView.getProperties()}: a {@code List<String>} of notes used when no {@link #SOURCE} is set. */
    public static final String NOTES = "aimaq.table.notes";

    /** Key in {@code TableView.getProperties()}: the TableView holding this table's frozen leading columns. */
    public static final String LEADING = "aimaq.table.leading";
    /** Key in {@code TableView.getProperties()}: the TableView that copies and saves in this one's place. */
    public static final String DELEGATE = "aimaq.table.delegate";

    /**
     * A frozen column kept in its own table beside the scrolling one (the macro-region names):
     * copying or saving either of them gives one table, the frozen columns first, as the user
     * reads it on screen.
     */
    public static void freeze(TableView<?> fixed, TableView<?> scrolling) {
        scrolling.getProperties().put(LEADING, fixed);
        fixed.getProperties().put(DELEGATE, scrolling);
    }

    /** Lets {@code table} save as {@code source} says instead of as its cells show. */
    public static void supply(TableView<?> table, Supplier<DataTable> source) {
        table.getProperties().put(SOURCE, source);
    }

    /**
     * What the table holds, to copy or save: its own {@link #SOURCE} if it supplies one, else
     * the visible columns (nested headers joined: "2024 · value") and the rows in their displayed
     * order. Numbers stay numbers: a cell holding a Number is one, and a cell showing a number as
     * text the way {@code NumberFormats} writes it ("1 234,5", "12,5 %", "-0.25") is read back
     * into one, in the interface language's marks. A column becomes numeric when at least one of
     * its cells is a number and the others are empty or a short no-value mark ("—", "н/д");
     * otherwise it stays text exactly as shown. Codes such as "00" or "0105" (a leading zero)
     * stay text. Whole numbers all between 1900 and 2100 are years.
     *
     * @param title used when the table has neither {@link #SOURCE} nor {@link #TITLE}
     */
    public static DataTable dataTable(TableView<?> table, String lang, String title) {
        if (table.getProperties().get(DELEGATE) instanceof TableView<?> other) return dataTable(other, lang, title);
        Optional<DataTable> own = supplied(table);
        if (own.isPresent()) return own.get();
        Object t = table.getProperties().get(TITLE);
        Object n = table.getProperties().get(NOTES);
        List<String> notes = new ArrayList<>();
        if (n instanceof List<?> l) for (Object o : l) notes.add(String.valueOf(o));
        return fromCells(table, lang, t instanceof String s && !s.isBlank() ? s : title, notes);
    }

    static DataTable fromCells(TableView<?> table, String lang, String title, List<String> notes) {
        List<javafx.scene.control.TableColumn<?, ?>> cols = new ArrayList<>();
        java.util.Map<javafx.scene.control.TableColumn<?, ?>, java.util.Map<Integer, String>> shown = new java.util.HashMap<>();
        if (table.getProperties().get(LEADING) instanceof TableView<?> fixed && fixed.getItems().size() == table.getItems().size()) {
            cols.addAll(fixed.getVisibleLeafColumns());
            shown.putAll(shownTexts(fixed));
        }
        cols.addAll(table.getVisibleLeafColumns());
        shown.putAll(shownTexts(table));
        int rows = table.getItems().size();
        List<String> headers = new ArrayList<>();
        Object[][] cells = new Object[rows][cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            headers.add(header(cols.get(c)));
            for (int r = 0; r < rows; r++) {
                Object v = cols.get(c).getCellData(r);
                if (v instanceof javafx.beans.value.ObservableValue<?> o) v = o.getValue();
                if (v != null && !(v instanceof CharSequence) && !(v instanceof Number)) {
                    // an object drawn by a cell factory (a group with its colour): what the cell shows
                    String text = shown.getOrDefault(cols.get(c), java.util.Map.of()).get(r);
                    if (text != null) v = text;
                }
                cells[r][c] = v;
            }
        }
        List<kz.aimaq.core.table.TableColumn> columns = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            Column col = column(cells, c, lang);
            columns.add(new kz.aimaq.core.table.TableColumn(headers.get(c), col.kind, col.decimals));
            if (col.kind != kz.aimaq.core.table.TableColumn.Kind.TEXT) {
                for (int r = 0; r < rows; r++) cells[r][c] = number(cells[r][c], lang).map(x -> (Object) x.value).orElse(null);
            } else {
                for (int r = 0; r < rows; r++) cells[r][c] = cells[r][c] == null ? null : text(cells[r][c]);
            }
        }
        List<List<Object>> out = new ArrayList<>();
        for (Object[] r : cells) out.add(java.util.Arrays.asList(r));
        return new DataTable(title, columns, out, notes);
    }

    /** The texts of the cells on screen, by column and row (rows scrolled out of view have none). */
    private static java.util.Map<javafx.scene.control.TableColumn<?, ?>, java.util.Map<Integer, String>> shownTexts(TableView<?> table) {
        java.util.Map<javafx.scene.control.TableColumn<?, ?>, java.util.Map<Integer, String>> out = new java.util.HashMap<>();
        for (javafx.scene.Node n : table.lookupAll(".table-cell")) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && !cell.isEmpty() && cell.getText() != null
                    && cell.getTableColumn() != null && cell.getIndex() >= 0) {
                out.computeIfAbsent(cell.getTableColumn(), k -> new java.util.HashMap<>()).put(cell.getIndex(), cell.getText());
            }
        }
        return out;
    }

    private static String header(javafx.scene.control.TableColumn<?, ?> c) {
        String own = c.getText() == null ? "" : c.getText().trim();
        var parent = c.getParentColumn();
        if (parent == null || parent.getText() == null || parent.getText().isBlank()) return own;
        String up = header((javafx.scene.control.TableColumn<?, ?>) parent);
        return own.isEmpty() ? up : up + " · " + own;
    }

    private static String text(Object v) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) return "";
        return v.toString();
    }

    private record Column(kz.aimaq.core.table.TableColumn.Kind kind, int decimals) {}

    private record Parsed(double value, int decimals, boolean percent) {}

    private static Column column(Object[][] cells, int c, String lang) {
        boolean any = false, percent = true, whole = true, years = true;
        int decimals = 0;
        for (Object[] row : cells) {
            Object v = row[c];
            Optional<Parsed> p = number(v, lang);
            if (p.isPresent()) {
                Parsed x = p.get();
                if (Double.isNaN(x.value)) continue;
                any = true;
                percent &= x.percent;
                decimals = Math.max(decimals, x.decimals);
                if (x.value != Math.rint(x.value)) whole = false;
                if (x.value < 1900 || x.value > 2100 || x.value != Math.rint(x.value)) years = false;
            } else if (!blankOrMark(v)) {
                return new Column(kz.aimaq.core.table.TableColumn.Kind.TEXT, 0);
            }
        }
        if (!any) return new Column(kz.aimaq.core.table.TableColumn.Kind.TEXT, 0);
        if (percent) return new Column(kz.aimaq.core.table.TableColumn.Kind.PERCENT, Math.min(decimals, 4));
        if (whole && decimals == 0) {
            return new Column(years ? kz.aimaq.core.table.TableColumn.Kind.YEAR : kz.aimaq.core.table.TableColumn.Kind.INTEGER, 0);
        }
        return new Column(kz.aimaq.core.table.TableColumn.Kind.DECIMAL, Math.min(decimals, 4));
    }

    /** Empty, or a short mark without digits that stands for "no value" ("—", "n/a", "н/д"). */
    private static boolean blankOrMark(Object v) {
        if (v == null) return true;
        if (v instanceof Number) return false;
        String s = v.toString().strip();
        return s.isEmpty() || (s.length() <= 5 && s.chars().noneMatch(Character::isDigit) && s.chars().noneMatch(Character::isLetter))
                || s.equalsIgnoreCase("n/a") || s.equalsIgnoreCase("н/д") || s.equalsIgnoreCase("ж/ж") || s.equalsIgnoreCase("жоқ");
    }

    private static final java.util.regex.Pattern GROUPED_RU =
            java.util.regex.Pattern.compile("[-−]?(\\d{1,3}([ \u00A0\u202F]\\d{3})+(,\\d+)?|\\d+([,.]\\d+)?)");
    private static final java.util.regex.Pattern GROUPED_EN =
            java.util.regex.Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    /** A cell as a number: a Number, or text as NumberFormats writes it in {@code lang}; empty when it is not one. */
    private static Optional<Parsed> number(Object v, String lang) {
        if (v == null) return Optional.empty();
        if (v instanceof Number num) {
            double d = num.doubleValue();
            int dec = Double.isFinite(d) && d != Math.rint(d)
                    ? Math.max(0, java.math.BigDecimal.valueOf(d).stripTrailingZeros().scale()) : 0;
            return Optional.of(new Parsed(d, dec, false));
        }
        String s = v.toString().strip();
        boolean percent = s.endsWith("%");
        if (percent) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty()) return Optional.empty();
        boolean en = kz.aimaq.core.format.NumberFormats.language(lang).equals("en");
        if (!(en ? GROUPED_EN : GROUPED_RU).matcher(s).matches()) return Optional.empty();
        String digits = s.replace('−', '-');
        String unsigned = digits.startsWith("-") ? digits.substring(1) : digits;
        // "00", "0105": codes, not numbers
        if (unsigned.length() > 1 && unsigned.charAt(0) == '0' && Character.isDigit(unsigned.charAt(1))) return Optional.empty();
        String plain = en ? digits.replace(",", "") : digits.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace(',', '.');
        int dot = plain.indexOf('.');
        try {
            return Optional.of(new Parsed(Double.parseDouble(plain), dot < 0 ? 0 : plain.length() - dot - 1, percent));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The table's own DataTable, if it supplies one. */
    @SuppressWarnings("unchecked")
    public static java.util.Optional<DataTable> supplied(TableView<?> table) {
        Object s = table.getProperties().get(SOURCE);
        return s instanceof Supplier<?> sup && sup.get() instanceof DataTable t ? java.util.Optional.of(t) : java.util.Optional.empty();
    }
}
