package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Text;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.*;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Reads an ESRI shapefile (.shp + .shx + .dbf, optional .prj and .cpg) into a {@link VectorLayer}
 * with geometries in WGS84 longitude/latitude.
 *
 * <p>Supported shape types: Null (0), Point (1), PolyLine (3), Polygon (5), MultiPoint (8) and
 * their Z (11, 13, 15, 18) and M (21, 23, 25, 28) variants, whose Z and M values are ignored.
 * Record positions come from the .shx index. Polygon rings are assembled as the specification
 * says: clockwise rings are shells, counter-clockwise rings are holes, and each hole goes to the
 * smallest shell that contains it (a hole inside no shell is kept as a shell, as GDAL does).
 * Attributes: see {@link DbfFile}. Coordinates are transformed to WGS84 when the .prj says
 * another coordinate system.
 */
public final class ShapefileReader {
    private static final int FILE_CODE = 9994;
    private static final int HEADER = 100;

    private final GeometryFactory factory;

    public ShapefileReader() { this(new GeometryFactory()); }

    public ShapefileReader(GeometryFactory factory) { this.factory = factory; }

    public VectorLayer read(Path shp) throws GeoReadException {
        if (!Files.isRegularFile(shp)) throw new GeoReadException(shp, Text.of("core.geo.notFound"));
        Path shx = sibling(shp, "shx");
        Path dbf = sibling(shp, "dbf");
        if (shx == null) throw new GeoReadException(shp, Text.of("core.geo.noShx", baseName(shp)));
        if (dbf == null) throw new GeoReadException(shp, Text.of("core.geo.noDbf", baseName(shp)));

        ByteBuffer shpBuf = readAll(shp);
        ByteBuffer shxBuf = readAll(shx);
        checkHeader(shp, shpBuf);
        checkHeader(shx, shxBuf);
        int declaredType = shpBuf.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
        checkType(shp, declaredType, -1);

        int count = (shxBuf.limit() - HEADER) / 8;
        List<Geometry> geometries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            shxBuf.order(ByteOrder.BIG_ENDIAN);
            long offset = 2L * shxBuf.getInt(HEADER + 8 * i);
            long length = 2L * shxBuf.getInt(HEADER + 8 * i + 4);
            if (offset < HEADER || offset + 8 + length > shpBuf.limit()) {
                throw new GeoReadException(shp, Text.of("core.geo.recordOutside", i + 1, count, offset, offset + 8 + length, shpBuf.limit()));
            }
            geometries.add(readRecord(shp, shpBuf, (int) offset + 8, (int) length, i + 1));
        }

        DbfFile.Table table = DbfFile.read(dbf, sibling(shp, "cpg"));
        if (table.rows().size() != count) {
            throw new GeoReadException(dbf, Text.of("core.geo.countMismatch", table.rows().size(), baseName(shp), count));
        }

