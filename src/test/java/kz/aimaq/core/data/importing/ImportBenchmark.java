package kz.aimaq.core.data.importing;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.RegionNameMatcher;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Timings of read + detect + join + apply, run by hand (not a test: timings on a shared machine
 * are not assertions). {@code java -cp target/test-classes:target/classes:LIBS kz.aimaq.core.data.importing.ImportBenchmark ../shared}
 */
public final class ImportBenchmark {
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        RegionNameMatcher m = RegionNameMatcher.bundled();
        Path big = Files.createTempFile("aimaq-long", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(big)) {
            w.write("region;year;indicator;value\n");
            List<String> names = m.catalog().current().stream().map(r -> r.nameRu()).toList();
            int n = 0;
            for (int ind = 0; n < 190_000; ind++)
                for (String name : names)
                    for (int y = 1990; y < 2025 && n < 190_000; y++, n++)
                        w.write(name + ";" + y + ";ind" + ind + ";" + (n * 1.25) + "\n");
        }
        System.out.printf("generated long CSV: %.1f MB, 190000 rows%n", Files.size(big) / 1048576.0);
        List<Path> files = List.of(
                shared.resolve("data/indicators/sources/bns_grp_per_capita_2008-2023.xlsx"),
                shared.resolve("data/indicators/sources/bns_life_expectancy_1999-2022.xlsx"),
                shared.resolve("data/indicators/sources/bns_population_2023-01-01.xlsx"),
                shared.resolve("data/indicators/sources/bns_unemployment_rate_2001-2023.xlsx"), big);
        for (int round = 0; round < 3; round++) {
            for (Path f : files) {
                long t0 = System.nanoTime();
                TableFile tf = TableReader.read(f);
                long t1 = System.nanoTime();
                Grid g = LayoutDetector.bestSheet(tf, m);
                TableLayout l = LayoutDetector.detect(g, m);
                JoinReport r = JoinReport.build(tf.fileName(), g, l, m);
                r.matched(); r.missingRegions(); r.duplicates();
                long t2 = System.nanoTime();
                TableImporter.apply(r, IndicatorData.bundled().copy(), TableImporter.indicatorFor("b", "b", "", r));
                long t3 = System.nanoTime();
                System.out.printf("round %d %-40s read %5d ms  detect+join %5d ms  apply %4d ms%n", round, f.getFileName(),
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            }
        }
        Files.delete(big);
    }
}
