package kz.aimaq.ui.table;

import kz.aimaq.core.table.TableFiles;

import java.nio.file.Path;
import java.util.List;

/** Saves the data table's rows through the shared table writers (XLSX for *.xlsx, CSV otherwise). */
final class TableSaving {
    private TableSaving() {}

    static void write(DataTableViewModel model, List<TableRow> rows, Path file) throws java.io.IOException {
        TableFiles.write(model.dataTable(rows), file, model.messages().lang());
    }
}
