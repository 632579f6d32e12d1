package kz.aimaq.core.workspace;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: times an atomic save (with fsync) and a load of a large project: every bundled
 * figure (all indicators, all years) as imported tables. Run:
 * {@code java -cp "target/classes:target/test-classes:target/lib/*" kz.aimaq.core.workspace.SaveBenchmark}
 */
public final class SaveBenchmark {
    public static void main(String[] args) throws Exception {
        IndicatorData data = IndicatorData.bundled();
        List<ImportedTable> tables = new ArrayList<>();
        int rows = 0;
        for (var i : data.catalog().all()) {
            List<Observation> obs = new ArrayList<>();
            for (int y : data.years(i.id())) obs.addAll(data.year(i.id(), y).values());
            rows += obs.size();
            tables.add(new ImportedTable(i, obs));
        }
        Workspace ws = WorkspaceSamples.full().withImportedTables(tables);
        Path dir = Files.createTempDirectory("aimaq-bench");
        Path f = dir.resolve("big.aimaq");
        int n = 20;
        long[] save = new long[n], load = new long[n];
        for (int k = 0; k < n; k++) {
            long t0 = System.nanoTime();
            WorkspaceFiles.save(f, ws);
            long t1 = System.nanoTime();
            Workspace back = WorkspaceFiles.load(f);
            long t2 = System.nanoTime();
            if (!back.equals(ws)) throw new AssertionError("round trip differs");
            save[k] = t1 - t0;
            load[k] = t2 - t1;
        }
        java.util.Arrays.sort(save);
        java.util.Arrays.sort(load);
        System.out.printf("project: %d indicators, %d rows, %d KB%n", tables.size(), rows, Files.size(f) / 1024);
        System.out.printf("save (atomic, fsync) median %.1f ms, load median %.1f ms (of %d; first runs include warm-up)%n",
                save[n / 2] / 1e6, load[n / 2] / 1e6, n);
    }
}
