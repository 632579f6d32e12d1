package kz.aimaq.ui.common;

import javafx.scene.control.TableView;
import kz.aimaq.core.table.DataTable;

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

    /** Lets {@code table} save as {@code source} says instead of as its cells show. */
    public static void supply(TableView<?> table, Supplier<DataTable> source) {
        table.getProperties().put(SOURCE, source);
    }

    /** The table's own DataTable, if it supplies one. */
    @SuppressWarnings("unchecked")
    public static java.util.Optional<DataTable> supplied(TableView<?> table) {
        Object s = table.getProperties().get(SOURCE);
        return s instanceof Supplier<?> sup && sup.get() instanceof DataTable t ? java.util.Optional.of(t) : java.util.Optional.empty();
    }
}
