package kz.aimaq.cli;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * District rows of {@code aimaq table --level district}: one row per district of the default
 * district layer (kato = 9-digit code, no ISO code). The bundled datasets hold oblast figures
 * only, so the value is filled for {@code area_km2} (measured on the equal-area projection of
 * the polygon) and left empty for every other indicator.
 */
final class DistrictTable {
    private DistrictTable() {}

    static void rows(String indicator, int year, List<List<Object>> rows) {
        RegionLayer districts;
        try {
            districts = RegionLayers.load(MapLevel.DISTRICT);
        } catch (IOException e) {
            throw new CliException("cannot load the district map: " + e.getMessage());
        }
        Indicator ind = IndicatorData.bundled().catalog().require(indicator);
        for (MapRegion d : districts.regions()) {
            List<Object> row = new ArrayList<>();
            row.add(d.code()); row.add(""); row.add(d.nameEn()); row.add(d.nameRu()); row.add(d.nameKk());
            row.add(value(indicator, d));
            row.add(ind.unitEn());
            rows.add(row);
        }
    }

    /** The district's value, or null where the datasets have no district figures. */
    private static Double value(String indicator, MapRegion d) {
        if (indicator.equals("area_km2")) return Math.round(d.areaKm2() * 10) / 10.0;
        return null;
    }
}
