package kz.aimaq.core.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.*;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * The project's own simplified boundaries, embedded in the app ({@code maps/embedded/*.geojson}
 * on the classpath), so that a fresh clone without {@code ../shared} still draws the map. They
 * are derived from geokz (CC BY 4.0, attribution kept in each file and shown on every map) by
 * {@link #main}, run by hand:
 *
 * <pre>
 * packaging/make-embedded-boundaries.sh     # = java ... EmbeddedBoundaries ../shared maps/embedded
 * </pre>
 *
 * <p>Method: each layer is loaded as the app loads it (repaired into an exact coverage in the
 * Albers projection); its borders are noded into edges that run between the points where three
 * regions meet, so each shared border is one edge; the edges are simplified together with JTS
 * {@link TopologyPreservingSimplifier} (no edge may cross another, endpoints stay), closed edges
 * first cut in three so that no island or enclave can collapse; the simplified edges are
 * polygonized and each face goes to the region it overlaps most. A shared border is therefore
 * simplified once and both neighbours get the same line: no gaps, no slivers (checked with
 * {@code CoverageValidator} before writing). Each feature keeps the area of the full-resolution
 * region in {@code area_km2}, which the loader uses, so area-based figures do not change with
 * the simplification. Coordinates are written with 5 decimals (about 1 m).
 *
 * <p>Edge cases: a region whose faces all vanish would keep its unsimplified outline (never
 * seen at these tolerances); lakes inside one region stay holes.
 */
public final class EmbeddedBoundaries {
    private EmbeddedBoundaries() {}

    /** Classpath folder of the embedded files. */
    public static final String FOLDER = "maps/embedded/";

    /** What is embedded: geokz file stem → the layer's tolerance in metres (about 1:5 000 000 for oblasts). */
    static final Map<String, Double> LAYERS = new LinkedHashMap<>(Map.of(
            "kaz_admbnda_adm1_2024", 1000.0,
            "kaz_admbnda_adm1_2018", 1000.0,
            "kaz_admbnda_adm2_2024", 500.0));

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The classpath name of the embedded copy of a configured layer file, or empty when none is embedded. */
    public static Optional<String> resourceFor(LayerConfig config) {
        String file = config.file().replace('\\', '/');
        String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        String name = FOLDER + stem + ".geojson";
        return EmbeddedBoundaries.class.getClassLoader().getResource(name) == null ? Optional.empty() : Optional.of(name);
    }

    /**
     * The layer of a configuration read from its embedded simplified copy: same codes, names and
     * corrections as the full file, true (full-resolution) areas, the file's attribution.
     */
    static RegionLayer load(LayerConfig config, String resource) throws IOException {
        Path name = Path.of(resource);
        VectorLayer vectors;
        try (InputStream in = EmbeddedBoundaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new java.io.FileNotFoundException("Missing bundled resource " + resource);
            vectors = new GeoJsonFeatureReader().read(name, in);
        }
        Map<String, Double> areas = new HashMap<>();
        for (Feature f : vectors.features()) {
            String code = RegionLayers.kato9(f.text("KATO"), true);
            if (code == null) continue;
            String key = config.level() == MapLevel.OBLAST ? code.substring(0, 2) : code;
            if (f.attributes().get("area_km2") instanceof Number n) areas.put(key, n.doubleValue());
        }
        String attribution = attribution(resource, config.attribution());
        LayerConfig embedded = new LayerConfig(config.id(), config.level(), config.file(), "KATO",
                config.nameFields(), attribution, config.nameCorrections());
        RegionLayer built = RegionLayers.build(vectors, embedded);
        List<MapRegion> regions = new ArrayList<>();
        for (MapRegion r : built.regions()) {
            regions.add(new MapRegion(r.code(), r.parentKato(), r.nameEn(), r.nameRu(), r.nameKk(), r.lonLat(), r.projected(),
                    areas.getOrDefault(r.code(), r.areaKm2())));
        }
        // source null: the layer is the app's own, not a file the user opened
        return new RegionLayer(config.level(), regions, null, attribution, built.coverageIssues(), built.findings());
    }

    /** The file's own attribution line (kept in the file as the licence asks), else the configured one. */
    private static String attribution(String resource, String fallback) {
        try (InputStream in = EmbeddedBoundaries.class.getClassLoader().getResourceAsStream(resource)) {
            // the attribution is written before the features, so a short read finds it
            byte[] head = in.readNBytes(4096);
            String text = new String(head, StandardCharsets.UTF_8);
            int i = text.indexOf("\"attribution\"");
            if (i >= 0) {
                int start = text.indexOf('"', text.indexOf(':', i) + 1) + 1;
                int end = text.indexOf('"', start);
                if (start > 0 && end > start) return text.substring(start, end);
            }
        } catch (IOException | RuntimeException ignored) {
            // fall back to the configuration's line
        }
        return fallback;
    }

    // ---- the generator -------------------------------------------------------------------

    /** {@code EmbeddedBoundaries SHARED_FOLDER OUTPUT_FOLDER}: writes one .geojson per embedded layer. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedBoundaries SHARED_FOLDER OUTPUT_FOLDER");
            System.exit(2);
        }
        Path shared = Path.of(args[0]), out = Path.of(args[1]);
        Files.createDirectories(out);
        for (var e : LAYERS.entrySet()) {
            Path shp = shared.resolve("data/boundaries/geokz/" + e.getKey() + ".shp");
            LayerConfig config = configFor(e.getKey(), shp);
            RegionLayer layer = RegionLayers.build(new ShapefileReader().read(shp), config);
            Geometry[] simple = simplify(layer.regions().stream().map(MapRegion::projected).toArray(Geometry[]::new), e.getValue());
            Geometry[] invalid = CoverageValidator.validate(simple);
            for (int i = 0; i < invalid.length; i++) {
                if (invalid[i] != null && !invalid[i].isEmpty()) {
                    throw new IllegalStateException(e.getKey() + ": simplified region " + layer.regions().get(i).code()
                            + " does not match its neighbours");
                }
            }
            Path file = out.resolve(e.getKey() + ".geojson");
            Files.writeString(file, geoJson(e.getKey(), config, layer, simple, e.getValue()));
            System.out.printf(Locale.ROOT, "%s: %d regions, %d → %d vertices, %d bytes%n", file, layer.size(),
                    layer.regions().stream().mapToInt(r -> r.projected().getNumPoints()).sum(),
                    Arrays.stream(simple).mapToInt(Geometry::getNumPoints).sum(), Files.size(file));
        }
    }

    /** The project's configuration of that layer (maps/*.json), or one read from the file's own codes. */
    private static LayerConfig configFor(String stem, Path shp) throws IOException {
        for (String c : List.of("maps/oblasts-2024.json", "maps/districts-2024.json")) {
            LayerConfig config = LayerConfig.bundled(c);
            if (config.file().endsWith(stem + ".shp")) return config;
        }
        LayerConfig detected = RegionLayers.detect(new ShapefileReader().read(shp));
        LayerConfig oblasts = LayerConfig.bundled("maps/oblasts-2024.json");
        return new LayerConfig(stem, detected.level(), "data/boundaries/geokz/" + stem + ".shp", detected.codeField(),
                oblasts.nameFields(), oblasts.attribution(), Map.of());
    }

    /** The coverage simplified as the class comment says; the result is an exact coverage again. */
    static Geometry[] simplify(Geometry[] coverage, double tolerance) {
        GeometryFactory gf = coverage[0].getFactory();
        List<Geometry> rings = new ArrayList<>();
        for (Geometry g : coverage) rings.addAll(LinearComponentExtracter.getLines(g, true));
        Geometry noded = UnaryUnionOp.union(gf.buildGeometry(rings));
        LineMerger merger = new LineMerger();
        merger.add(noded);
        List<LineString> edges = new ArrayList<>();
        for (Object o : merger.getMergedLineStrings()) {
            LineString e = (LineString) o;
            if (e.isClosed()) edges.addAll(cutInThree(e, gf));
            else edges.add(e);
        }
        Geometry simple = TopologyPreservingSimplifier.simplify(gf.createMultiLineString(edges.toArray(LineString[]::new)), tolerance);
        Polygonizer polygonizer = new Polygonizer(false);
        polygonizer.add(simple);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        STRtree index = new STRtree();
        for (int i = 0; i < coverage.length; i++) index.insert(coverage[i].getEnvelopeInternal(), i);
        List<List<Geometry>> facesOf = new ArrayList<>();
        for (int i = 0; i < coverage.length; i++) facesOf.add(new ArrayList<>());
        for (Polygon face : faces) {
            int best = -1;
            double bestArea = 0;
            @SuppressWarnings("unchecked")
            List<Integer> candidates = index.query(face.getEnvelopeInternal());
            candidates.sort(null);
            for (int i : candidates) {
                double a = face.intersection(coverage[i]).getArea();
                if (a > bestArea) { bestArea = a; best = i; }
            }
            // a face mostly outside every region is a hole of the coverage (a lake): keep it a hole
            if (best >= 0 && bestArea > 0.5 * face.getArea()) facesOf.get(best).add(face);
        }
        Geometry[] out = new Geometry[coverage.length];
        for (int i = 0; i < coverage.length; i++) {
            List<Geometry> f = facesOf.get(i);
            if (f.isEmpty()) { out[i] = coverage[i]; continue; }
            Geometry u = CoverageUnion.union(f.toArray(Geometry[]::new));
            out[i] = u.isValid() ? u : GeometryFixer.fix(u);
        }
        return out;
    }

    private static List<LineString> cutInThree(LineString ring, GeometryFactory gf) {
        Coordinate[] c = ring.getCoordinates();
        int n = c.length - 1; // distinct points
        if (n < 3) return List.of(ring);
        int a = n / 3, b = 2 * n / 3;
        return List.of(gf.createLineString(Arrays.copyOfRange(c, 0, a + 1)),
                gf.createLineString(Arrays.copyOfRange(c, a, b + 1)),
                gf.createLineString(Arrays.copyOfRange(c, b, c.length)));
    }

    private static String geoJson(String stem, LayerConfig config, RegionLayer layer, Geometry[] simple, double tolerance)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", stem);
        root.put("attribution", config.attribution() + "; simplified for Aimaq (tolerance " + (int) tolerance + " m)");
        root.put("license", "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); this is a simplified derivative: "
                + "borders generalised, coordinates rounded to 5 decimals, areas kept from the original");
        root.put("source", "geokz 1.0.2 (https://github.com/arodionoff/geokz), " + stem + ".shp");
        root.put("generator", "kz.aimaq.core.geo.EmbeddedBoundaries: JTS TopologyPreservingSimplifier on shared edges, "
                + "Albers equal-area for Kazakhstan, tolerance " + (int) tolerance + " m");
        ArrayNode features = root.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        AlbersKazakhstan albers = AlbersKazakhstan.get();
        for (int i = 0; i < simple.length; i++) {
            MapRegion r = layer.regions().get(i);
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode p = f.putObject("properties");
            p.put("KATO", r.code().length() == 2 ? r.code() + "0000000" : r.code());
            String[] names = {r.nameEn(), r.nameRu(), r.nameKk()};
            String[] langs = {"en", "ru", "kk"};
            for (int l = 0; l < 3; l++) {
                String field = config.nameFields().get(langs[l]);
                if (field != null) p.put(field, names[l]);
            }
            p.put("area_km2", Math.round(r.areaKm2() * 1000) / 1000.0);
            f.set("geometry", JSON.readTree(writer.write(albers.unproject(simple[i]))));
        }
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
                .replace("{\"type\":\"Feature\",", "\n{\"type\":\"Feature\",") + "\n";
    }
}
