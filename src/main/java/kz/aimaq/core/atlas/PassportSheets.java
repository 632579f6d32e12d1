package kz.aimaq.core.atlas;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PassportPdf;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.map.LocatorScenes;
import kz.aimaq.core.passport.RegionPassport;
import kz.aimaq.core.passport.RegionPassports;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.stats.Contiguity;

import java.io.IOException;
import java.util.Objects;

/**
 * Makes the page of a region: its passport and its locator map on today's 20-region layer, the
 * neighbours being the regions that share a border with it (queen contiguity, as the spatial
 * statistics use). One instance serves a whole atlas: the layer, the contiguity and the typology are
 * computed once.
 */
public final class PassportSheets implements PassportPdf.Sheets {
    private final PreparedLayer layer;
    private final RegionPassports passports;
    private final String lang;

    public PassportSheets(IndicatorData data, PreparedLayer layer, String lang) {
        this.layer = Objects.requireNonNull(layer);
        this.passports = new RegionPassports(data, Contiguity.queen(layer.layer()));
        this.lang = lang;
    }

    /** On the bundled tables and today's default oblast layer. */
    public static PassportSheets bundled(String lang) throws IOException {
        return new PassportSheets(IndicatorData.bundled(), new PreparedLayer(RegionLayers.load(MapLevel.OBLAST)), lang);
    }

    public RegionPassports passports() { return passports; }

    @Override public PassportPdf.Sheet sheet(String kato) {
        RegionPassport p = passports.build(kato, lang);
        return new PassportPdf.Sheet(p, LocatorScenes.draw(layer, p.kato(), p.neighbourCodes(), p.lang()));
    }
}
