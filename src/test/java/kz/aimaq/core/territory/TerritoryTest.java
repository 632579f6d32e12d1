package kz.aimaq.core.territory;

import kz.aimaq.core.data.Resources;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class TerritoryTest {

    @Test
    void eachYearHasItsConfiguration() {
        assertEquals(Territory.BEFORE_2018, Territory.forYear(2010));
        assertEquals(Territory.BEFORE_2018, Territory.forYear(2017));
        assertEquals(Territory.FROM_2018, Territory.forYear(2018));
        assertEquals(Territory.FROM_2018, Territory.forYear(2021));
        assertEquals(Territory.FROM_2022, Territory.forYear(2022));
        assertEquals(Territory.FROM_2022, Territory.forYear(2025));
    }

    @Test
    void unitCounts() {
        assertEquals(16, Territory.BEFORE_2018.units().size());
        assertEquals(17, Territory.FROM_2018.units().size());
        assertEquals(Territory.TODAY, Territory.FROM_2022.units());
        assertTrue(Territory.BEFORE_2018.units().contains("51"));
        assertFalse(Territory.BEFORE_2018.units().contains("61"));
        assertFalse(Territory.FROM_2018.units().containsAll(List.of("10", "33", "62")));
        assertTrue(Territory.FROM_2018.units().containsAll(List.of("61", "79", "63", "19", "35")));
    }

    @Test
    void componentsAreTodaysUnits() {
        assertEquals(List.of("61", "79"), Territory.BEFORE_2018.components("51"));
        assertEquals(List.of("10", "63"), Territory.BEFORE_2018.components("63"));
        assertEquals(List.of("19", "33"), Territory.FROM_2018.components("19"));
        assertEquals(List.of("35", "62"), Territory.FROM_2018.components("35"));
        assertEquals(List.of("19"), Territory.FROM_2022.components("19"));
        assertTrue(Territory.FROM_2018.isMerged("63"));
        assertFalse(Territory.FROM_2018.isMerged("61"));
        assertTrue(Territory.BEFORE_2018.isMerged("51"));
        assertFalse(Territory.FROM_2022.isMerged("63"));
        assertEquals("51", Territory.BEFORE_2018.unitOf("79"));
        assertEquals("79", Territory.FROM_2018.unitOf("79"));
    }

    /** The splits in code are those of regions.csv: the parent column, and Turkistan's notes for 61. */
    @Test
    void splitsAgreeWithRegionsCsv() throws Exception {
        Map<String, String> fromCsv = new LinkedHashMap<>();
        Pattern code = Pattern.compile("\\((\\d\\d)\\)");
        try (Reader r = Resources.reader("datasets/regions.csv")) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                Matcher m = code.matcher(rec.get("parent_pre_2022"));
                if (m.find()) fromCsv.put(rec.get("kato_code"), m.group(1));
                Matcher successor = Pattern.compile("successor of .*KATO (\\d\\d)").matcher(rec.get("notes"));
                if (successor.find()) fromCsv.put(rec.get("kato_code"), successor.group(1));
            }
        }
        assertEquals(new TreeMap<>(fromCsv), new TreeMap<>(Territory.parents()));
        assertEquals(Map.of("10", "63", "33", "19", "62", "35", "61", "51", "79", "51"), Territory.parents());
    }
}
