package kz.aimaq.core.series;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.territory.Territory;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The boundary layer of each year of a series, read and prepared (projected, rings built) once
 * per territory: a batch of 16 years reads three layers, not sixteen. A year is drawn on the
 * territory of that year unless {@code byYear} is false (today's 20 units); districts exist only
 * on today's map.
 */
public final class TerritoryLayers {
    private final MapLevel level;
    private final boolean byYear;
    private final Map<Territory, PreparedLayer> prepared = new EnumMap<>(Territory.class);

    public TerritoryLayers(MapLevel level, boolean byYear) {
        this.level = level;
        this.byYear = byYear;
    }

    public MapLevel level() { return level; }

    /** The territory a year is drawn on. */
    public Territory territoryOf(int year) {
        return byYear && level == MapLevel.OBLAST ? Territory.forYear(year) : Territory.FROM_2022;
    }

    /** The prepared layer of the year's territory, loaded on first use. */
    public synchronized PreparedLayer forYear(int year) throws IOException {
        Territory t = territoryOf(year);
        PreparedLayer p = prepared.get(t);
        if (p == null) {
            p = new PreparedLayer(RegionLayers.load(level, t));
            prepared.put(t, p);
        }
        return p;
    }
}
