package kz.aimaq.core.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BundledCsvTest {

    /** The one-pass reader gives exactly what Commons CSV gives on the real table, row for row. */
    @Test
    void readsTheBundledTableAsCommonsCsvDoes() throws IOException {
        String text = Files.readString(Path.of("datasets/indicators.csv"), StandardCharsets.UTF_8);
        List<Observation> fast = BundledCsv.parse(text);
        List<Observation> reference = IndicatorData.readObservations(new StringReader(text));
        assertEquals(reference.size(), fast.size());
        assertTrue(fast.size() > 7000, "the bundled table holds thousands of figures");
        for (int i = 0; i < fast.size(); i++) assertEquals(reference.get(i), fast.get(i), "row " + (i + 2));
        // a source line with doubled quotes inside a quoted field comes out with single quotes
        assertTrue(fast.stream().anyMatch(o -> o.source().contains("(BNS table \"")));
    }

    @Test
    void keepsRepeatedTextsOnce() throws IOException {
        List<Observation> obs = BundledCsv.parse(Files.readString(Path.of("datasets/indicators.csv"), StandardCharsets.UTF_8));
        Observation a = obs.get(0), b = obs.get(1);
        assertEquals(a.source(), b.source());
        assertSame(a.source(), b.source());
    }

    @Test
    void quotedCommasLineBreaksAndCrlf() throws IOException {
        String csv = "kato,year,indicator,value,unit,boundary,source,note\r\n"
                + "10,2024,x,1.5,\"тыс. тенге, %\",current,\"line one\nline \"\"two\"\"\",\r\n"
                + "79,2023,x,-2,%,pre-2022,s,n";
        List<Observation> obs = BundledCsv.parse(csv);
        assertEquals(2, obs.size());
        assertEquals("тыс. тенге, %", obs.get(0).unit());
        assertEquals("line one\nline \"two\"", obs.get(0).source());
        assertEquals("", obs.get(0).note());
        assertEquals(-2.0, obs.get(1).value());
        assertEquals(Observation.Boundary.PRE_2022, obs.get(1).boundary());
        assertEquals("n", obs.get(1).note());
    }

    @Test
    void aShortRowIsRefusedWithItsLine() {
        IOException e = assertThrows(IOException.class, () -> BundledCsv.parse(
                "kato,year,indicator,value,unit,boundary,source,note\n10,2024,x,1,u,current,s\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    /** The catalogue, its ratios and the regions read by the one-pass scanner field for field as Commons CSV reads them. */
    @Test
    void readsTheCatalogueAndRatiosAsCommonsCsvDoes() throws IOException {
        for (String file : List.of("datasets/indicator_catalog.csv", "datasets/indicator_ratios.csv", "datasets/regions.csv")) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            kz.aimaq.core.io.CsvTable fast = kz.aimaq.core.io.CsvTable.parse(text, file);
            List<org.apache.commons.csv.CSVRecord> reference = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
            assertEquals(reference.size(), fast.rows().size(), file);
            for (int i = 0; i < reference.size(); i++) assertEquals(reference.get(i).toList(), fast.rows().get(i), file + " row " + (i + 2));
        }
        IndicatorCatalog c = IndicatorCatalog.read(new StringReader(Files.readString(Path.of("datasets/indicator_catalog.csv"))));
        assertEquals("Халық саны (жылдық орташа)", c.require("population_avg").name("kk"));
        c.readRatios(new StringReader(Files.readString(Path.of("datasets/indicator_ratios.csv"))));
        assertEquals(1000, c.ratio("grp_per_capita").orElseThrow().factor());
    }

    @Test
    void aCatalogueWithoutAColumnIsRefusedByName() {
        IOException e = assertThrows(IOException.class, () -> IndicatorCatalog.read(new StringReader("id,name_en\nx,X\n")));
        assertTrue(e.getMessage().contains("indicator_catalog.csv has no column name_ru"), e.getMessage());
    }
}
