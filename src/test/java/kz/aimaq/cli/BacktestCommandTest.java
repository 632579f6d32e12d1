package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class BacktestCommandTest {

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void jsonReportsRmseOfTheModelAndBothBaselinesPerYearAndForTheil() throws Exception {
        CliRun r = run("backtest", "--fit", "2010-2017", "--from", "2018", "--to", "2025", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = Output.mapper().readTree(r.out());
        assertEquals(8, root.get("years").size());
        JsonNode y2025 = root.get("years").get(7);
        assertEquals(2025, y2025.get("year").asInt());
        assertEquals(0.157005, y2025.get("rmse_ln_y").get("model").asDouble(), 1e-6);
        assertEquals(0.173287, y2025.get("rmse_ln_y").get("last_level").asDouble(), 1e-6);
        assertEquals(0.137726, y2025.get("rmse_ln_y").get("own_growth").asDouble(), 1e-6);
        JsonNode summary = root.get("summary");
        assertEquals(0.010636, summary.get("rmse_theil").get("model").asDouble(), 1e-6);
        assertEquals(0.031873, summary.get("rmse_theil").get("last_level").asDouble(), 1e-6);
        assertEquals(0.037103, summary.get("rmse_theil").get("own_growth").asDouble(), 1e-6);
        assertEquals(0.0102, root.get("fit").get("beta").asDouble(), 1e-4);
    }

    @Test
    void csvHasOneRowPerYearAndASummary() {
        CliRun r = run("backtest");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(1 + 8 + 1, lines.length);
        assertTrue(lines[0].startsWith("year,rmse_ln_y_model,rmse_ln_y_last_level,rmse_ln_y_own_growth"), lines[0]);
        assertTrue(lines[9].startsWith("all,0.108274,0.116593,0.100655"), lines[9]);
        assertEquals(2, run("backtest", "--fit", "2010").code());
        assertEquals(2, run("backtest", "--fit", "2005-2012").code());
    }

    @Test
    void simulateRefusesWhatItCannotDoCleanly() {
        // more runs than this JVM can hold (or than the CLI's 1,000,000 limit on a machine with a larger heap)
        long tooMany = Math.min(kz.aimaq.core.scenario.MonteCarlo.maxRuns(26, 20) + 1, SimulateCommand.MAX_RUNS + 1L);
        long start = System.nanoTime();
        CliRun big = run("simulate", "--scenario", "inertial", "--runs", String.valueOf(tooMany), "--weights", "none");
        assertEquals(2, big.code());
        assertTrue(big.err().contains("--runs"), big.err());
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused in under a second");
        CliRun eps = run("frontier", "--epsilon", "80", "--weights", "none");
        assertEquals(2, eps.code());
        assertTrue(eps.err().contains("between 0 and 5"), eps.err());
        CliRun explain = run("simulate", "--explain");
        assertEquals(0, explain.code(), explain.err());
        assertTrue(explain.out().contains("beta_pooled,0.0135,0.00397,\"239 unit-years"), explain.out());
    }

    @Test
    void selectiveRegionsShowKyzylordasTransferUnderTheCap() throws Exception {
        CliRun r = run("simulate", "--scenario", "selective", "--regions", "--weights", "none");
        assertEquals(0, r.code(), r.err());
        var rows = SimulateCommandTest.csv(r.out());
        int seen = 0;
        for (var row : rows) {
            if (!row.get("kato").equals("43") || row.get("year").equals("2025")) continue;
            double share = Double.parseDouble(row.get("transfer_pct_grp"));
            assertTrue(share > 0 && share <= 4.0, row.get("year") + ": Kyzylorda's transfer " + share + " % of its GRP ≤ 4 %");
            seen++;
        }
        assertEquals(25, seen);
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"));
    }
}
