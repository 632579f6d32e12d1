package kz.aimaq.core.geo;

import kz.aimaq.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class NameRepairTest {
    @Test
    void latinLookAlikesInCyrillicWordsBecomeCyrillic() {
        assertEquals("Аршалинский", NameRepair.fixHomoglyphs("Aршалинский")); // Latin A
        assertEquals("Солтүстік Қазақстан", NameRepair.fixHomoglyphs("Солтүстiк Қазақстан")); // Latin i
        assertEquals("Abai", NameRepair.fixHomoglyphs("Abai")); // Latin words stay Latin
        assertEquals("KZ-10 Абай", NameRepair.fixHomoglyphs("KZ-10 Абай"));
        assertNull(NameRepair.fixHomoglyphs(null));
    }

    @Test
    void osmAndCatalogueSpellingsMeetOnTheSameCode() {
        RegionNameMatcher m = new RegionNameMatcher(RegionCatalog.bundled());
        assertEquals("15", m.match("Aqtöbe region").orElseThrow());
        assertEquals("31", m.match("Jambyl Region").orElseThrow());
        assertEquals("33", m.match("Jetisu Region").orElseThrow());
        assertEquals("10", m.match("Abay Region").orElseThrow());
        assertEquals("71", m.match("Астана").orElseThrow());
        assertEquals("75", m.match("Almaty").orElseThrow());
        assertEquals("19", m.match("Алматы облысы").orElseThrow());
        assertEquals("59", m.match("Солтүстiк Қазақстан облысы").orElseThrow());
        assertTrue(m.match("Atlantis").isEmpty());
        assertTrue(m.match("").isEmpty());
    }
}
