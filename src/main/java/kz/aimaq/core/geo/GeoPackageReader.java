package kz.aimaq.core.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.sqlite.SQLiteConfig;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.*;
import java.util.*;

/**
 * Reads the polygon layer of an OGC GeoPackage ({@code .gpkg}, OGC 12-128r18) into a
 * {@link VectorLayer} with geometries in WGS84 longitude/latitude, so File → Open, drag and drop
 * and {@code import-check} take a GeoPackage wherever they take a shapefile, and the same
 * {@link RegionLayers} checks follow.
 *
 * <p>The layer: the one named, or else the first {@code features} table in
 * {@code gpkg_contents} whose {@code gpkg_geometry_columns} type is POLYGON, MULTIPOLYGON,
 * CURVEPOLYGON or MULTISURFACE (a generic GEOMETRY layer only when none is); other polygon
 * layers are named in a finding. Geometries are
 * GeoPackage binary: the "GP" header (either byte order, any envelope size) is skipped and the
 * WKB after it is read by JTS; the "extended" (non-standard) geometry type and empty geometries
 * are read as null shapes. The layer's coordinate system comes from {@code gpkg_spatial_ref_sys}:
 * EPSG:4326 and the undefined systems (0, -1) are taken as lon/lat (checked as for a shapefile
 * without .prj); any other is transformed with Apache SIS from its WKT definition. Attributes are
 * every other column: text as String, integers as Long, reals as Double, blobs left out. A file
 * that is not SQLite, or has no polygon layer, is a {@link GeoReadException} saying so.
 */
public final class GeoPackageReader {
    private static final Set<String> POLYGON_TYPES = Set.of("POLYGON", "MULTIPOLYGON", "CURVEPOLYGON", "MULTISURFACE", "GEOMETRY");

    private final GeometryFactory factory;

    public GeoPackageReader() { this(new GeometryFactory()); }

    public GeoPackageReader(GeometryFactory factory) { this.factory = factory; }

    /** A feature table of the file: its name, geometry column, type and srs id. */
    public record LayerInfo(String table, String geometryColumn, String geometryType, int srsId, String identifier) {}

    /** The first polygon layer. */
    public VectorLayer read(Path file) throws GeoReadException {
        return read(file, null);
    }

    /** The named layer, or the first polygon layer when {@code table} is null. */
    public VectorLayer read(Path file, String table) throws GeoReadException {
        try (Connection c = open(file)) {
            List<LayerInfo> layers = layers(c, file);
            // layers declared polygonal first; a generic GEOMETRY layer only when there is none
            List<LayerInfo> polygons = layers.stream().filter(l -> POLYGON_TYPES.contains(l.geometryType())
                    && !l.geometryType().equals("GEOMETRY")).toList();
            if (polygons.isEmpty()) polygons = layers.stream().filter(l -> l.geometryType().equals("GEOMETRY")).toList();
            LayerInfo layer;
            if (table != null) {
                layer = layers.stream().filter(l -> l.table().equals(table)).findFirst()
                        .orElseThrow(() -> GeoReadException.keyed(file, "geo.error.gpkgNoLayer", table,
                                String.join(", ", layers.stream().map(LayerInfo::table).toList())));
            } else {
                if (polygons.isEmpty()) throw GeoReadException.keyed(file, "geo.error.gpkgNoPolygons");
                layer = polygons.getFirst();
            }
            List<LayerFinding> findings = new ArrayList<>();
            if (table == null && polygons.size() > 1) {
                findings.add(LayerFinding.of("geo.finding.gpkgOtherLayers", layer.table(),
                        String.join(", ", polygons.subList(1, polygons.size()).stream().map(LayerInfo::table).toList())));
            }
            MathTransform toLonLat = transform(c, file, layer.srsId());
            return features(c, file, layer, toLonLat, findings);
        } catch (SQLException e) {
            throw GeoReadException.keyed(file, e, "geo.error.gpkgUnreadable", String.valueOf(e.getMessage()));
        }
    }

    /** The feature tables of a GeoPackage, in {@code gpkg_contents} order. */
    public List<LayerInfo> layers(Path file) throws GeoReadException {
        try (Connection c = open(file)) {
            return layers(c, file);
        } catch (SQLException e) {
            throw GeoReadException.keyed(file, e, "geo.error.gpkgUnreadable", String.valueOf(e.getMessage()));
        }
    }

