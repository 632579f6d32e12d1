package kz.aimaq.core.geo;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regions of one level as a polygon coverage, in projected coordinates for drawing and
 * lon/lat for export. Immutable once loaded (the caches below only memoise derived results).
 */
public final class RegionLayer {
    private final MapLevel level;
    private final List<MapRegion> regions;
    private final Map<String, MapRegion> byCode = new LinkedHashMap<>();
    private final Envelope projectedBounds = new Envelope();
    private final Path source;
    private final String attribution;
    private final List<CoverageIssue> coverageIssues;
    private final List<LayerFinding> findings;
    private final Map<Double, RegionLayer> simplified = new ConcurrentHashMap<>();
    private final Map<String, Coordinate> labelPoints = new ConcurrentHashMap<>();

    public RegionLayer(MapLevel level, List<MapRegion> regions, Path source) {
        this(level, regions, source, "", List.of());
    }

    public RegionLayer(MapLevel level, List<MapRegion> regions, Path source, String attribution,
                       List<CoverageIssue> coverageIssues) {
        this(level, regions, source, attribution, coverageIssues, List.of());
    }

    public RegionLayer(MapLevel level, List<MapRegion> regions, Path source, String attribution,
                       List<CoverageIssue> coverageIssues, List<LayerFinding> findings) {
        this.level = level;
        this.findings = List.copyOf(findings);
        this.regions = List.copyOf(regions);
        this.source = source;
        this.attribution = attribution == null ? "" : attribution;
        this.coverageIssues = List.copyOf(coverageIssues);
        for (MapRegion r : regions) {
            byCode.put(r.code(), r);
            projectedBounds.expandToInclude(r.projected().getEnvelopeInternal());
        }
    }

    public MapLevel level() { return level; }
    public List<MapRegion> regions() { return regions; }
    public Optional<MapRegion> byCode(String code) { return Optional.ofNullable(byCode.get(code)); }
    public Envelope projectedBounds() { return new Envelope(projectedBounds); }
    public Path source() { return source; }
    public int size() { return regions.size(); }

    /** The credit line the map must show for these boundaries ("" if unknown). */
    public String attribution() { return attribution; }

    /**
     * What {@code CoverageValidator} found in the source file (borders whose vertices do not match
     * the neighbour's, overlaps); empty for a clean file. The regions of this layer have been
     * repaired into an exact coverage, so these describe the file, not {@link #regions()}.
     */
    public List<CoverageIssue> coverageIssues() { return coverageIssues; }

    /**
     * What the user should be told about the file although it loaded: a wrong .cpg, polygons that
     * crossed themselves and were repaired, regions without a polygon (drawn as holes), borders
     * that do not match. Keyed, for the status bar and the CLI; empty for a clean file.
     */
    public List<LayerFinding> findings() { return findings; }

    /**
     * The same regions with borders simplified to the tolerance (metres, in the projection), for
     * fast drawing at small scales. Shared borders are simplified once (JTS CoverageSimplifier),
     * so neighbours still meet without gaps or slivers. {@link MapRegion#areaKm2()} keeps the
     * true area of the full-detail region. Cached per tolerance; 0 or less returns this layer.
     */
    public RegionLayer simplified(double toleranceMetres) {
        if (toleranceMetres <= 0 || regions.isEmpty()) return this;
        return simplified.computeIfAbsent(toleranceMetres, this::simplify);
    }

    /** True when the simplified copy of that tolerance exists already (computed or read from the disk cache). */
    public boolean hasSimplified(double toleranceMetres) { return simplified.containsKey(toleranceMetres); }

    /** The simplified copies made so far, by tolerance (for the disk cache). */
    Map<Double, RegionLayer> simplifiedCopies() { return Map.copyOf(simplified); }

    /** The label points computed so far (for the disk cache). */
    Map<String, Coordinate> knownLabelPoints() { return Map.copyOf(labelPoints); }

    /** Takes a simplified copy read from the disk cache instead of computing it. */
    void adoptSimplified(double toleranceMetres, RegionLayer copy) { simplified.put(toleranceMetres, copy); }

    /** Takes a label point read from the disk cache instead of computing it. */
    void adoptLabelPoint(String code, Coordinate c) { if (byCode.containsKey(code)) labelPoints.put(code, c); }

    private RegionLayer simplify(double tolerance) {
        Geometry[] coverage = regions.stream().map(MapRegion::projected).toArray(Geometry[]::new);
        Geometry[] simple = CoverageSimplifier.simplify(coverage, tolerance);
        List<MapRegion> out = new ArrayList<>(regions.size());
        for (int i = 0; i < regions.size(); i++) {
            MapRegion r = regions.get(i);
            Geometry p = simple[i];
            if (p == null || p.isEmpty()) p = r.projected(); // never drop a region from the map
            if (!p.isValid()) p = GeometryFixer.fix(p);
            out.add(new MapRegion(r.code(), r.parentKato(), r.nameEn(), r.nameRu(), r.nameKk(),
                    AlbersKazakhstan.get().unproject(p), p, r.areaKm2()));
        }
        return new RegionLayer(level, out, source, attribution, coverageIssues, findings);
    }

    /**
     * A point well inside the region for its label, projected metres: the centre of the largest
     * inscribed circle of the region's largest part (so it never falls in a hole, a bay or a
     * neighbour, unlike the centroid). Empty for an unknown code.
     */
    public Optional<Coordinate> labelPoint(String code) {
        MapRegion r = byCode.get(code);
        if (r == null) return Optional.empty();
        return Optional.of(labelPoints.computeIfAbsent(code, c -> computeLabelPoint(r.projected())));
    }

    /** Computes the label point of every region now (before the layer goes into the disk cache). */
    void computeLabelPoints() {
        for (MapRegion r : regions) labelPoint(r.code());
    }

    static Coordinate computeLabelPoint(Geometry projected) {
        Geometry largest = projected;
        double best = -1;
        for (int i = 0; i < projected.getNumGeometries(); i++) {
            Geometry part = projected.getGeometryN(i);
            if (part.getArea() > best) { best = part.getArea(); largest = part; }
        }
        if (largest.isEmpty()) return new Coordinate(Double.NaN, Double.NaN);
        Envelope e = largest.getEnvelopeInternal();
        // Tolerance relative to size: within 1/200 of the extent is invisible at any zoom.
        double tolerance = Math.max(10, Math.max(e.getWidth(), e.getHeight()) / 200);
        return MaximumInscribedCircle.getCenter(largest, tolerance).getCoordinate();
    }
}
