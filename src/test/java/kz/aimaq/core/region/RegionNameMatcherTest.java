package kz.aimaq.core.region;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kz.aimaq.core.region.RegionNameMatcher.Method.*;
import static org.junit.jupiter.api.Assertions.*;

class RegionNameMatcherTest {

    final RegionNameMatcher m = RegionNameMatcher.bundled();

    @ParameterizedTest(name = "{0} -> {1} by {2}")
    @CsvSource(delimiter = '|', value = {
            // codes
            "11|11|KATO", "110000000|11|KATO", "KZ-11|11|ISO", "KZ11|11|ISO", "kz-75|75|ISO", "KZ-AKM|11|ISO", "KZ-SHY|79|ISO",
            // Russian forms
            "Акмолинская область|11|NAME", "Акмолинская обл.|11|NAME", "Акмолинская|11|NAME", "  акмолинская   ОБЛАСТЬ |11|NAME",
            "Северо-Казахстанская|59|NAME", "Северо Казахстанская обл|59|NAME", "область Абай|10|NAME", "Туркестанская2)|61|NAME",
            "Туркестанская*|61|NAME", "г.Астана|71|NAME", "г. Алматы|75|NAME", "город Шымкент|79|NAME", "Алматинская|19|NAME",
            // Kazakh forms
            "Ақмола облысы|11|NAME", "Ақмола|11|NAME", "Алматы облысы|19|NAME", "Алматы қаласы|75|NAME", "Батыс Қазақстан|27|NAME",
            "Шығыс  Қазақстан|63|NAME", "Ұлытау|62|NAME", "Жетісу облысы|33|NAME", "Түркістан облысы|61|NAME",
            // English and transliterated forms
            "Akmola Region|11|NAME", "akmola region|11|NAME", "Akmolinskaya|11|NAME", "Aktubinskaya|15|NAME", "Kostanaiskaya|39|NAME",
            "Kyzylordinskaya|43|NAME", "Mangistauskaya|47|NAME", "Zhetisu |33|NAME", "Astana city|71|NAME", "Almaty (city)|75|NAME",
            "Shimkent city 3)|79|NAME", "Turkestanskaya 3)|61|NAME", "East Kazakhstan|63|NAME", "Aqmola|11|NAME", "Qostanay|39|NAME",
            // old names of the same territory, and the historical South Kazakhstan
            "Nur-Sultan|71|ALIAS", "г.Нур-Султан|71|ALIAS", "Нұр-Сұлтан қаласы|71|ALIAS", "Чимкент|79|ALIAS", "Alma-Ata|75|ALIAS",
            "South Kazakhstan|51|NAME", "Южно-Казахстанская|51|NAME", "ЮКО|51|ALIAS", "ВКО|63|ALIAS",
            // Latin letters typed inside Cyrillic words (A, c, o, p, e are Latin here)
            "Aкмoлинскaя oбл.|11|NAME", "Пaвлoдapскaя|55|NAME", "КOСТАНАЙСКАЯ|39|NAME",
            // national totals
            "Республика Казахстан|00|NATIONAL", "Қазақстан Республикасы|00|NATIONAL", "Republic of Kazakhstan|00|NATIONAL",
            "00|00|NATIONAL", "Всего по республике|00|NATIONAL"})
    void recognises(String label, String kato, RegionNameMatcher.Method method) {
        RegionNameMatcher.Match r = m.match(label);
        assertEquals(method, r.method(), label);
        assertEquals(kato, r.region().orElseThrow().kato(), label);
        assertTrue(r.isExact());
    }

    @Test
    void nationalIsNotARegion() {
        assertTrue(m.match("Республика Казахстан").isNational());
        assertTrue(m.match("Республика Казахстан").region().orElseThrow().isNational());
    }

    @Test
    void typosAreFuzzySuggestionsNotMatches() {
        RegionNameMatcher.Match r = m.match("Павлодрская обл.");
        assertEquals(FUZZY, r.method());
        assertEquals("55", r.region().orElseThrow().kato());
        assertTrue(r.score() >= RegionNameMatcher.FUZZY_THRESHOLD && r.score() < 1);
        assertFalse(r.isExact(), "a fuzzy match needs the user's confirmation");
        assertEquals("47", m.match("Mangystauu").region().orElseThrow().kato());
    }

    @Test
    void unrelatedTextAndDistrictsAreNotRegions() {
        for (String s : List.of("Абай ауданы", "Ақтөбе қаласы", "Ақмол а.", "Қарағанды қ.ә.", "Целиноград ауданы",
                "1) расчеты ВРП по кварталам", "Total GDP", "", "   ", "12.5", "99")) {
            assertEquals(NONE, m.match(s).method(), "'" + s + "'");
        }
    }

