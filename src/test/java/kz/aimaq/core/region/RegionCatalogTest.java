package kz.aimaq.core.region;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RegionCatalogTest {
    private final RegionCatalog catalog = RegionCatalog.bundled();

    @Test
    void twentyCurrentRegionsKeyedByKatoAndIso() {
        var current = catalog.current();
        assertEquals(20, current.size());
        assertEquals("10", current.getFirst().kato());
        assertEquals("KZ-79", current.getLast().iso());
        assertEquals(3, current.stream().filter(r -> r.type() == Region.Type.CITY).count());
    }

    @Test
    void namesInThreeLanguages() {
        Region astana = catalog.require("71");
        assertEquals("Астана қаласы", astana.nameKk());
        assertEquals("город Астана", astana.nameRu());
        assertEquals("Astana", astana.shortName("en"));
        // the catalogue uses the Kazakh letter і (U+0456), unlike the boundary file's Latin i
        assertEquals("Солтүстік Қазақстан облысы", catalog.require("59").nameKk());
    }

    @Test
    void codesNormaliseFromEveryForm() {
        assertEquals("10", RegionCatalog.normaliseKato("KZ-10"));
        assertEquals("10", RegionCatalog.normaliseKato("kz10"));
        assertEquals("75", RegionCatalog.normaliseKato("750000000"));
        assertEquals("00", RegionCatalog.normaliseKato("0"));
        assertTrue(catalog.byKato("KZ-47").isPresent());
        assertTrue(catalog.byKato("99").isEmpty());
    }
}
