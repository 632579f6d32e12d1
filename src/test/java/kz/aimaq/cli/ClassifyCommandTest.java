package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class ClassifyCommandTest {

    /** Exit code, stdout and stderr of one CLI run. */
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception { return Output.mapper().readTree(out); }
    }

    private static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Cli.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void populationQuintilesOfTheTwentyRegions() throws Exception {
        Run r = run("classify", "--indicator", "population_avg", "--year", "2024", "--method", "quantile", "--classes", "5");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("quantile", j.get("method").asText());
        assertEquals(5, j.get("classes").asInt());
        JsonNode breaks = j.get("breaks"), counts = j.get("counts");
        assertEquals(5, breaks.size());
        int sum = 0;
        for (JsonNode c : counts) sum += c.asInt();
        assertEquals(20, sum);
        assertEquals(20, j.get("n").asInt());
        assertEquals(0, j.get("no_data").asInt());
        for (int i = 1; i < breaks.size(); i++) assertTrue(breaks.get(i).asDouble() > breaks.get(i - 1).asDouble());
        // the top break is the largest region: Almaty city, 2 260 365 people in 2024
        assertEquals(2_260_365, breaks.get(4).asDouble());
        assertEquals(221_437, j.get("min").asDouble());   // Ulytau
        // 20 regions in 5 quantile classes: 4 each (no ties in population)
        for (JsonNode c : counts) assertEquals(4, c.asInt());
        // first quintile: 20th percentile at rank 3.8 between 694 625 and 696 156
        assertEquals(694_625 + 0.8 * (696_156 - 694_625), breaks.get(0).asDouble(), 1e-6);
    }

    @Test
    void jenksAndOtherMethodsOnRealData() throws Exception {
        for (String m : new String[]{"equal", "jenks", "maxbreaks", "stddev"}) {
            Run r = run("classify", "--indicator", "population_avg", "--year", "2024", "--method", m, "--classes", "4");
            assertEquals(0, r.code(), m + ": " + r.err());
            JsonNode j = r.json();
            int sum = 0;
            for (JsonNode c : j.get("counts")) sum += c.asInt();
            assertEquals(20, sum, m);
            if (!m.equals("stddev")) assertEquals(4, j.get("classes").asInt(), m);
            double gvf = j.get("gvf").asDouble();
            assertTrue(gvf > 0 && gvf <= 1, m + " gvf " + gvf);
        }
        // Jenks on population puts Almaty city and Shymkent (both over 2.1 million) in a class of their own
        JsonNode jenks = run("classify", "--indicator", "population_avg", "--year", "2024", "--method", "jenks", "--classes", "4").json();
        assertEquals(2, jenks.get("counts").get(3).asInt());
    }

    @Test
    void csvHasOneRowPerClass() {
        Run r = run("classify", "--indicator", "population_avg", "--year", "2024", "--method", "manual",
                "--breaks", "700000,1000000,2000000", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals("class,lower,upper,count", lines[0]);
        assertEquals(1 + 4, lines.length);   // the maximum is added as a last break
        assertEquals("1,221437,700000,5", lines[1]);   // Ulytau, North Kazakhstan, Abai, West Kazakhstan, Zhetisu
        assertTrue(lines[4].startsWith("4,2000000,2260365,"), lines[4]);
    }

    @Test
    void userMistakesExitWithTwoAndOneLine() {
        Run badMethod = run("classify", "--indicator", "population_avg", "--year", "2024", "--method", "kmeans");
        assertEquals(2, badMethod.code());
        assertTrue(badMethod.err().contains("--method must be one of quantile|equal|jenks"), badMethod.err());
        assertEquals(1, badMethod.err().strip().lines().count());

        Run badK = run("classify", "--indicator", "population_avg", "--year", "2024", "--method", "jenks", "--classes", "12");
        assertEquals(2, badK.code());
        assertTrue(badK.err().contains("--classes must be between 3 and 9"), badK.err());

        Run notNumber = run("classify", "--indicator", "population_avg", "--year", "2024", "--classes", "five");
        assertEquals(2, notNumber.code());

        Run noYear = run("classify", "--indicator", "population_avg", "--year", "1900");
        assertEquals(2, noYear.code());
        assertTrue(noYear.err().contains("no data for population_avg in 1900"), noYear.err());

        Run manualWithoutBreaks = run("classify", "--indicator", "population_avg", "--year", "2024", "--method", "manual");
        assertEquals(2, manualWithoutBreaks.code());
        assertTrue(manualWithoutBreaks.err().contains("--breaks"), manualWithoutBreaks.err());

        Run unknown = run("classify", "--indicator", "nope", "--year", "2024");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown indicator 'nope'"), unknown.err());
    }
}
