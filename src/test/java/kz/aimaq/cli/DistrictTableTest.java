package kz.aimaq.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DistrictTableTest {
    @Test
    void oneRowPerDistrictWithItsArea() {
        List<List<Object>> rows = new ArrayList<>();
        DistrictTable.rows("area_km2", 2024, rows);
        assertEquals(224, rows.size());
        List<Object> arshaly = rows.stream().filter(r -> r.get(0).equals("113400000")).findFirst().orElseThrow();
        assertEquals(List.of("113400000", "", "Arshaly", "Аршалинский", "Аршалы"), arshaly.subList(0, 5));
        assertEquals("km²", arshaly.get(6));
        // Districts of Astana (71...) add up to the city's 808 km² (README: 801 in adm2 vs 808 in adm1).
        double astana = rows.stream().filter(r -> ((String) r.get(0)).startsWith("71"))
                .mapToDouble(r -> (Double) r.get(5)).sum();
        assertEquals(805, astana, 8);
    }

    @Test
    void otherIndicatorsHaveNoDistrictValues() {
        List<List<Object>> rows = new ArrayList<>();
        DistrictTable.rows("population_density", 2022, rows);
        assertEquals(224, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get(5) == null));
    }
}
