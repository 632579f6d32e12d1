package kz.aimaq.core.passport;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.stats.Contiguity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The passport's figures against the bundled tables: latest year, rank of 20, trends on each year's territory, sources. */
class RegionPassportsTest {
    static IndicatorData data;
    static RegionPassports passports;

    @BeforeAll
    static void load() throws Exception {
        data = IndicatorData.bundled();
        passports = new RegionPassports(data, Contiguity.queen(RegionLayers.load(MapLevel.OBLAST)));
    }

    static RegionPassport.KeyFigure figure(RegionPassport p, String id) {
        return p.figures().stream().filter(f -> f.indicator().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    static RegionPassport.Trend trend(RegionPassport p, String id) {
        return p.trends().stream().filter(t -> t.indicator().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void kyzylordaUnemploymentIsTheLatestPublishedValueWithItsRankOf20AndSource() {
        RegionPassport p = passports.build("43", "ru");
        assertEquals("Кызылординская область", p.name());
        RegionPassport.KeyFigure u = figure(p, "unemployment_rate");
        int latest = data.series("unemployment_rate", "43").lastKey();
        assertEquals(latest, u.year());
        Observation o = data.get("unemployment_rate", latest, "43").orElseThrow();
        assertEquals(o.value(), u.rawValue());
        // rank 1 = the highest rate among the 20 regions of that year
        Map<String, Double> all = data.year("unemployment_rate", latest).values().stream()
                .filter(x -> !x.kato().equals("00")).collect(Collectors.toMap(Observation::kato, Observation::value));
        assertEquals(20, all.size());
        long higher = all.values().stream().filter(v -> v > o.value()).count();
        assertEquals(higher + 1, u.rank());
        assertEquals(20, u.of());
        assertEquals(u.rank() + " из 20", u.rankText());
        assertTrue(u.sourceNumbers().stream().anyMatch(n -> p.sources().get(n - 1).equals(o.source())), p.sources().toString());
        assertEquals("Юг (Пять макрорегионов)", p.macroRegion());
        assertTrue(p.neighbourCodes().containsAll(java.util.List.of("15", "61", "62")), p.neighbourCodes().toString());
    }

    @Test
    void abaiTrendsStartIn2022AndThePageSaysSo() {
        RegionPassport p = passports.build("10", "ru");
        for (RegionPassport.Trend t : p.trends()) {
            if (t.indicator().equals("poverty_below_subsistence_min_pct")) continue; // 2022 poverty of the split oblasts is "unstated"
            assertEquals(2022, t.firstYear(), t.indicator());
            for (int i = 0; i < t.years().length; i++) {
                if (t.years()[i] < 2022) assertTrue(Double.isNaN(t.region()[i]), t.indicator() + " " + t.years()[i] + " invented");
            }
        }
        assertTrue(trend(p, "poverty_below_subsistence_min_pct").firstYear() >= 2022);
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("2022")), p.notes().toString());
        // the national line is there from 2010
        assertFalse(Double.isNaN(trend(p, "grp_per_capita").national()[0]));
    }

    @Test
    void turkistanStartsIn2018AndEastKazakhstanShowsItsFormerBorders() {
        assertEquals(2018, trend(passports.build("61", "en"), "population_avg").firstYear());
        RegionPassport east = passports.build("63", "en");
        assertEquals(2010, trend(east, "population_avg").firstYear());
        assertTrue(east.notes().stream().anyMatch(n -> n.contains("Abai") && n.contains("2022")), east.notes().toString());
        // before 2022 the unit 63 includes Abai: its population is the sum of today's 63 and 10
        RegionPassport.Trend pop = trend(east, "population_avg");
        double sum = data.current("population_avg", 2015, "63").getAsDouble() + data.current("population_avg", 2015, "10").getAsDouble();
        assertEquals(sum, pop.region()[2015 - RegionPassports.TREND_FROM], 1e-6);
    }

    @Test
    void kazakhNamesAndUnknownRegions() {
        RegionPassport p = passports.build("43", "kk");
        assertEquals("Қызылорда облысы", p.name());
        assertTrue(figure(p, "grp_per_capita").rankText().contains("20 ішінен"));
        assertThrows(InvalidInputException.class, () -> passports.build("51", "ru"), "South Kazakhstan no longer exists");
    }
}
