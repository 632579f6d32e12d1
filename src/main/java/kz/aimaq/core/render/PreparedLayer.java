package kz.aimaq.core.render;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.geom.Coordinate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A region layer turned into what drawing needs, computed once per loaded layer: flattened
 * rings and a label anchor per region; hover and click test points against the same rings.
 */
public final class PreparedLayer {
    private final RegionLayer layer;
    private final Map<String, RingSet> rings = new LinkedHashMap<>();
    private final Map<String, Coordinate> anchors = new LinkedHashMap<>();
    /** {@link #territory()}, worked out on first use (immutable: a racy first use is harmless). */
    private volatile java.util.Optional<kz.aimaq.core.territory.Territory> territory;

    public PreparedLayer(RegionLayer layer) {
        this.layer = layer;
        for (MapRegion r : layer.regions()) {
            rings.put(r.code(), RingSet.of(r.projected()));
            anchors.put(r.code(), layer.labelPoint(r.code()).orElseGet(() -> r.projected().getInteriorPoint().getCoordinate()));
        }
    }

    /** Tolerances (metres) of the simplified copies drawn when zoomed out; about 1 px at common zooms. */
    static final double[] DETAIL_TOLERANCES = {250, 1000, 3000};

    /**
     * Computes the simplified copies (coverage-preserving, so neighbours still share borders).
     * Takes a few hundred milliseconds: call it off the UI thread after the first frame; until it
     * finishes the full geometry is drawn.
     */
    public PreparedLayer withLevelsOfDetail() {
        RingSet[][] perRegion = new RingSet[layer.size()][DETAIL_TOLERANCES.length];
        for (int t = 0; t < DETAIL_TOLERANCES.length; t++) {
            RegionLayer simple = layer.simplified(DETAIL_TOLERANCES[t]);
            for (int i = 0; i < layer.size(); i++) perRegion[i][t] = RingSet.of(simple.regions().get(i).projected());
        }
        for (int i = 0; i < layer.size(); i++) rings.get(layer.regions().get(i).code()).setLevelsOfDetail(DETAIL_TOLERANCES, perRegion[i]);
        return this;
    }

    /** True when every simplified copy came with the layer (disk cache): {@link #withLevelsOfDetail} is then cheap. */
    public boolean levelsOfDetailReady() {
        for (double t : DETAIL_TOLERANCES) if (!layer.hasSimplified(t)) return false;
        return true;
    }

    public RegionLayer layer() { return layer; }

    /**
     * The territory an oblast layer draws, when its codes are exactly one territory's units:
     * asked several times per recolour, so worked out once.
     */
    public java.util.Optional<kz.aimaq.core.territory.Territory> territory() {
        var t = territory;
        if (t == null) {
            t = layer.level() != kz.aimaq.core.geo.MapLevel.OBLAST ? java.util.Optional.empty()
                    : kz.aimaq.core.territory.Territory.ofUnits(layer.regions().stream().map(MapRegion::code).toList());
            territory = t;
        }
        return t;
    }

    public RingSet rings(String code) { return rings.get(code); }

    public Coordinate anchor(String code) { return anchors.get(code); }

    /**
     * The region whose polygon contains the world point, or null (for hover and click). A scan of
     * the full-detail rings: only the few regions whose box holds the point are tested, in
     * microseconds, where JTS's indexed locators kept an interval tree per region visited (about
     * 5 MB once the pointer had crossed the district map).
     */
    public MapRegion regionAt(double wx, double wy) {
        for (MapRegion r : layer.regions()) {
            if (rings.get(r.code()).contains(wx, wy)) return r;
        }
        return null;
    }
}