        MathTransform toLonLat = PrjFile.toLonLat(sibling(shp, "prj"));
        List<Feature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Geometry g = geometries.get(i);
            try {
                g = GeometryProjector.transform(g, toLonLat);
            } catch (TransformException e) {
                throw new GeoReadException(shp, Text.of("core.geo.cannotProject", i + 1, e.getMessage()), e);
            }
            features.add(new Feature(g, Collections.unmodifiableMap(table.rows().get(i))));
        }
        return new VectorLayer(shp, table.fields(), features);
    }

    private Geometry readRecord(Path shp, ByteBuffer buf, int start, int length, int recordNo) throws GeoReadException {
        if (length < 4) throw new GeoReadException(shp, Text.of("core.geo.recordShort", recordNo, length));
        ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        b.position(start).limit(start + length);
        int type = b.getInt();
        checkType(shp, type, recordNo);
        try {
            return switch (type % 10) {
                case 0 -> null;
                case 1 -> factory.createPoint(new Coordinate(b.getDouble(), b.getDouble()));
                case 8 -> readMultiPoint(b);
                case 3 -> readLines(b);
                case 5 -> readPolygon(b);
                default -> throw new IllegalStateException();
            };
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new GeoReadException(shp, Text.of("core.geo.recordDamaged", recordNo), e);
        }
    }

    private Geometry readMultiPoint(ByteBuffer b) {
        b.position(b.position() + 32); // bounding box
        int n = b.getInt();
        Point[] pts = new Point[n];
        for (int i = 0; i < n; i++) pts[i] = factory.createPoint(new Coordinate(b.getDouble(), b.getDouble()));
        return factory.createMultiPoint(pts);
    }

    /** Reads the parts of a PolyLine or Polygon record (Z/M values after the points are skipped). */
    private static Coordinate[][] readParts(ByteBuffer b) {
        b.position(b.position() + 32); // bounding box
        int numParts = b.getInt();
        int numPoints = b.getInt();
        if (numParts < 0 || numPoints < 0 || numParts > numPoints + 1) throw new IllegalArgumentException("bad counts");
        int[] starts = new int[numParts + 1];
        for (int i = 0; i < numParts; i++) starts[i] = b.getInt();
        starts[numParts] = numPoints;
        double[] xy = new double[2 * numPoints];
        b.asDoubleBuffer().get(xy); // throws BufferUnderflowException when truncated
        Coordinate[][] parts = new Coordinate[numParts][];
        for (int p = 0; p < numParts; p++) {
            int from = starts[p], to = starts[p + 1];
            if (from < 0 || to > numPoints || from > to) throw new IllegalArgumentException("bad part index");
            Coordinate[] c = new Coordinate[to - from];
            for (int k = from; k < to; k++) c[k - from] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
            parts[p] = c;
        }
        return parts;
    }

    private Geometry readLines(ByteBuffer b) {
        Coordinate[][] parts = readParts(b);
        List<LineString> lines = new ArrayList<>();
        for (Coordinate[] c : parts) if (c.length >= 2) lines.add(factory.createLineString(c));
        return lines.size() == 1 ? lines.getFirst() : factory.createMultiLineString(lines.toArray(LineString[]::new));
    }

    private Geometry readPolygon(ByteBuffer b) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] c : readParts(b)) {
            LinearRing ring = ring(c);
            if (ring == null) continue;
            // Shapefile rings: clockwise = outer, counter-clockwise = hole.
            if (Orientation.isCCW(ring.getCoordinateSequence())) holes.add(ring);
            else shells.add(ring);
        }
        return assemble(shells, holes);
    }

    /** Builds polygons from shells and holes; each hole joins the smallest shell containing it. */
    Geometry assemble(List<LinearRing> shells, List<LinearRing> holes) {
        if (shells.isEmpty() && !holes.isEmpty()) { // wrongly oriented file: take the rings as shells
            shells = new ArrayList<>(holes);
            holes = List.of();
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        double[] shellArea = new double[shells.size()];
        for (int i = 0; i < shells.size(); i++) {
            holesOf.add(new ArrayList<>());
            shellArea[i] = factory.createPolygon(shells.get(i)).getArea();
        }
        List<LinearRing> orphanHoles = new ArrayList<>();
        for (LinearRing hole : holes) {
            int best = -1;
            Envelope he = hole.getEnvelopeInternal();
            for (int i = 0; i < shells.size(); i++) {
                LinearRing s = shells.get(i);
                if (!s.getEnvelopeInternal().contains(he)) continue;
                if (!insideRing(hole, s)) continue;
                if (best < 0 || shellArea[i] < shellArea[best]) best = i;
            }
            if (best >= 0) holesOf.get(best).add(hole);
            else orphanHoles.add(hole);
        }
        List<Polygon> polys = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            polys.add(factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new)));
        }
        for (LinearRing r : orphanHoles) polys.add(factory.createPolygon(r));
        if (polys.isEmpty()) return factory.createPolygon();
        return polys.size() == 1 ? polys.getFirst() : factory.createMultiPolygon(polys.toArray(Polygon[]::new));
    }

    /** True if the hole lies inside the shell: tests hole vertices until one is not on the shell's boundary. */
    private static boolean insideRing(LinearRing hole, LinearRing shell) {
        Coordinate[] shellPts = shell.getCoordinates();
        for (Coordinate c : hole.getCoordinates()) {
            if (PointLocation.isOnLine(c, shellPts)) continue;
            return PointLocation.isInRing(c, shellPts);
        }
        return true; // all vertices on the shell's boundary: treat as inside
    }

    /** A closed ring from the points, or null if it has too few distinct points to enclose anything. */
    private LinearRing ring(Coordinate[] c) {
        if (c.length == 0) return null;
        if (!c[0].equals2D(c[c.length - 1])) {
            c = Arrays.copyOf(c, c.length + 1);
            c[c.length - 1] = c[0].copy();
        }
        if (c.length < 4) return null;
        return factory.createLinearRing(c);
    }

    private static void checkHeader(Path file, ByteBuffer buf) throws GeoReadException {
        if (buf.limit() < HEADER) {
            throw new GeoReadException(file, Text.of("core.geo.headerShort", buf.limit()));
        }
        if (buf.order(ByteOrder.BIG_ENDIAN).getInt(0) != FILE_CODE) {
            throw new GeoReadException(file, Text.of("core.geo.notShapefile"));
        }
        long declared = 2L * buf.getInt(24);
        if (declared > buf.limit()) {
            throw new GeoReadException(file, Text.of("core.geo.truncated", declared, buf.limit()));
        }
    }

    private static void checkType(Path shp, int type, int recordNo) throws GeoReadException {
        switch (type) {
            case 0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28 -> { }
            default -> throw new GeoReadException(shp, Text.of("core.geo.shapeType", type,
                    recordNo > 0 ? Text.of("core.geo.inRecord", recordNo) : "", typeName(type)));
        }
    }

    private static String typeName(int type) {
        return type == 31 ? "MultiPatch" : "unknown";
    }

    private static ByteBuffer readAll(Path file) throws GeoReadException {
        try {
            return ByteBuffer.wrap(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new GeoReadException(file, Text.of("core.geo.cannotRead", e.getMessage()), e);
        }
    }

    /** The companion file with that extension (either case), or null if there is none. */
    static Path sibling(Path shp, String ext) {
        String base = baseName(shp);
        Path dir = shp.toAbsolutePath().getParent();
        for (String e : new String[]{ext, ext.toUpperCase(Locale.ROOT)}) {
            Path p = dir.resolve(base + "." + e);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
