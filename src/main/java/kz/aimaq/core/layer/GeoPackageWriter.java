package kz.aimaq.core.layer;

import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.io.ExportException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.*;
import java.time.Instant;

/**
 * Writes a {@link ThematicLayer} as an OGC GeoPackage (1.3) that GDAL/ogrinfo and QGIS open:
 *
 * <ul>
 *   <li>{@code PRAGMA application_id} 'GPKG' (0x47504B47) and {@code user_version} 10300;</li>
 *   <li>{@code gpkg_spatial_ref_sys} with the three required rows (EPSG:4326 WGS 84, -1 undefined
 *       Cartesian, 0 undefined geographic);</li>
 *   <li>{@code gpkg_contents} (one {@code features} row with the layer's bounds, title and
 *       description) and {@code gpkg_geometry_columns} (MULTIPOLYGON, srs 4326);</li>
 *   <li>the feature table: {@code fid, geom, kato, name_kk, name_ru, name_en, value, class,
 *       colour} and, with a grouping, {@code macro_region}. Geometries are GeoPackage binary:
 *       the "GP" header (version 0, little-endian, xy envelope) with the srs id, then ISO WKB
 *       written by JTS.</li>
 * </ul>
 * The database is built in a temporary file and copied into place through {@link AtomicFiles},
 * so an existing file is replaced whole or not at all. No spatial index (an optional extension):
 * twenty or two hundred polygons need none.
 */
public final class GeoPackageWriter {
    private GeoPackageWriter() {}

    /** 'GPKG' as the SQLite application id. */
    public static final int APPLICATION_ID = 0x47504B47;
    public static final int USER_VERSION = 10300;

    private static final java.time.format.DateTimeFormatter LAST_CHANGE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";

    public static void write(ThematicLayer layer, Path file) throws ExportException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("aimaq-", ".gpkg");
            Files.delete(tmp);  // SQLite creates it
            build(layer, tmp);
            Path built = tmp;
            AtomicFiles.write(file, out -> Files.copy(built, out));
        } catch (ExportException e) {
            throw e;
        } catch (IOException | SQLException e) {
            throw new ExportException(e, "export.error.failed", String.valueOf(file.getFileName()), String.valueOf(e.getMessage()));
        } finally {
            if (tmp != null) {
                try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* a temp file */ }
            }
        }
    }

    static void build(ThematicLayer layer, Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + USER_VERSION);
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
                        + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
                s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                        + "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
                        + "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
                        + "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
                s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                        + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                        + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                        + "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                        + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                        + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)")) {
                srs(p, "WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
                srs(p, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
                srs(p, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
            }
            String t = layer.name();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE \"" + t + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, "
                        + "kato TEXT NOT NULL, name_kk TEXT, name_ru TEXT, name_en TEXT, value REAL, class MEDIUMINT, colour TEXT"
                        + (layer.grouped() ? ", macro_region TEXT" : "") + ")");
            }
            Envelope all = new Envelope();
            for (LayerFeature f : layer.features()) all.expandToInclude(f.geometry().getEnvelopeInternal());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                    + "last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                p.setString(1, t);
                p.setString(2, "features");
                p.setString(3, layer.title());
                p.setString(4, String.join("\n", layer.notes()));
                p.setString(5, LAST_CHANGE.format(Instant.now()));   // the spec's strftime('%Y-%m-%dT%H:%M:%fZ') form
                p.setDouble(6, all.getMinX());
                p.setDouble(7, all.getMinY());
                p.setDouble(8, all.getMaxX());
                p.setDouble(9, all.getMaxY());
                p.setInt(10, 4326);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,?,?)")) {
                p.setString(1, t);
                p.setString(2, "geom");
                p.setString(3, "MULTIPOLYGON");
                p.setInt(4, 4326);
                p.setInt(5, 0);
                p.setInt(6, 0);
                p.executeUpdate();
            }
            String insert = "INSERT INTO \"" + t + "\" (geom, kato, name_kk, name_ru, name_en, value, class, colour"
                    + (layer.grouped() ? ", macro_region) VALUES (?,?,?,?,?,?,?,?,?)" : ") VALUES (?,?,?,?,?,?,?,?)");
            try (PreparedStatement p = c.prepareStatement(insert)) {
                for (LayerFeature f : layer.features()) {
                    p.setBytes(1, geometryBlob(f.geometry(), 4326));
                    p.setString(2, f.kato());
                    p.setString(3, f.nameKk());
                    p.setString(4, f.nameRu());
                    p.setString(5, f.nameEn());
                    if (f.value() == null) p.setNull(6, Types.REAL); else p.setDouble(6, f.value());
                    if (f.classNumber() == null) p.setNull(7, Types.INTEGER); else p.setInt(7, f.classNumber());
                    p.setString(8, f.colour());
                    if (layer.grouped()) p.setString(9, f.macroRegion());
                    p.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static void srs(PreparedStatement p, String name, int id, String org, int orgId, String def, String desc) throws SQLException {
        p.setString(1, name);
        p.setInt(2, id);
        p.setString(3, org);
        p.setInt(4, orgId);
        p.setString(5, def);
        p.setString(6, desc);
        p.executeUpdate();
    }

    /**
     * A GeoPackage binary geometry: magic "GP", version 0, flags (little-endian, envelope
     * [minx, maxx, miny, maxy], not empty, standard), the srs id, the envelope, ISO WKB.
     */
    static byte[] geometryBlob(Geometry g, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        boolean empty = g.isEmpty();
        ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) (empty ? 0x11 : 0x03));   // bit 0: little-endian; bits 1-3: envelope 1 (xy); bit 4: empty
        b.putInt(srsId);
        if (!empty) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        b.put(wkb);
        return b.array();
    }
}
