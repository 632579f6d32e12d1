package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.MissingFileException;
import kz.aimaq.core.i18n.Text;
import kz.aimaq.core.data.Resources;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.region.RegionNameMatcher;
import kz.aimaq.core.territory.Territory;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The entry point for region polygons. {@link #load(MapLevel)} gives the default oblast or
 * district layer configured in {@code maps/*.json} (read once, then cached);
 * {@link #load(Path)} reads a shapefile or GeoJSON the user picked and works out its level and
 * code field.
 *
 * <p>On load every geometry is repaired if invalid (JTS GeometryFixer), projected to
 * {@link AlbersKazakhstan} for areas and drawing, and the layer is checked as a coverage with
 * JTS CoverageValidator (findings in {@link RegionLayer#coverageIssues()}) and repaired into an
 * exact coverage ({@link CoverageRepair}) so shared borders are identical. Oblast names come
 * from the region catalogue; district names from the file, with Latin look-alike letters in
 * Cyrillic words repaired ({@link NameRepair}) and the configured corrections applied.
 */
public final class RegionLayers {
    private RegionLayers() {}

    private static final Map<MapLevel, RegionLayer> DEFAULTS = new ConcurrentHashMap<>();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** The default layer of a level (geokz 2024 boundaries from the shared folder). Cached after the first call. */
    public static RegionLayer load(MapLevel level) throws IOException {
        RegionLayer cached = DEFAULTS.get(level);
        if (cached != null) return cached;
        synchronized (DEFAULTS) {
            cached = DEFAULTS.get(level);
            if (cached != null) return cached;
            RegionLayer layer = load(LayerConfig.bundled(level));
            DEFAULTS.put(level, layer);
            return layer;
        }
    }

    private static final Map<Territory, RegionLayer> BY_TERRITORY = new ConcurrentHashMap<>();

    /**
     * The default layer for the territory of a period: since 2022 the 2024 layer (20 units);
     * 2018–2021 the geokz 2018 layer (17 units, {@code maps/oblasts-2018.json}); before 2018 the
     * 2018 layer with Turkistan (61) and Shymkent (79) dissolved into South Kazakhstan (51), 16
     * units ({@link UnitDissolver}). Districts have only today's layer (the data hold district
     * values for 2024 only), so {@code DISTRICT} gives {@link #load(MapLevel)} for any territory.
     * Cached after the first call.
     */
    public static RegionLayer load(MapLevel level, Territory territory) throws IOException {
        if (level == MapLevel.DISTRICT || territory == Territory.FROM_2022) return load(level);
        RegionLayer cached = BY_TERRITORY.get(territory);
        if (cached != null) return cached;
        synchronized (BY_TERRITORY) {
            cached = BY_TERRITORY.get(territory);
            if (cached != null) return cached;
            RegionLayer layer2018 = territory == Territory.FROM_2018 ? load(LayerConfig.bundled("maps/oblasts-2018.json"))
                    : load(MapLevel.OBLAST, Territory.FROM_2018);
            RegionLayer layer = territory == Territory.FROM_2018 ? layer2018 : dissolvedBefore2018(layer2018, territory);
            BY_TERRITORY.put(territory, layer);
            return layer;
        }
    }

    /**
     * The 16-unit map: the 2018 layer with Turkistan and Shymkent dissolved into South Kazakhstan.
     * Kept in the layer cache beside the 2018 layer's entry (the union and its label points were
     * most of a 16-year batch's preparation); the embedded fallback layer is dissolved each time.
     */
    static RegionLayer dissolvedBefore2018(RegionLayer layer2018, Territory territory) throws IOException {
        Map<String, List<String>> merge = Map.of("51", territory.components("51"));
        Path source = layer2018.source();
        String key = source == null ? null
                : "dissolved|" + merge + "|" + LayerCache.key(LayerConfig.bundled("maps/oblasts-2018.json"), source);
        if (key != null) {
            Optional<RegionLayer> cached = LayerCache.readKeyed(key, source);
            if (cached.isPresent()) return cached.get();
        }
        RegionLayer layer = UnitDissolver.dissolve(layer2018, merge, RegionCatalog.bundled());
        if (key != null) {
            layer.computeLabelPoints();
            LayerCache.writeKeyed(key, source, layer);
        }
        return layer;
    }

    /**
     * Stores what was derived from a default layer since it was loaded (simplified copies, label
     * points) in the disk cache, so the next start reads them instead of computing them. Call it
     * off the UI thread; other layers are ignored.
     */
    public static void rememberDerived(RegionLayer layer) {
        if (layer == null || layer.source() == null || DEFAULTS.get(layer.level()) != layer) return;
        try {
            LayerConfig config = LayerConfig.bundled(layer.level());
            LayerCache.write(config, Resources.sharedFolder().resolve(config.file()), layer);
        } catch (IOException e) {
            // without the cache entry the next start only computes them again
        }
    }

    /**
     * The layer a configuration describes, e.g. {@code LayerConfig.bundled("maps/oblasts-osm.json")}
     * for the OpenStreetMap alternative. Not cached.
     */
    public static RegionLayer load(LayerConfig config) throws IOException {
        Optional<Path> full = fullResolution(config);
        if (full.isEmpty()) {
            // a fresh clone without ../shared: the project's own simplified copy, when there is one
            Optional<String> embedded = EmbeddedBoundaries.resourceFor(config);
            if (embedded.isPresent()) return EmbeddedBoundaries.load(config, embedded.get());
        }
        Path file = Resources.sharedFolder().resolve(config.file());
        if (!Files.exists(file)) throw new MissingFileException("core.data.boundaryMissing", file);
        Optional<RegionLayer> cached = LayerCache.read(config, file);
        if (cached.isPresent()) return cached.get();
        RegionLayer layer = build(read(file), config);
        // every later run (a command as much as the app) then reads the label points instead of
        // computing 20-200 inscribed circles, about 50 ms of a 4K render
        layer.computeLabelPoints();
        LayerCache.write(config, file, layer);
        return layer;
    }

    /** The full-resolution file of a configuration in the shared folder, if it is there. */
    static Optional<Path> fullResolution(LayerConfig config) {
        try {
            Path file = Resources.sharedFolder().resolve(config.file());
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * A layer from a user's file (.shp or .geojson/.json). Codes come from a KATO, ADM1/ADM2
     * PCODE or ISO 3166-2 (KZ-10) field; without one, oblasts are matched by name
     * (OSM exports). The level follows from the codes: 9-digit KATO codes below oblast level
     * make a district layer.
     *
     * @throws GeoReadException with a message for the user when the file cannot be used
     */
    public static RegionLayer load(Path file) throws IOException {
        // reading, the coverage check and repair are the time of opening a file: a file opened
        // before (same size and time of every companion file) is taken from the layer cache,
        // with the findings of its first opening, without reading it again
        Optional<RegionLayer> cached = LayerCache.readUserFile(file);
        if (cached.isPresent()) return cached.get();
        VectorLayer vectors = read(file);
        RegionLayer layer = build(vectors, detect(vectors));
        LayerCache.writeUserFile(file, layer);
        return layer;
    }

    /** Reads a .shp, .geojson/.json or .gpkg (its polygon layer, {@link GeoPackageReader}) file. */
    public static VectorLayer read(Path file) throws GeoReadException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp")) return new ShapefileReader(FACTORY).read(file);
        if (name.endsWith(".geojson") || name.endsWith(".json")) return new GeoJsonFeatureReader(FACTORY).read(file);
        if (name.endsWith(".gpkg")) return new GeoPackageReader(FACTORY).read(file);
        throw GeoReadException.keyed(file, "geo.error.fileTypeGpkg");
    }

    // ---- building ------------------------------------------------------------------------

    /** Builds the layer; a config with a null codeField means "match oblasts by the name fields". */
    static RegionLayer build(VectorLayer vectors, LayerConfig config) throws GeoReadException {
        Path file = vectors.source();
        List<Feature> features = keepMainAdminLevel(vectors.features());
        RegionCatalog catalog = RegionCatalog.bundled();
        Map<Feature, String> named = config.codeField() == null ? nameMatches(features, config, catalog) : null;

        // code -> parts (a region split over several records is merged)
        Map<String, List<Geometry>> parts = new LinkedHashMap<>();
        Map<String, Feature> firstFeature = new HashMap<>();
        Map<String, Set<String>> namesOf = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (Feature f : features) {
            if (f.geometry() == null || f.geometry().isEmpty() || !(f.geometry() instanceof Polygonal)) continue;
            String code = named == null ? code(f.text(config.codeField()), config.level()) : named.get(f);
            if (code == null) {
                unmatched.add(named == null ? config.codeField() + "=" + f.text(config.codeField()) : names(f, config));
                continue;
            }
            parts.computeIfAbsent(code, k -> new ArrayList<>()).add(f.geometry());
            firstFeature.putIfAbsent(code, f);
            String label = names(f, config.nameFields().isEmpty() ? nameLikeFields(vectors.fields()) : config.nameFields());
            if (!label.equals("\"\"")) namesOf.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(label);
        }
        if (!unmatched.isEmpty()) {
            throw new GeoReadException(file, Text.of(config.level() == MapLevel.OBLAST ? "core.geo.unmatchedRegions" : "core.geo.unmatchedDistricts",
                    unmatched.size(), String.join("; ", unmatched.subList(0, Math.min(5, unmatched.size()))),
                    named == null ? "" : Text.of("core.geo.unmatchedHint")));
        }
        if (parts.isEmpty()) throw GeoReadException.keyed(file, "geo.error.noPolygons");
        // A region split over several records has the same name in each; two different names
        // under one code are two regions, and merging them would paint one in the other's class.
        for (var e : namesOf.entrySet()) {
            if (e.getValue().size() > 1) {
                throw GeoReadException.keyed(file, "geo.error.duplicateCode", e.getKey(), e.getValue().size(),
                        String.join(", ", new ArrayList<>(e.getValue()).subList(0, Math.min(4, e.getValue().size()))),
                        config.codeField() == null ? "name" : config.codeField());
            }
        }
        List<LayerFinding> findings = new ArrayList<>(vectors.findings());

        AlbersKazakhstan albers = AlbersKazakhstan.get();
        List<String> codes = new ArrayList<>(parts.keySet());
        Collections.sort(codes);
        Geometry[] projected = new Geometry[codes.size()];
        List<String> repaired = new ArrayList<>();
        for (int i = 0; i < projected.length; i++) {
            List<Geometry> ps = parts.get(codes.get(i));
            if (ps.stream().anyMatch(g -> !g.isValid())) repaired.add(codes.get(i));
            Geometry p = albers.project(merge(ps));
            projected[i] = p.isValid() ? p : GeometryFixer.fix(p);
        }
        if (!repaired.isEmpty()) findings.add(LayerFinding.of("geo.finding.repaired", repaired.size(), list(repaired)));
        // Report the file's coverage defects, then repair them so that neighbours share exact
        // edges (needed by CoverageSimplifier and CoverageUnion; areas move by < 0.5 km²).
        List<CoverageIssue> issues = validate(codes, projected);
        Geometry[] clean = projected; // already exact: skip the (≈1 s) repair
        if (!issues.isEmpty()) {
            CoverageRepair.Result fix = CoverageRepair.repair(projected, REPAIR_GRID_METRES, REPAIR_MAX_GAP_METRES);
            clean = fix.coverage();
            List<String> overlapping = new ArrayList<>();
            double overlapKm2 = 0;
            for (int i = 0; i < codes.size(); i++) {
                if (fix.overlapArea()[i] / 1e6 >= REPORT_OVERLAP_KM2) {
                    overlapping.add(codes.get(i));
                    overlapKm2 += fix.overlapArea()[i] / 1e6;
                }
            }
            if (!overlapping.isEmpty()) {
                findings.add(LayerFinding.of("geo.finding.overlap", overlapping.size(), list(overlapping),
                        String.format(Locale.ROOT, "%.0f", overlapKm2 / 2)));
            }
            if (fix.gapKeptArea() / 1e6 >= REPORT_OVERLAP_KM2) {
                findings.add(LayerFinding.of("geo.finding.gap", fix.gapsKept(), String.format(Locale.ROOT, "%.0f", fix.gapKeptArea() / 1e6)));
            }
        }
        if (config.level() == MapLevel.OBLAST) {
            List<String> missing = new ArrayList<>();
            for (Region r : catalog.current()) {
                if (!r.isNational() && !parts.containsKey(r.kato())) missing.add(r.kato() + " " + r.nameEn());
            }
            if (!missing.isEmpty()) findings.add(LayerFinding.of("geo.finding.missing", missing.size(), list(missing)));
        }
        List<MapRegion> regions = new ArrayList<>();
        for (int i = 0; i < clean.length; i++) {
            String code = codes.get(i);
            String[] names = names(code, firstFeature.get(code), config, catalog);
            regions.add(new MapRegion(code, code.substring(0, 2), names[0], names[1], names[2],
                    albers.unproject(clean[i]), clean[i], clean[i].getArea() / 1e6));
        }
        return new RegionLayer(config.level(), regions, file, config.attribution(), issues, findings);
    }

    /** Overlaps and gaps smaller than this (km²) are digitising noise the repair absorbs, not worth a warning. */
    static final double REPORT_OVERLAP_KM2 = 5;

    private static String list(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(8, items.size()))) + (items.size() > 8 ? ", …" : "");
    }

    /** Vertices of neighbouring borders closer than this are merged when the coverage is repaired. */
    static final double REPAIR_GRID_METRES = 1.0;
    /** Gaps between regions narrower than this (mean width) are slivers and filled by a neighbour. */
    static final double REPAIR_MAX_GAP_METRES = 200;

    private static Geometry merge(List<Geometry> geometries) {
        List<Geometry> fixed = new ArrayList<>();
        for (Geometry g : geometries) fixed.add(g.isValid() ? g : GeometryFixer.fix(g));
        Geometry g = fixed.size() == 1 ? fixed.getFirst() : FACTORY.buildGeometry(fixed).union();
        return g.isValid() ? g : GeometryFixer.fix(g);
    }

    private static List<CoverageIssue> validate(List<String> codes, Geometry[] coverage) {
        Geometry[] invalid = CoverageValidator.validate(coverage);
        List<CoverageIssue> issues = new ArrayList<>();
        for (int i = 0; i < invalid.length; i++) {
            if (invalid[i] != null && !invalid[i].isEmpty()) issues.add(new CoverageIssue(codes.get(i), invalid[i]));
        }
        return issues;
    }

    /** en, ru, kk names: the catalogue's for oblasts, the file's (repaired) for districts. */
    private static String[] names(String code, Feature f, LayerConfig config, RegionCatalog catalog) {
        if (config.level() == MapLevel.OBLAST) {
            Optional<Region> r = catalog.byKato(code);
            if (r.isPresent()) return new String[]{r.get().nameEn(), r.get().nameRu(), r.get().nameKk()};
        }
        String[] langs = {"en", "ru", "kk"};
        String[] out = new String[3];
        Map<String, String> corrections = config.nameCorrections().getOrDefault(
                config.level() == MapLevel.DISTRICT ? code : code + "0000000", Map.of());
        for (int i = 0; i < 3; i++) {
            String field = config.nameFields().get(langs[i]);
            String n = field == null ? "" : NameRepair.fixHomoglyphs(f.text(field));
            out[i] = corrections.getOrDefault(langs[i], n);
        }
        // A missing language falls back to another rather than showing a blank label.
        for (int i = 0; i < 3; i++) {
            if (out[i].isEmpty()) out[i] = !out[0].isEmpty() ? out[0] : !out[1].isEmpty() ? out[1] : out[2];
        }
        return out;
    }

    // ---- codes ---------------------------------------------------------------------------

    private static final Pattern KATO9 = Pattern.compile("\\d{9}");
    private static final Pattern PCODE_ADM1 = Pattern.compile("KZ-?\\d{2}");
    private static final Pattern PCODE_ADM2 = Pattern.compile("KZ\\d{6}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    /** The 9-digit KATO code a field value stands for, or null: "100000000", "KZ10", "KZ-10", "KZ101010". */
    static String kato9(String value, boolean bareTwoDigits) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (KATO9.matcher(v).matches()) return v;
        if (PCODE_ADM1.matcher(v).matches()) return v.substring(v.length() - 2) + "0000000";
        if (PCODE_ADM2.matcher(v).matches()) return v.substring(2) + "000";
        if (bareTwoDigits && TWO_DIGITS.matcher(v).matches()) return v + "0000000";
        return null;
    }

    /** The region code at that level: 2 digits for oblasts, 9 for districts. */
    private static String code(String value, MapLevel level) {
        String k = kato9(value, true);
        if (k == null) return null;
        return level == MapLevel.OBLAST ? k.substring(0, 2) : k;
    }

    private static final List<String> CODE_FIELD_HINTS = List.of("KATO", "KATO_CODE", "KATO9", "TE", "ADM2_PCODE",
            "ADM1_PCODE", "PCODE", "ISO_3166_2", "ISO3166_2", "ISO", "CODE");
    private static final List<String> NAME_FIELD_HINTS = List.of("local_name", "name_kk", "NAME_KK", "name_ru",
            "NAME_RU", "name_en", "NAME_EN", "name", "NAME", "ADM1_KK", "ADM1_RU", "ADM1_EN", "shapeName");

    /** Works out the code field and level of a user's file. */
    static LayerConfig detect(VectorLayer v) throws GeoReadException {
        List<Feature> features = keepMainAdminLevel(v.features());
        RegionCatalog catalog = RegionCatalog.bundled();
        String bestField = null;
        Set<String> bestCodes = Set.of();
        for (String field : orderedFields(v.fields())) {
            boolean hinted = CODE_FIELD_HINTS.stream().anyMatch(h -> h.equalsIgnoreCase(field));
            Set<String> codes = new LinkedHashSet<>();
            boolean all = true;
            for (Feature f : features) {
                String k = kato9(f.text(field), hinted);
                // Digits alone could be any id: the first two must be an oblast code we know.
                if (k == null || catalog.byKato(k.substring(0, 2)).isEmpty()) { all = false; break; }
                codes.add(k);
            }
            // The finest code field wins (ADM2_PCODE over ADM1_PCODE); ties go to the earlier hint.
            if (all && !codes.isEmpty() && codes.size() > bestCodes.size()) {
                bestField = field;
                bestCodes = codes;
            }
        }
        if (bestField != null) {
            boolean district = bestCodes.stream().anyMatch(k -> !k.endsWith("0000000"));
            MapLevel level = district ? MapLevel.DISTRICT : MapLevel.OBLAST;
            return new LayerConfig(v.source().getFileName().toString(), level, v.source().toString(), bestField,
                    nameFields(v.fields(), level), "", Map.of());
        }
        List<String> nameFields = v.fields().stream()
                .filter(f -> NAME_FIELD_HINTS.stream().anyMatch(h -> h.equalsIgnoreCase(f))).toList();
        if (nameFields.isEmpty()) {
            throw GeoReadException.keyed(v.source(), "geo.error.noCodeField", String.valueOf(v.fields()));
        }
        Map<String, String> byLang = new LinkedHashMap<>();
        for (int i = 0; i < nameFields.size(); i++) byLang.put("name" + i, nameFields.get(i));
        return new LayerConfig(v.source().getFileName().toString(), MapLevel.OBLAST, v.source().toString(), null,
                byLang, "", Map.of());
    }

    private static List<String> orderedFields(List<String> fields) {
        List<String> ordered = new ArrayList<>();
        for (String h : CODE_FIELD_HINTS) fields.stream().filter(h::equalsIgnoreCase).forEach(ordered::add);
        fields.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    private static Map<String, String> nameFields(List<String> fields, MapLevel level) {
        String prefix = level == MapLevel.DISTRICT ? "ADM2_" : "ADM1_";
        Map<String, String> m = new LinkedHashMap<>();
        for (String lang : List.of("en", "ru", "kk")) {
            for (String candidate : List.of(prefix + lang, "name_" + lang, "NAME_" + lang)) {
                fields.stream().filter(candidate::equalsIgnoreCase).findFirst().ifPresent(f -> m.putIfAbsent(lang, f));
            }
        }
        return m;
    }

    /**
     * The region each feature names, by {@link RegionNameMatcher}: exact matches only (a fuzzy
     * guess would silently put a polygon on the wrong region), current regions only, and each
     * name field matched as a whole column so that a bare "Almaty" is settled by the other
     * features (the city when "Almaty Region" is another feature, and the other way round).
     */
    private static Map<Feature, String> nameMatches(List<Feature> features, LayerConfig config, RegionCatalog catalog) {
        RegionNameMatcher matcher = RegionNameMatcher.bundled();
        Set<String> current = new HashSet<>();
        catalog.current().forEach(r -> current.add(r.kato()));
        Map<Feature, String> out = new IdentityHashMap<>();
        for (String field : config.nameFields().values()) {
            List<RegionNameMatcher.Match> ms = matcher.matchAll(features.stream().map(f -> f.text(field)).toList());
            for (int i = 0; i < features.size(); i++) {
                RegionNameMatcher.Match m = ms.get(i);
                if (m.isExact() && !m.isNational() && m.region().isPresent() && current.contains(m.region().get().kato())) {
                    out.putIfAbsent(features.get(i), m.region().get().kato());
                }
            }
        }
        return out;
    }

    private static String names(Feature f, LayerConfig config) { return names(f, config.nameFields()); }

    private static String names(Feature f, Map<String, String> nameFields) {
        StringJoiner j = new StringJoiner(" / ", "\"", "\"");
        for (String field : nameFields.values()) if (!f.text(field).isEmpty()) j.add(f.text(field));
        return j.toString();
    }

    /** The fields that look like names (NAME, name_ru, ADM1_KK...), for telling two regions apart. */
    private static Map<String, String> nameLikeFields(List<String> fields) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : fields) {
            if (NAME_FIELD_HINTS.stream().anyMatch(h -> h.equalsIgnoreCase(f)) || f.toUpperCase(Locale.ROOT).startsWith("NAME")
                    || f.toUpperCase(Locale.ROOT).matches("ADM\\d_(EN|RU|KK)")) m.put(f, f);
        }
        return m;
    }

    /**
     * OSM exports put the country (admin_level 2) beside its regions (4): keep only the most
     * common admin_level so the country does not become one more "region".
     */
    private static List<Feature> keepMainAdminLevel(List<Feature> features) {
        Map<String, Integer> counts = new HashMap<>();
        for (Feature f : features) {
            String l = f.text("admin_level");
            if (!l.isEmpty()) counts.merge(l, 1, Integer::sum);
        }
        if (counts.size() < 2) return features;
        String main = Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
        return features.stream().filter(f -> main.equals(f.text("admin_level"))).toList();
    }
}
