package kz.aimaq.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.FileChooser;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.io.ExportException;
import kz.aimaq.core.table.DataTable;
import kz.aimaq.core.table.TableFiles;
import kz.aimaq.ui.common.TableExport;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Right-click on any table in the window (macro-regions, scenario results, the disparity
 * monitor, index breakdown, typology, LISA, the data table): "Copy table" (tab-separated, numbers
 * with the interface language's decimal mark, so Excel pastes numbers) and "Save table as
 * XLSX/CSV…" ({@code core.table}: numeric cells with number formats and a source sheet, or the
 * Excel CSV). One scene-wide handler like {@link ChartMenu}, so tables added later get it too.
 * What is saved is {@link TableExport#dataTable}: the table's own title and notes when it
 * supplies them, else its visible columns and rows. A table with its own context menu keeps it;
 * the two items are added below its own. The save dialog opens in the folder last saved to.
 */
public final class TableMenu {
    private final Messages m;
    private final Consumer<String> onError;

    private TableMenu(Messages m, Consumer<String> onError) {
        this.m = m;
        this.onError = onError;
    }

    /** Key in a TableView's properties marking that its own context menu already has the items. */
    static final String ADDED = "aimaq.tableMenu.added";

    public static void install(Scene scene, Messages m, Consumer<String> onError) {
        TableMenu menu = new TableMenu(m, onError);
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Node n = e.getPickResult().getIntersectedNode();
            while (n != null && !(n instanceof TableView)) n = n.getParent();
            if (!(n instanceof TableView<?> table)) return;
            ContextMenu own = table.getContextMenu();
            if (own != null) {
                if (!Boolean.TRUE.equals(table.getProperties().get(ADDED))) {
                    own.getItems().add(new SeparatorMenuItem());
                    own.getItems().addAll(menu.items(table));
                    table.getProperties().put(ADDED, true);
                }
                return;   // the table shows its own menu, now with ours
            }
            new ContextMenu(menu.items(table).toArray(MenuItem[]::new)).show(table, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private List<MenuItem> items(TableView<?> table) {
        MenuItem copy = new MenuItem(m.get("tables.menu.copy"));
        copy.setOnAction(a -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(tabSeparated(dataTable(table), m.lang()));
            Clipboard.getSystemClipboard().setContent(c);
        });
        MenuItem save = new MenuItem(m.get("tables.menu.save"));
        save.setOnAction(a -> saveWithDialog(table));
        return List.of(copy, save);
    }

    private DataTable dataTable(TableView<?> table) {
        return TableExport.dataTable(table, m.lang(), m.get("tables.untitled"));
    }

    private void saveWithDialog(TableView<?> table) {
        DataTable t = dataTable(table);
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("tables.menu.save"));
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(m.get("tables.filter.xlsx"), "*.xlsx");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(m.get("tables.filter.csv"), "*.csv");
        fc.getExtensionFilters().addAll(xlsx, csv);
        fc.setSelectedExtensionFilter(xlsx);
        fc.setInitialFileName(fileName(t.title(), "xlsx"));
        File f = kz.aimaq.ui.common.LastFolder.save(fc, table.getScene().getWindow());
        if (f == null) return;
        Path file = withExtension(f.toPath(), fc.getSelectedExtensionFilter() == csv ? "csv" : "xlsx");
        save(t, file, m, onError);
    }

    /** Writes the table as the file name says (xlsx or csv); a failure is told to the user, not thrown. */
    static boolean save(DataTable t, Path file, Messages m, Consumer<String> onError) {
        try {
            TableFiles.write(t, file, m.lang());
            return true;
        } catch (ExportException e) {
            onError.accept(e.message(m));
            return false;
        }
    }

    /** Saves what the table shows (for tests and callers without a dialog). */
    static boolean save(TableView<?> table, Path file, Messages m, Consumer<String> onError) {
        return save(TableExport.dataTable(table, m.lang(), m.get("tables.untitled")), file, m, onError);
    }

    /** A name without an extension gets the chosen filter's. */
    static Path withExtension(Path file, String ext) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".csv")) return file;
        return file.resolveSibling(file.getFileName() + "." + ext);
    }

    static String fileName(String title, String ext) {
        String t = title == null || title.isBlank() ? "table" : title.replaceAll("[\\\\/:*?\"<>|,]+", " ").replaceAll("\\s+", " ").trim();
        return (t.length() > 60 ? t.substring(0, 60).trim() : t) + "." + ext;
    }

    /** Header and rows separated by tabs, numbers plain with the language's decimal mark, for pasting into Excel. */
    static String tabSeparated(DataTable t, String lang) {
        char dec = NumberFormats.decimalSeparator(lang);
        StringBuilder sb = new StringBuilder();
        sb.append(String.join("\t", t.headers().stream().map(TableMenu::clean).toList())).append('\n');
        for (List<Object> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) sb.append('\t');
                Object v = row.get(i);
                if (v == null) continue;
                if (v instanceof Number num) {
                    double d = num.doubleValue();
                    if (!Double.isFinite(d)) continue;
                    sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                            : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', dec));
                } else {
                    sb.append(clean(v.toString()));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) { return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); }
}
