package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file read by {@link TableReader}: its sheets (one for CSV), and how it was read, so the
 * preview can say "cp1251, ';' separated" and the user can spot a wrong guess.
 *
 * @param format   "csv", "xlsx" or "xls"
 * @param encoding the text encoding for CSV (UTF-8, UTF-8 with BOM, windows-1251...), empty for workbooks
 * @param delimiter the CSV field separator, 0 for workbooks
 */
public record TableFile(Path path, String format, String encoding, char delimiter, List<Grid> sheets) {

    public String fileName() { return path.getFileName().toString(); }

    public List<String> sheetNames() { return sheets.stream().map(Grid::sheetName).toList(); }

    public Optional<Grid> sheet(String name) {
        return sheets.stream().filter(g -> g.sheetName().equals(name)).findFirst()
                .or(() -> sheets.stream().filter(g -> g.sheetName().strip().equalsIgnoreCase(name.strip())).findFirst());
    }

    /** The sheet by name, or a message listing the sheets there are. */
    public Grid requireSheet(String name) throws ImportException {
        return sheet(name).orElseThrow(() -> new ImportException(Text.of("core.import.noSuchSheet", name, fileName(),
                String.join(", ", sheetNames().stream().map(s -> "'" + s + "'").toList()))));
    }
}
