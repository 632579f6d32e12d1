package kz.aimaq.core.data.importing;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.data.Resources;
import kz.aimaq.core.region.RegionNameMatcher;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The four real BNS workbooks in ../shared/data/indicators/sources import with every region
 * matched, and give the values recorded in ../shared/data/indicators/indicators_long.csv for the
 * same indicator, region and year (read from ../shared, never copied into the repository).
 */
class BnsWorkbooksImportTest {

    static Path sources;
    /** indicator -> "kato|year" -> value, from indicators_long.csv */
    static final Map<String, Map<String, Double>> expected = new HashMap<>();
    static final Map<String, Map<String, String>> expectedSource = new HashMap<>();
    final RegionNameMatcher matcher = RegionNameMatcher.bundled();

    @BeforeAll
    static void readExpected() throws Exception {
        Path shared = Path.of(System.getProperty("aimaq.shared", "../shared"));
        sources = shared.resolve("data/indicators/sources");
        try (Reader r = Files.newBufferedReader(shared.resolve("data/indicators/indicators_long.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String key = rec.get("kato_code") + "|" + rec.get("year");
                expected.computeIfAbsent(rec.get("indicator"), k -> new HashMap<>()).put(key, Double.parseDouble(rec.get("value")));
                expectedSource.computeIfAbsent(rec.get("indicator"), k -> new HashMap<>()).put(key, rec.get("source"));
            }
        }
    }

    /** Imports one sheet (optionally a chosen value column for single-year tables) and checks it against the long file. */
    private Map<String, Observation> importAndCompare(String file, String sheet, String indicator, Integer valueColumn,
                                                     String sourceMarker, int minCompared) throws Exception {
        TableFile f = TableReader.read(sources.resolve(file));
        Grid g = f.requireSheet(sheet);
        TableLayout layout = LayoutDetector.detect(g, matcher);
        if (valueColumn != null) layout = layout.withYearColumns(Map.of(valueColumn, layout.yearColumns().values().iterator().next()));
        JoinReport report = JoinReport.build(f.fileName(), g, layout, matcher);

        assertEquals(List.of(), report.missingRegions(), "every current region matched in " + file + " / " + sheet);
        assertEquals(List.of(), report.fuzzy(), "no fuzzy match to confirm");
        assertEquals(List.of(), report.unmatchedRows(), "no unmatched row");
        assertEquals(List.of(), report.duplicates(), "no duplicate");
        assertEquals(1, report.national().size(), "national total recognised");

        IndicatorData data = IndicatorData.bundled().copy();
        TableImporter.apply(report, data, TableImporter.indicatorFor("imported_" + indicator, indicator, "", report));
        Map<String, Observation> got = new HashMap<>();
        for (int y : data.years("imported_" + indicator)) {
            data.year("imported_" + indicator, y).forEach((k, o) -> got.put(k + "|" + y, o));
        }
        int compared = 0;
        Map<String, Double> exp = expected.get(indicator);
        for (var e : exp.entrySet()) {
            Observation o = got.get(e.getKey());
            boolean fromThisWorkbook = expectedSource.get(indicator).get(e.getKey()).contains(sourceMarker);
            if (o == null) {
                // BNS "-" (no such phenomenon: rural population of a city) is read as no data; the long file wrote 0
                if (e.getValue() == 0) continue;
                assertFalse(fromThisWorkbook, indicator + " " + e.getKey() + " is in indicators_long from this workbook but was not imported");
                continue;
            }
            assertEquals(e.getValue(), o.value(), 1e-9 * Math.max(1, Math.abs(e.getValue())), indicator + " " + e.getKey());
            assertEquals(f.fileName() + " · " + sheet, o.source());
            compared++;
        }
        assertTrue(compared >= minCompared, indicator + ": only " + compared + " values compared");
        return got;
    }

    @Test
    void grpPerCapitaThousandTenge() throws Exception {
        var got = importAndCompare("bns_grp_per_capita_2008-2023.xlsx", "тыс.тенге", "grp_per_capita", null, "city-gdp-per-capita", 229);
        // South Kazakhstan row -> historical 51; Turkistan from 2018 is current 61
        assertEquals(Observation.Boundary.PRE_2018, got.get("51|2017").boundary());
        assertEquals(Observation.Boundary.CURRENT, got.get("61|2018").boundary());
        // parents of the 2022 split before 2022 describe the old territory
        assertEquals(Observation.Boundary.PRE_2022, got.get("63|2021").boundary());
        assertEquals(Observation.Boundary.CURRENT, got.get("63|2022").boundary());
        // quarterly columns are not read as years: 2023 has only quarters and 9 months
        assertFalse(got.containsKey("00|2023"));
    }

    @Test
    void grpPerCapitaDollars() throws Exception {
        importAndCompare("bns_grp_per_capita_2008-2023.xlsx", "в долларах США", "grp_per_capita_usd", null, "city-gdp-per-capita", 229);
    }

    @Test
    void lifeExpectancyWithFootnotedTurkistanRow() throws Exception {
        var got = importAndCompare("bns_life_expectancy_1999-2022.xlsx", "Все население", "life_expectancy", null, "average-life-expectancy", 230);
        // "Туркестанская*" 1999-2016 is South Kazakhstan (no Shymkent value then), from 2017 Turkistan
        assertEquals(69.6, got.get("51|2010").value());
        assertFalse(got.containsKey("61|2016"));
        assertEquals(72.45, got.get("61|2017").value());
    }

    @Test
    void unemploymentAnnualColumnsUnderMergedYears() throws Exception {
        var got = importAndCompare("bns_unemployment_rate_2001-2023.xlsx", "Regions_quarter", "unemployment_rate", null, "city-unemployment-rate", 230);
        // the workbook's Turkistan estimates for 2010-2017 stay under 61 because Shymkent has values too
        assertEquals(5.4, got.get("61|2010").value());
        assertEquals(7.6, got.get("79|2010").value());
    }

    @Test
    void populationBulletinThreeColumns() throws Exception {
        importAndCompare("bns_population_2023-01-01.xlsx", "01", "population_jan1", 1, "city-population", 21);
        importAndCompare("bns_population_2023-01-01.xlsx", "01", "population_urban_jan1", 4, "city-population", 21);
        importAndCompare("bns_population_2023-01-01.xlsx", "01", "population_rural_jan1", 7, "city-population", 18);
    }

    @Test
    void populationBulletinDefaultSheetAndYearFromTitle() throws Exception {
        TableFile f = TableReader.read(sources.resolve("bns_population_2023-01-01.xlsx"));
        Grid g = LayoutDetector.bestSheet(f, matcher);
        assertEquals("01", g.sheetName(), "cover, legend and contents sheets are passed over");
        TableLayout layout = LayoutDetector.detect(g, matcher);
        assertEquals(Map.of(1, 2023), layout.yearColumns(), "first value column, year from the title");
        assertEquals(0, layout.regionColumn());
        assertEquals(5, layout.firstDataRow());
    }
}
