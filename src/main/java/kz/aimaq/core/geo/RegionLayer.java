package kz.aimaq.core.geo;

import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.util.*;

/**
 * The regions of one level as a polygon coverage, in projected coordinates for drawing and
 * lon/lat for export. Immutable once loaded.
 */
public final class RegionLayer {
    private final MapLevel level;
    private final List<MapRegion> regions;
    private final Map<String, MapRegion> byCode = new LinkedHashMap<>();
    private final Envelope projectedBounds = new Envelope();
    private final Path source;

    public RegionLayer(MapLevel level, List<MapRegion> regions, Path source) {
        this.level = level;
        this.regions = List.copyOf(regions);
        this.source = source;
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
}