    static Connection open(Path file) throws GeoReadException, SQLException {
        if (!Files.isRegularFile(file)) throw GeoReadException.keyed(file, "geo.error.notFound");
        if (!isSqlite(file)) throw GeoReadException.keyed(file, "geo.error.gpkgNotSqlite");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** True when the file starts with SQLite's 16-byte magic "SQLite format 3\0". */
    public static boolean isSqlite(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3\0");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static List<LayerInfo> layers(Connection c, Path file) throws SQLException, GeoReadException {
        if (!hasTable(c, "gpkg_contents") || !hasTable(c, "gpkg_geometry_columns")) {
            throw GeoReadException.keyed(file, "geo.error.gpkgNotGeoPackage");
        }
        List<LayerInfo> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT c.table_name, g.column_name, upper(g.geometry_type_name), g.srs_id, c.identifier "
                     + "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                     + "WHERE c.data_type = 'features' ORDER BY c.rowid")) {
            while (r.next()) out.add(new LayerInfo(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5)));
        }
        return out;
    }

    static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) { return r.next(); }
        }
    }

    private static MathTransform transform(Connection c, Path file, int srsId) throws SQLException, GeoReadException {
        if (srsId == 4326 || srsId == 0 || srsId == -1) return null;
        try (PreparedStatement p = c.prepareStatement("SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            p.setInt(1, srsId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) throw GeoReadException.keyed(file, "geo.error.gpkgNoSrs", srsId);
                if ("EPSG".equalsIgnoreCase(r.getString(1)) && r.getInt(2) == 4326) return null;
                String def = r.getString(3);
                if (def == null || def.isBlank() || def.equalsIgnoreCase("undefined")) return null;
                return PrjFile.fromWkt(file, def);
            }
        }
    }

    private VectorLayer features(Connection c, Path file, LayerInfo layer, MathTransform toLonLat, List<LayerFinding> findings)
            throws SQLException, GeoReadException {
        List<String> fields = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        WKBReader wkb = new WKBReader(factory);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + quote(layer.table()))) {
            ResultSetMetaData md = r.getMetaData();
            int geomIndex = -1;
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String name = md.getColumnName(i);
                if (name.equalsIgnoreCase(layer.geometryColumn())) geomIndex = i;
                else if (!isFid(name, i)) fields.add(name);
            }
            int row = 0;
            while (r.next()) {
                row++;
                Geometry g = geomIndex < 0 ? null : geometry(r.getBytes(geomIndex), wkb, file, row);
                if (g != null && toLonLat != null) {
                    try {
                        g = GeometryProjector.transform(g, toLonLat);
                    } catch (TransformException | RuntimeException e) {
                        throw GeoReadException.keyed(file, e, "geo.error.transform", row);
                    }
                }
                Map<String, Object> attrs = new LinkedHashMap<>();
                for (String f : fields) {
                    Object v = r.getObject(f);
                    if (v instanceof Integer i) v = i.longValue();
                    else if (v instanceof Float x) v = x.doubleValue();
                    else if (v instanceof byte[]) v = null;
                    attrs.put(f, v);
                }
                features.add(new Feature(g, Collections.unmodifiableMap(attrs)));
            }
        }
        LonLatCheck.check(file, features, toLonLat != null, "geo.error.notLonLatGpkg");
        return new VectorLayer(file, fields, features, findings);
    }

    /** The first column named fid is the feature id, not an attribute (GDAL's convention). */
    private static boolean isFid(String name, int index) { return index == 1 && name.equalsIgnoreCase("fid"); }

    /** A GeoPackage binary geometry as a JTS geometry; null for an empty or null one. */
    Geometry geometry(byte[] blob, WKBReader wkb, Path file, int row) throws GeoReadException {
        if (blob == null) return null;
        try {
            return parse(blob, wkb);
        } catch (ParseException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw GeoReadException.keyed(file, e, "geo.error.recordDamaged", row);
        }
    }

    static Geometry parse(byte[] blob, WKBReader wkb) throws ParseException {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') throw new IllegalArgumentException("not a GeoPackage geometry");
        int flags = blob[3] & 0xFF;
        if ((flags & 0x20) != 0) return null;            // extended type: not a standard geometry
        if ((flags & 0x10) != 0) return null;            // empty
        int envelope = (flags >> 1) & 0x07;
        int envelopeBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("bad envelope indicator " + envelope);
        };
        int start = 8 + envelopeBytes;
        if (start > blob.length) throw new IllegalArgumentException("geometry shorter than its header");
        byte[] body = Arrays.copyOfRange(blob, start, blob.length);
        Geometry g = wkb.read(body);
        return g.isEmpty() ? null : g;
    }

    /** The srs id in a GeoPackage binary header (in the header's byte order). */
    static int srsId(byte[] blob) {
        ByteOrder order = (blob[3] & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        return ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
    }

    static String quote(String identifier) { return "\"" + identifier.replace("\"", "\"\"") + "\""; }
}
