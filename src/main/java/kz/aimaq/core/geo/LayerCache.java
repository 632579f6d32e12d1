package kz.aimaq.core.geo;

import kz.aimaq.core.data.Resources;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.io.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A disk cache of loaded layers (repaired, projected, named), so that starting the app does
 * not redo the ~1 s of reading, projecting and coverage repair every time. An entry is keyed
 * by the configuration and the size and modification time of the source files, so an edited
 * boundary file is read afresh. A broken or stale entry is ignored and rewritten.
 */
final class LayerCache {
    /** Bump when the loading code changes what it produces. 2: simplified copies and label points. */
    static final int VERSION = 6; // 3: findings; 4: user files too, times in ns; 5: default layers carry their label points; 6: level and credit in the entry, user files keyed by the file alone

    private LayerCache() {}

    static Optional<RegionLayer> read(LayerConfig config, Path source) {
        return readEntry(key(config, source), source);
    }

    /**
     * A user's file opened before, found by the file alone (its path and the size and time of
     * every companion file): opening it again reads neither the .shp nor the .dbf, nor detects
     * its fields again; that detection depends on nothing but the file's content.
     */
    static Optional<RegionLayer> readUserFile(Path source) {
        return readEntry(userKey(source), source);
    }

    static void writeUserFile(Path source, RegionLayer layer) {
        writeEntry(userKey(source), source, layer);
    }

    /** An entry under a key of the caller's making (a layer derived from a cached one, e.g. dissolved units). */
    static Optional<RegionLayer> readKeyed(String key, Path source) { return readEntry(key, source); }

    static void writeKeyed(String key, Path source, RegionLayer layer) { writeEntry(key, source, layer); }

    static String userKey(Path source) {
        StringBuilder sb = new StringBuilder("user-file|");
        appendSource(sb, source);
        return sb.toString();
    }

    private static Optional<RegionLayer> readEntry(String key, Path source) {
        Path f = file(key);
        if (f == null || !Files.isRegularFile(f)) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(f), 1 << 16)))) {
            if (in.readInt() != VERSION) return Optional.empty();
            if (!in.readUTF().equals(key)) return Optional.empty();
            MapLevel level = MapLevel.valueOf(in.readUTF());
            String attribution = in.readUTF();
            WKBReader wkb = new WKBReader(new GeometryFactory());
            int n = in.readInt();
            List<MapRegion> regions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String code = in.readUTF(), parent = in.readUTF(), en = in.readUTF(), ru = in.readUTF(), kk = in.readUTF();
                double area = in.readDouble();
                Geometry lonLat = wkb.read(bytes(in)), projected = wkb.read(bytes(in));
                regions.add(new MapRegion(code, parent, en, ru, kk, lonLat, projected, area));
            }
            int m = in.readInt();
            List<CoverageIssue> issues = new ArrayList<>(m);
            for (int i = 0; i < m; i++) issues.add(new CoverageIssue(in.readUTF(), wkb.read(bytes(in))));
            int k = in.readInt();
            List<LayerFinding> findings = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                String message = in.readUTF();
                int a = in.readInt();
                List<String> args = new ArrayList<>(a);
                for (int j = 0; j < a; j++) args.add(in.readUTF());
                findings.add(new LayerFinding(message, args));
            }
            RegionLayer layer = new RegionLayer(level, regions, source, attribution, issues, findings);
            // derived data, so the map's first frame needs no simplification or inscribed circles
            int copies = in.readInt();
            for (int c = 0; c < copies; c++) {
                double tolerance = in.readDouble();
                List<MapRegion> simple = new ArrayList<>(n);
                for (MapRegion r : regions) {
                    Geometry lonLat = wkb.read(bytes(in)), projected = wkb.read(bytes(in));
                    simple.add(new MapRegion(r.code(), r.parentKato(), r.nameEn(), r.nameRu(), r.nameKk(), lonLat, projected, r.areaKm2()));
                }
                layer.adoptSimplified(tolerance, new RegionLayer(level, simple, source, attribution, issues, findings));
            }
            int points = in.readInt();
            for (int i = 0; i < points; i++) layer.adoptLabelPoint(in.readUTF(), new org.locationtech.jts.geom.Coordinate(in.readDouble(), in.readDouble()));
            return Optional.of(layer);
        } catch (IOException | ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(LayerConfig config, Path source, RegionLayer layer) {
        writeEntry(key(config, source), source, layer);
    }

    private static void writeEntry(String key, Path source, RegionLayer layer) {
        Path f = file(key);
        if (f == null) return;
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), ".layer-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)))) {
                WKBWriter wkb = new WKBWriter();
                out.writeInt(VERSION);
                out.writeUTF(key);
                out.writeUTF(layer.level().name());
                out.writeUTF(layer.attribution());
                out.writeInt(layer.size());
                for (MapRegion r : layer.regions()) {
                    out.writeUTF(r.code()); out.writeUTF(r.parentKato());
                    out.writeUTF(r.nameEn()); out.writeUTF(r.nameRu()); out.writeUTF(r.nameKk());
                    out.writeDouble(r.areaKm2());
                    bytes(out, wkb.write(r.lonLat()));
                    bytes(out, wkb.write(r.projected()));
                }
                out.writeInt(layer.coverageIssues().size());
                for (CoverageIssue c : layer.coverageIssues()) { out.writeUTF(c.code()); bytes(out, wkb.write(c.segments())); }
                out.writeInt(layer.findings().size());
                for (LayerFinding x : layer.findings()) {
                    out.writeUTF(x.key());
                    out.writeInt(x.args().size());
                    for (String a : x.args()) out.writeUTF(a);
                }
                var copies = new java.util.TreeMap<>(layer.simplifiedCopies());
                out.writeInt(copies.size());
                for (var e : copies.entrySet()) {
                    out.writeDouble(e.getKey());
                    for (MapRegion r : e.getValue().regions()) { bytes(out, wkb.write(r.lonLat())); bytes(out, wkb.write(r.projected())); }
                }
                var points = new java.util.TreeMap<>(layer.knownLabelPoints());
                out.writeInt(points.size());
                for (var e : points.entrySet()) { out.writeUTF(e.getKey()); out.writeDouble(e.getValue().x); out.writeDouble(e.getValue().y); }
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time on the next start
        }
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    /** Config, source path, and size + mtime of every companion file. */
    static String key(LayerConfig config, Path source) {
        // immutable maps iterate in a different order in every JVM: sort them for a stable key
        StringBuilder sb = new StringBuilder().append(config.id()).append('|').append(config.level()).append('|')
                .append(config.file()).append('|').append(config.codeField()).append('|')
                .append(new java.util.TreeMap<>(config.nameFields())).append('|').append(config.attribution()).append('|');
        config.nameCorrections().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> sb.append(e.getKey()).append('=').append(new java.util.TreeMap<>(e.getValue())).append(';'));
        sb.append('|');
        appendSource(sb, source);
        return sb.toString();
    }

    private static void appendSource(StringBuilder sb, Path source) {
        sb.append(source.toAbsolutePath().normalize());
        String name = source.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String ext : new String[]{".shp", ".shx", ".dbf", ".prj", ".cpg", ".geojson", ".json", ".gpkg"}) {
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
        if (dir == null) return null;
        return dir.resolve("layer-" + Integer.toHexString(key.hashCode()) + "-v" + VERSION + ".bin.gz");
    }
}
