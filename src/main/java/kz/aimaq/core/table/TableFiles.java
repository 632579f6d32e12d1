package kz.aimaq.core.table;

import kz.aimaq.core.io.ExportException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Saves a {@link DataTable} in the format its file name asks for: {@code .xlsx} through
 * {@link XlsxTableWriter}, anything else (normally {@code .csv}) through {@link CsvTableWriter}.
 */
public final class TableFiles {
    private TableFiles() {}

    public enum Format { XLSX, CSV }

    /** The format for a file name: XLSX for {@code *.xlsx} (any case), CSV otherwise. */
    public static Format formatOf(Path file) {
        String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") ? Format.XLSX : Format.CSV;
    }

    public static void write(DataTable table, Path file, String lang) throws ExportException {
        if (formatOf(file) == Format.XLSX) XlsxTableWriter.write(table, file, lang);
        else CsvTableWriter.write(table, file, lang);
    }
}
