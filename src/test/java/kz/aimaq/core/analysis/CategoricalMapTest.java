package kz.aimaq.core.analysis;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.stats.Lisa;
import kz.aimaq.core.stats.LisaClass;
import kz.aimaq.core.stats.SpatialWeights;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CategoricalMapTest {

    @Test
    void typologyMapHasAColourPerRegionAndCountsThatAddUp() {
        List<String> codes = RegionCatalog.bundled().current().stream().map(Region::kato).toList();
        Typology.Result t = Typology.compute(IndicatorData.bundled(), 2022, 2025, codes, TypologyThresholds.DEFAULT);
        CategoricalMap map = CategoricalMap.of(t, "Типология", "ru");
        assertEquals(20, map.classes().size());
        assertEquals(20, map.categories().stream().mapToInt(CategoricalMap.Category::count).sum());
        assertEquals(RegionType.CATCHING_UP.color(), map.colorOf("61").orElseThrow());
        assertTrue(map.category(RegionType.CATCHING_UP.ordinal()).orElseThrow().label().startsWith("Догоняющий"));
        assertTrue(map.category(RegionType.NO_DATA.ordinal()).isEmpty(), "no 'no data' entry when every region has data");
    }

    @Test
    void lisaMapUsesGeoDaCodesAndColours() {
        double[][] w = {{0, 1, 0}, {1, 0, 1}, {0, 1, 0}};
        Lisa.Result lisa = Lisa.of(new double[]{1, 2, 3}, new SpatialWeights("line", List.of("a", "b", "c"), w), 9, 1, 0.05);
        CategoricalMap map = CategoricalMap.of(lisa, "LISA", "en");
        assertEquals(LisaClass.NOT_SIGNIFICANT.color(), map.colorOf("a").orElseThrow(), "3 regions can never be significant");
        assertEquals(List.of(1, 2, 3, 4, 0), map.categories().stream().map(CategoricalMap.Category::code).toList());
        assertTrue(map.colorOf("zz").isEmpty());
    }
}
