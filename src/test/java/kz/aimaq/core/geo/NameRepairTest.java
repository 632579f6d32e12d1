package kz.aimaq.core.geo;

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
    void everyLookAlikeInACyrillicWordIsReplaced() {
        String fixed = NameRepair.fixHomoglyphs("AaBCcEeHKMOoPpTXxyiIская Aкмoлинскaя");
        assertEquals("АаВСсЕеНКМОоРрТХхуіІская Акмолинская", fixed);
        assertTrue(fixed.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), fixed);
    }
}
