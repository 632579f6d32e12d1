package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Text;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import kz.aimaq.core.region.RegionNameMatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A saved import setup, reused for the next file with the same layout (next year's edition of
 * the same BNS table): the sheet, the corrected {@link TableLayout} and the user's manual
 * matches by row label ("" = row left out). Stored as JSON.
 */
public record ImportMapping(int version, String sheet, TableLayout layout, Map<String, String> manualMatches) {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ImportMapping {
        manualMatches = manualMatches == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(manualMatches));
    }

    /** The mapping of an accepted report: its sheet, layout and manual matches. */
    public static ImportMapping of(JoinReport report) {
        return new ImportMapping(VERSION, report.sheet(), report.layout(), report.manualMatchesByLabel());
    }

    public void save(Path file) throws ImportException {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ImportException(Text.of("core.import.mappingSave", file, e.getMessage()));
        }
    }

    public static ImportMapping load(Path file) throws ImportException {
        try {
            ImportMapping m = JSON.readValue(file.toFile(), ImportMapping.class);
            if (m.layout() == null) throw new ImportException(Text.of("core.import.mappingNoLayout", file.getFileName()));
            if (m.version() > VERSION) {
                throw new ImportException(Text.of("core.import.mappingNewer", file.getFileName(), m.version()));
            }
            return m;
        } catch (IOException e) {
            throw new ImportException(Text.of("core.import.mappingUnreadable", file.getFileName(), e.getMessage()));
        }
    }

    /**
     * The saved layout if it fits {@code grid} (its region column names regions from its first
     * data row on), with a message saying what does not fit otherwise.
     */
    public TableLayout layoutFor(Grid grid, RegionNameMatcher matcher) throws ImportException {
        int named = 0;
        for (int r = Math.max(0, layout.firstDataRow()); r < grid.rowCount(); r++) {
            String t = grid.text(r, layout.regionColumn());
            if (!t.isBlank() && matcher.match(t).isExact()) named++;
        }
        if (named == 0) {
            throw new ImportException(Text.of("core.import.mappingNoRegions", grid.sheetName(),
                    Grid.columnName(layout.regionColumn()), layout.firstDataRow() + 1));
        }
        for (int c : layout.valueColumns()) {
            if (c >= grid.columnCount()) {
                throw new ImportException(Text.of("core.import.mappingColumn", Grid.columnName(c), grid.sheetName(),
                        Grid.columnName(grid.columnCount() - 1)));
            }
        }
        return layout;
    }

    /** Builds the join report of {@code grid} with this mapping's layout and manual matches. */
    public JoinReport apply(String fileName, Grid grid, RegionNameMatcher matcher) throws ImportException {
        return JoinReport.build(fileName, grid, layoutFor(grid, matcher), matcher).withManualMatches(manualMatches);
    }
}
