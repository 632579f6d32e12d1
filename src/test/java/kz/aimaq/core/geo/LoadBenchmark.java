package kz.aimaq.core.geo;

import java.io.IOException;

/**
 * Prints how long the default layers take to load and simplify (not a test: timings on a shared
 * machine vary too much to assert). Run after {@code mvn -o test-compile}:
 * <pre>java -Daimaq.shared=../shared -cp target/test-classes:target/classes:$(cat cp.txt) kz.aimaq.core.geo.LoadBenchmark</pre>
 */
public final class LoadBenchmark {
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        RegionLayer oblasts = RegionLayers.load(MapLevel.OBLAST);
        long t1 = System.nanoTime();
        RegionLayer districts = RegionLayers.load(MapLevel.DISTRICT);
        long t2 = System.nanoTime();
        System.out.printf("cold JVM: oblasts %d ms (includes SIS, JTS and Jackson start-up), districts %d ms%n",
                ms(t1 - t0), ms(t2 - t1));
        for (int i = 0; i < 3; i++) {
            for (MapLevel level : MapLevel.values()) {
                long s = System.nanoTime();
                RegionLayers.load(LayerConfig.bundled(level)); // uncached
                System.out.printf("warm load %s: %d ms%n", level, ms(System.nanoTime() - s));
            }
        }
        for (RegionLayer l : new RegionLayer[]{oblasts, districts}) {
            long s = System.nanoTime();
            l.simplified(2000);
            long m = System.nanoTime();
            l.regions().forEach(r -> l.labelPoint(r.code()));
            System.out.printf("%s: simplify at 2 km %d ms, %d label points %d ms%n", l.level(), ms(m - s), l.size(),
                    ms(System.nanoTime() - m));
        }
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }
}
