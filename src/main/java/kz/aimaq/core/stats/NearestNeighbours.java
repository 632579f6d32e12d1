package kz.aimaq.core.stats;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.geom.Coordinate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * k-nearest-neighbour weights: each region's k closest regions by centroid distance get weight 1.
 * Not symmetric in general (j may be among i's nearest without i being among j's). Ties at the
 * k-th distance are broken by code order so the result never depends on the layer's order.
 */
public final class NearestNeighbours {
    private NearestNeighbours() {}

    public static SpatialWeights of(RegionLayer layer, int k) {
        return of(Centroids.codes(layer), Centroids.of(layer), k);
    }

    /** @param points projected coordinates in metres, one per code */
    public static SpatialWeights of(List<String> codes, List<Coordinate> points, int k) {
        int n = codes.size();
        if (points.size() != n) throw new IllegalArgumentException("one point per code");
        if (k < 1 || k >= n) throw new InvalidInputException("core.weights.knnRange", n - 1, n, k);
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            final int self = i;
            Integer[] others = new Integer[n];
            for (int j = 0; j < n; j++) others[j] = j;
            Arrays.sort(others, Comparator.<Integer>comparingDouble(j -> points.get(self).distance(points.get(j)))
                    .thenComparing(codes::get));
            int taken = 0;
            for (int j : others) {
                if (j == i) continue;
                w[i][j] = 1;
                if (++taken == k) break;
            }
        }
        return new SpatialWeights(k + " nearest neighbours", codes, w);
    }
}
