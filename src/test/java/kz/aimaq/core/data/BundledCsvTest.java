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
}
