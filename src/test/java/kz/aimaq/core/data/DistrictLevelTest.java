package kz.aimaq.core.data;

import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DistrictLevelTest {

    @Test
    void onlyAreaHasDistrictValuesInTheBundledData() {
        IndicatorData data = IndicatorData.bundled();
        assertEquals(List.of("area_km2"), DistrictLevel.indicators(data).stream().map(Indicator::id).toList());
        assertTrue(DistrictLevel.reasonKey(data, "area_km2").isEmpty());
        assertEquals(DistrictLevel.REASON_OBLAST_ONLY, DistrictLevel.reasonKey(data, "grp_per_capita").orElseThrow());
        for (String lang : List.of("en", "ru", "kk")) {
            String text = Messages.of(lang).get(DistrictLevel.REASON_OBLAST_ONLY);
            assertFalse(text.isBlank() || text.equals(DistrictLevel.REASON_OBLAST_ONLY), lang);
        }
    }

    @Test
    void anImportedDistrictTableMakesItsIndicatorAvailable() {
        IndicatorData data = IndicatorData.bundled().copy();
        data.put(new Observation("113400000", 2024, "population_avg", 60_000, "persons", Observation.Boundary.CURRENT, "test", ""));
        assertTrue(DistrictLevel.hasValues(data, "population_avg"));
        assertFalse(DistrictLevel.hasValues(IndicatorData.bundled(), "population_avg"));
    }
}
