package kz.aimaq.core.stats;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;

/**
 * Timings of the spatial code on the real layers (a benchmark to run by hand, not a test):
 * {@code mvn -o test-compile exec:java} is not configured, so run it with
 * {@code java -cp target/classes:target/test-classes:target/lib/* kz.aimaq.core.stats.SpatialBenchmark}.
 */
public final class SpatialBenchmark {
    public static void main(String[] args) throws Exception {
        RegionLayer oblasts = RegionLayers.load(MapLevel.OBLAST);
        RegionLayer districts = RegionLayers.load(MapLevel.DISTRICT);
        time("oblast queen (first call, cold JIT)", () -> Contiguity.queen(oblasts));
        for (int i = 0; i < 5; i++) Contiguity.queen(oblasts);
        time("oblast queen (warm)", () -> Contiguity.queen(oblasts));
        time("oblast rook (warm)", () -> Contiguity.rook(oblasts));
        time("district queen", () -> Contiguity.queen(districts));
        time("district rook", () -> Contiguity.rook(districts));
        for (double tol : new double[]{0, 100, 300, 1000}) {
            System.out.printf("tolerance %4.0f m: oblast queen/rook links %d/%d, district %d/%d%n", tol,
                    links(Contiguity.queen(oblasts, tol)), links(Contiguity.rook(oblasts, tol)),
                    links(Contiguity.queen(districts, tol)), links(Contiguity.rook(districts, tol)));
        }
        SpatialWeights w = Contiguity.queen(districts).rowStandardised();
        double[] area = districts.regions().stream().mapToDouble(MapRegion::areaKm2).toArray();
        time("district Moran's I, 999 permutations", () -> MoranI.of(area, w));
        time("district LISA, 999 permutations", () -> Lisa.of(area, w));
    }

    private static int links(SpatialWeights w) {
        int s = 0;
        for (double[] row : w.weights()) for (double v : row) s += (int) v;
        return s;
    }

    private static void time(String what, Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        System.out.printf("%-40s %6.1f ms%n", what, (System.nanoTime() - t0) / 1e6);
    }
}
