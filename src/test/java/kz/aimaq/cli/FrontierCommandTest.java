package kz.aimaq.cli;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kz.aimaq.cli.SimulateCommandTest.csv;
import static kz.aimaq.cli.SimulateCommandTest.run;
import static org.junit.jupiter.api.Assertions.*;

class FrontierCommandTest {

    @Test
    void fiftyPointsAndTheMarkedOptimum() throws Exception {
        var r = run("frontier", "--epsilon", "1", "--weights", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("alpha,national_grp,theil,welfare,optimal\n"));
        List<CSVRecord> rows = csv(r.out());
        assertEquals(51, rows.size(), "50 grid points and the optimum");
        assertEquals("0", rows.getFirst().get("alpha"));
        assertEquals("1", rows.get(49).get("alpha"));
        assertEquals(1, rows.stream().filter(x -> x.get("optimal").equals("true")).count());
        CSVRecord best = rows.getLast();
        double w = Double.parseDouble(best.get("welfare"));
        for (CSVRecord row : rows) assertTrue(Double.parseDouble(row.get("welfare")) <= w, row + " vs optimum " + best);
        // Redistribution (α = 0) ends in 2050 with 420.4 trillion KZT, Growth poles (α = 1) with 428.6
        // (estimated defaults of revision 2; the first model gave 548.6 and 575.9)
        assertEquals(420.4e6, Double.parseDouble(rows.getFirst().get("national_grp")), 0.1e6);
        assertEquals(428.6e6, Double.parseDouble(rows.get(49).get("national_grp")), 0.1e6);
    }

    @Test
    void moreAversionMovesTheOptimumTowardsRedistribution() throws Exception {
        double low = Double.parseDouble(csv(run("frontier", "--points", "11", "--epsilon", "0.5", "--weights", "none").out()).getLast().get("alpha"));
        double high = Double.parseDouble(csv(run("frontier", "--points", "11", "--epsilon", "5", "--weights", "none").out()).getLast().get("alpha"));
        assertTrue(high < low, "optimal α at ε=5 (" + high + ") < at ε=0.5 (" + low + ")");
    }

    @Test
    void badOptionsAreRefused() {
        var r = run("frontier", "--points", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--points must be 2 to 10000"), r.err());
        assertEquals(2, run("frontier", "--epsilon", "-1").code());
    }
}
