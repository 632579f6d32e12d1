package kz.aimaq.core.geo;

import kz.aimaq.core.io.AtomicFiles;

import kz.aimaq.core.data.Resources;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import kz.aimaq.core.io.BinaryTexts;

import java.io.*;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A disk cache of loaded layers (repaired, projected, named), so that starting the app does
 * not redo the ~1 s of reading, projecting and coverage repair every time. An entry is keyed
 * by the configuration and the size and modification time of the source files, so an edited
 * boundary file is read afresh. A broken or stale entry is ignored and rewritten.
 *
 * <p>The installed app also carries the default layers its installer's training run prepared
 * ({@link Resources#preparedCacheFolder()}, read only). Those are keyed by the files' names,
 * sizes and content (CRC-32) instead of their folder and times, so they fit the files wherever
 * the app is installed; on a miss in the user's folder the layer is looked for there and copied
 * into the user's folder, so only a first start reads the files to check them. A planner's first
 * start then reads the layer instead of building it (1.6 s of the installed app's first start).
 * The training run writes them with {@code -Daimaq.preparedCacheOut=DIR}.
 */
final class LayerCache {
    /** Bump when the loading code changes what it produces. 2: simplified copies and label points. */
    static final int VERSION = 7; // 3: findings; 4: user files too, times in ns; 5: default layers carry their label points; 6: level and credit in the entry, user files keyed by the file alone; 7: raw coordinates, not gzipped

    /** The files a source's key covers: the source itself and its companions of the same name. */
    private static final String[] COMPANIONS = {".shp", ".shx", ".dbf", ".prj", ".cpg", ".geojson", ".json", ".gpkg"};

    private LayerCache() {}

    static Optional<RegionLayer> read(LayerConfig config, Path source) {
        String key = key(config, source);
        Optional<RegionLayer> layer = readEntry(key, source, file(key));
        if (layer.isPresent()) return layer;
        Path prepared = Resources.preparedCacheFolder();
        if (prepared == null) return layer;
        String content = contentKey(config, source);
        layer = readEntry(content, source, prepared.resolve(fileName(content)));
        layer.ifPresent(l -> writeEntry(key, source, l, file(key)));
        return layer;
    }

    /**
     * A user's file opened before, found by the file alone (its path and the size and time of
     * every companion file): opening it again reads neither the .shp nor the .dbf, nor detects
     * its fields again; that detection depends on nothing but the file's content.
     */
    static Optional<RegionLayer> readUserFile(Path source) {
        String key = userKey(source);
        return readEntry(key, source, file(key));
    }

    static void writeUserFile(Path source, RegionLayer layer) {
        String key = userKey(source);
        writeEntry(key, source, layer, file(key));
    }

    /** An entry under a key of the caller's making (a layer derived from a cached one, e.g. dissolved units). */
    static Optional<RegionLayer> readKeyed(String key, Path source) { return readEntry(key, source, file(key)); }

    static void writeKeyed(String key, Path source, RegionLayer layer) { writeEntry(key, source, layer, file(key)); }

    static String userKey(Path source) {
        StringBuilder sb = new StringBuilder("user-file|");
        appendSource(sb, source);
        return sb.toString();
    }

    private static Optional<RegionLayer> readEntry(String key, Path source, Path f) {
        if (f == null || !Files.isRegularFile(f)) return Optional.empty();
        try {
            // the whole entry at once, coordinates in bulk straight into packed sequences: every
            // command and every start of the app reads one, before the JIT has compiled anything
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(f));
            if (in.getInt() != VERSION) return Optional.empty();
            if (!BinaryTexts.read(in).equals(key)) return Optional.empty();
            MapLevel level = MapLevel.valueOf(BinaryTexts.read(in));
            String attribution = BinaryTexts.read(in);
            int n = in.getInt();
            List<MapRegion> regions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String code = BinaryTexts.read(in), parent = BinaryTexts.read(in), en = BinaryTexts.read(in), ru = BinaryTexts.read(in), kk = BinaryTexts.read(in);
                double area = in.getDouble();
                Geometry lonLat = geometry(in), projected = geometry(in);
                regions.add(new MapRegion(code, parent, en, ru, kk, lonLat, projected, area));
            }
            int m = in.getInt();
            List<CoverageIssue> issues = new ArrayList<>(m);
            for (int i = 0; i < m; i++) issues.add(new CoverageIssue(BinaryTexts.read(in), geometry(in)));
            int k = in.getInt();
            List<LayerFinding> findings = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                String message = BinaryTexts.read(in);
                int a = in.getInt();
                List<String> args = new ArrayList<>(a);
                for (int j = 0; j < a; j++) args.add(BinaryTexts.read(in));
                findings.add(new LayerFinding(message, args));
            }
            RegionLayer layer = new RegionLayer(level, regions, source, attribution, issues, findings);
            // derived data, so the map's first frame needs no simplification or inscribed circles
            int copies = in.getInt();
            for (int c = 0; c < copies; c++) {
                double tolerance = in.getDouble();
                List<MapRegion> simple = new ArrayList<>(n);
                for (MapRegion r : regions) {
                    Geometry lonLat = geometry(in), projected = geometry(in);
                    simple.add(new MapRegion(r.code(), r.parentKato(), r.nameEn(), r.nameRu(), r.nameKk(), lonLat, projected, r.areaKm2()));
                }
                layer.adoptSimplified(tolerance, new RegionLayer(level, simple, source, attribution, issues, findings));
            }
            int points = in.getInt();
            for (int i = 0; i < points; i++) layer.adoptLabelPoint(BinaryTexts.read(in), new org.locationtech.jts.geom.Coordinate(in.getDouble(), in.getDouble()));
            if (in.getInt() != VERSION) return Optional.empty(); // cut short
            return Optional.of(layer);
        } catch (IOException | ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(LayerConfig config, Path source, RegionLayer layer) {
        String key = key(config, source);
        writeEntry(key, source, layer, file(key));
        String out = System.getProperty("aimaq.preparedCacheOut");
        if (out != null && !out.isBlank()) {
            String content = contentKey(config, source);
            writeEntry(content, source, layer, Path.of(out).resolve(fileName(content)));
        }
    }

    private static void writeEntry(String key, Path source, RegionLayer layer, Path f) {
        if (f == null) return;
        try {
            Files.createDirectories(f.getParent());
            AtomicFiles.write(f, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(VERSION);
                BinaryTexts.write(out, key);
                BinaryTexts.write(out, layer.level().name());
                BinaryTexts.write(out, layer.attribution());
                out.writeInt(layer.size());
                for (MapRegion r : layer.regions()) {
                    BinaryTexts.write(out, r.code()); BinaryTexts.write(out, r.parentKato());
                    BinaryTexts.write(out, r.nameEn()); BinaryTexts.write(out, r.nameRu()); BinaryTexts.write(out, r.nameKk());
                    out.writeDouble(r.areaKm2());
                    geometry(out, r.lonLat());
                    geometry(out, r.projected());
                }
                out.writeInt(layer.coverageIssues().size());
                for (CoverageIssue c : layer.coverageIssues()) { BinaryTexts.write(out, c.code()); geometry(out, c.segments()); }
                out.writeInt(layer.findings().size());
                for (LayerFinding x : layer.findings()) {
                    BinaryTexts.write(out, x.key());
                    out.writeInt(x.args().size());
                    for (String a : x.args()) BinaryTexts.write(out, a);
                }
                var copies = new java.util.TreeMap<>(layer.simplifiedCopies());
                out.writeInt(copies.size());
                for (var e : copies.entrySet()) {
                    out.writeDouble(e.getKey());
                    for (MapRegion r : e.getValue().regions()) { geometry(out, r.lonLat()); geometry(out, r.projected()); }
                }
                var points = new java.util.TreeMap<>(layer.knownLabelPoints());
                out.writeInt(points.size());
                for (var e : points.entrySet()) { BinaryTexts.write(out, e.getKey()); out.writeDouble(e.getValue().x); out.writeDouble(e.getValue().y); }
                out.writeInt(VERSION);
                out.flush();
            });
            // entries of versions before 7 (gzipped) can never be read again
            try (var old = Files.newDirectoryStream(f.getParent(), "layer-*.bin.gz")) {
                for (Path p : old) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time on the next start
        }
    }

    private static final GeometryFactory FACTORY = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
    private static final byte OTHER = 0, POLYGON = 1, MULTI_POLYGON = 2;

    /** Polygons as ring sizes and raw x,y pairs; anything else (a coverage issue's lines) as WKB. */
    private static void geometry(DataOutputStream out, Geometry g) throws IOException {
        if (g instanceof Polygon p) {
            out.writeByte(POLYGON);
            polygon(out, p);
        } else if (g instanceof MultiPolygon mp) {
            out.writeByte(MULTI_POLYGON);
            out.writeInt(mp.getNumGeometries());
            for (int i = 0; i < mp.getNumGeometries(); i++) polygon(out, (Polygon) mp.getGeometryN(i));
        } else {
            out.writeByte(OTHER);
            byte[] b = new WKBWriter().write(g);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static void polygon(DataOutputStream out, Polygon p) throws IOException {
        out.writeInt(1 + p.getNumInteriorRing());
        ring(out, p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) ring(out, p.getInteriorRingN(h));
    }

    private static void ring(DataOutputStream out, LinearRing r) throws IOException {
        CoordinateSequence cs = r.getCoordinateSequence();
        out.writeInt(cs.size());
        for (int i = 0; i < cs.size(); i++) { out.writeDouble(cs.getX(i)); out.writeDouble(cs.getY(i)); }
    }

    private static Geometry geometry(ByteBuffer in) throws ParseException {
        byte kind = in.get();
        if (kind == POLYGON) return polygon(in);
        if (kind == MULTI_POLYGON) {
            Polygon[] parts = new Polygon[in.getInt()];
            for (int i = 0; i < parts.length; i++) parts[i] = polygon(in);
            return FACTORY.createMultiPolygon(parts);
        }
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return new WKBReader(FACTORY).read(b);
    }

    private static Polygon polygon(ByteBuffer in) {
        int rings = in.getInt();
        LinearRing shell = ring(in);
        LinearRing[] holes = new LinearRing[rings - 1];
        for (int h = 0; h < holes.length; h++) holes[h] = ring(in);
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(ByteBuffer in) {
        double[] xy = new double[2 * in.getInt()];
        in.asDoubleBuffer().get(xy);
        in.position(in.position() + 8 * xy.length);
        return FACTORY.createLinearRing(new PackedCoordinateSequence.Double(xy, 2, 0));
    }


    /** Config, source path, and size + mtime of every companion file. */
    static String key(LayerConfig config, Path source) {
        StringBuilder sb = configPart(config);
        appendSource(sb, source);
        return sb.toString();
    }

    /** Config, source file name, and size + content of every companion file: the same wherever the files are. */
    static String contentKey(LayerConfig config, Path source) {
        StringBuilder sb = configPart(config).append("content|");
        appendContent(sb, source);
        return sb.toString();
    }

    private static StringBuilder configPart(LayerConfig config) {
        // immutable maps iterate in a different order in every JVM: sort them for a stable key
        StringBuilder sb = new StringBuilder().append(config.id()).append('|').append(config.level()).append('|')
                .append(config.file()).append('|').append(config.codeField()).append('|')
                .append(new java.util.TreeMap<>(config.nameFields())).append('|').append(config.attribution()).append('|');
        config.nameCorrections().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sb.append(e.getKey()).append('=').append(new java.util.TreeMap<>(e.getValue())).append(';'));
        return sb.append('|');
    }

    /** The source's file name, and the size and CRC-32 of each of its companion files. */
    private static void appendContent(StringBuilder sb, Path source) {
        String name = source.getFileName().toString();
        sb.append(name);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String ext : COMPANIONS) {
            Path p = source.resolveSibling(stem + ext);
            try {
                if (!Files.exists(p)) continue;
                sb.append('|').append(ext).append(Resources.sizeAndCrc(p));
            } catch (IOException | OutOfMemoryError e) {
                sb.append('|').append(ext).append('?');
            }
        }
    }

    private static void appendSource(StringBuilder sb, Path source) {
        sb.append(source.toAbsolutePath().normalize());
        String name = source.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String ext : COMPANIONS) {
            Path p = source.resolveSibling(stem + ext);
            try {
                if (Files.exists(p)) sb.append('|').append(ext).append(Files.size(p)).append('@').append(Files.getLastModifiedTime(p).to(java.util.concurrent.TimeUnit.NANOSECONDS));
            } catch (IOException ignored) {
                sb.append('|').append(ext).append('?');
            }
        }
    }

    private static Path file(String key) {
        Path dir = Resources.cacheFolder();
        return dir == null ? null : dir.resolve(fileName(key));
    }

    static String fileName(String key) { return "layer-" + Integer.toHexString(key.hashCode()) + "-v" + VERSION + ".bin"; }
}
