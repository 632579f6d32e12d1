package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Text;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the attribute tables of a GeoPackage (or any SQLite file) as sheets, so a layer saved
 * from QGIS or by {@code aimaq export-layer} imports like a CSV: one {@link Grid} per table
 * listed in {@code gpkg_contents} (features and attributes, in that table's order; in a plain
 * SQLite file every user table), its first row the column names, then one row per record.
 * Geometry and other blob columns and the {@code fid} are left out; numbers stay numbers
 * (integers without ".0"), text stays text, NULL is an empty cell. The import dialog's sheet
 * choice then chooses the table. Read-only: the file is never changed.
 */
final class GeoPackageTables {
    private GeoPackageTables() {}

    static TableFile read(Path path, String name) throws ImportException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties())) {
            List<String> tables = tables(c);
            List<Grid> sheets = new ArrayList<>();
            for (String t : tables) sheets.add(grid(c, t, name));
            if (sheets.isEmpty()) throw ImportException.keyed("import.error.gpkgNoTables", name);
            return new TableFile(path, "gpkg", "", '\0', sheets);
        } catch (SQLException e) {
            throw new ImportException(Text.of("core.import.cannotRead", name, String.valueOf(e.getMessage())), e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        boolean gpkg;
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'");
             ResultSet r = p.executeQuery()) {
            gpkg = r.next();
        }
        String sql = gpkg
                ? "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') ORDER BY rowid"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    private static Grid grid(Connection c, String table, String fileName) throws SQLException, ImportException {
        List<List<Grid.Cell>> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData md = r.getMetaData();
            List<Integer> keep = new ArrayList<>();
            List<Grid.Cell> header = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) types.add(String.valueOf(md.getColumnTypeName(i)).toUpperCase(java.util.Locale.ROOT));
            List<List<Object>> values = new ArrayList<>();
            boolean[] blob = new boolean[md.getColumnCount() + 1];
            while (r.next()) {
                if (values.size() >= TableReader.MAX_ROWS) {
                    throw ImportException.keyed("import.error.tooManyRows", fileName, table, values.size() + 1, TableReader.MAX_ROWS);
                }
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = r.getObject(i);
                    if (v instanceof byte[]) blob[i] = true;
                    row.add(v);
                }
                values.add(row);
            }
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String n = md.getColumnName(i);
                String type = types.get(i - 1);
                boolean geometry = type.contains("POLYGON") || type.contains("POINT") || type.contains("LINESTRING")
                        || type.equals("GEOMETRY") || type.equals("BLOB") || type.contains("CURVE") || type.contains("SURFACE");
                if (blob[i] || geometry || (i == 1 && n.equalsIgnoreCase("fid"))) continue;
                keep.add(i);
                header.add(new Grid.Cell(n, null));
            }
            rows.add(header);
            for (List<Object> v : values) {
                List<Grid.Cell> cells = new ArrayList<>();
                for (int i : keep) cells.add(cell(v.get(i - 1)));
                rows.add(cells);
            }
        }
        return new Grid(table, rows);
    }

    private static Grid.Cell cell(Object v) {
        if (v == null) return Grid.Cell.EMPTY;
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return new Grid.Cell(TableReader.plain(d), d);
        }
        return new Grid.Cell(v.toString(), null);
    }
}