    @Test
    void bareAlmatyIsAmbiguousAloneAndSettledByTheOtherRows() {
        RegionNameMatcher.Match alone = m.match("Алматы");
        assertEquals(AMBIGUOUS, alone.method());
        assertEquals(List.of("19", "75"), alone.candidates().stream().map(Region::kato).sorted().toList());

        var withCity = m.matchAll(List.of("Алматы", "Астана қаласы", "Алматы қаласы"));
        assertEquals("19", withCity.getFirst().region().orElseThrow().kato(), "the city is another row, so the bare one is the region");
        var withRegion = m.matchAll(List.of("Almaty Region", "Almaty"));
        assertEquals("75", withRegion.get(1).region().orElseThrow().kato());
    }

    @Test
    void jaroWinklerKnownValues() {
        // classic examples (Winkler 1990): MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813
        assertEquals(0.961, RegionNameMatcher.jaroWinkler("martha", "marhta"), 0.001);
        assertEquals(0.840, RegionNameMatcher.jaroWinkler("dwayne", "duane"), 0.001);
        assertEquals(0.813, RegionNameMatcher.jaroWinkler("dixon", "dicksonx"), 0.001);
    }

    /** The spellings of boundary files without codes (OSM exports), as {@code RegionLayers} matches them. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Aqtöbe region|15", "Jambyl Region|31", "Jetisu Region|33", "Abay Region|10", "Abai Region|10",
            "Астана|71", "Алматы облысы|19", "Almaty Region|19", "Солтүстiк Қазақстан облысы|59", "Shymkent|79",
            "Ulytau Region|62", "Mangystau Region|47", "Kyzylorda Region|43", "Türkistan Region|61"})
    void boundaryFileSpellings(String label, String kato) {
        RegionNameMatcher.Match r = m.match(label);
        assertTrue(r.isExact(), label + ": " + r);
        assertEquals(kato, r.region().orElseThrow().kato(), label);
    }

    @Test
    void aBoundaryFileWithBothAlmatysGetsBoth() {
        // an OSM export names the city "Almaty" and the region "Almaty Region": the other feature settles it
        var osm = m.matchAll(List.of("Almaty", "Astana", "Almaty Region", "Shymkent"));
        assertEquals(List.of("75", "71", "19", "79"), osm.stream().map(x -> x.region().orElseThrow().kato()).toList());
        var reversed = m.matchAll(List.of("Алматы", "Алматы қаласы"));
        assertEquals("19", reversed.getFirst().region().orElseThrow().kato());
        assertEquals(AMBIGUOUS, m.matchAll(List.of("Almaty", "Astana")).getFirst().method(),
                "with neither Almaty elsewhere, nothing says which one is meant");
        assertEquals(NONE, m.match("Atlantis").method());
    }

    /** Spellings planners type or find in ministry tables for the newer regions and the cities (issue #18). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Абайская область|10", "Абайская обл.|10", "Абайская|10", "обл. Абай|10", "Абай облысы|10", "область Абай|10",
            "Abai Region|10", "Abay oblast|10",
            "Жетысуская область|33", "Жетысуская обл.|33", "область Жетісу|33", "Жетісу облысы|33", "Жетысу|33",
            "Улытауская область|62", "Улытауская обл.|62", "область Ұлытау|62", "Ұлытау облысы|62", "Ulytau Region|62",
            "г. Алматы|75", "г.Алматы|75", "Алматы қ.|75", "Алматы қаласы|75", "город Алматы|75",
            "Шымкент қаласы|79", "г. Шымкент|79", "Шымкент қ.|79",
            "Нур-Султан|71", "г. Нур-Султан|71", "Нұр-Сұлтан қ.|71", "Астана|71", "г. Астана|71", "Астана қаласы|71",
            "Южно-Казахстанская область|51", "Южно-Казахстанская обл.|51", "ЮКО|51",
            "Восточно-Казахстанская обл.|63", "Западно-Казахстанская обл.|27", "Северо-Казахстанская обл.|59",
            "Актюбинская обл.|15", "Кызылординская обл.|43", "Мангистауская обл.|47", "Мангыстауская область|47",
            "Туркестанская обл.|61", "Жамбылская обл.|31", "Карагандинская обл.|35", "Костанайская обл.|39",
            "Атырауская обл.|23", "Павлодарская обл.|55"})
    void commonSpellingsOfTheNewerRegionsAndCities(String label, String kato) {
        RegionNameMatcher.Match r = m.match(label);
        assertTrue(r.isExact(), label + " -> " + r.method());
        assertEquals(kato, r.region().orElseThrow().kato(), label);
    }
}
