package kz.aimaq.core.stats;

import kz.aimaq.core.geo.RegionLayer;
import org.locationtech.jts.geom.Coordinate;

import java.util.List;

/**
 * Distance-band weights: regions whose centroids lie within a threshold distance are neighbours.
 * Binary by default; {@link #inverse} gives the distance-decay form d<sup>−γ</sup> within the band
 * (as used by the scenario model's spillover option). Regions with nobody in the band stay
 * islands (zero rows), which Moran's I and LISA report rather than hide.
 */
public final class DistanceBand {
    private DistanceBand() {}

    /** Binary weights: 1 when the centroids are at most {@code km} kilometres apart. */
    public static SpatialWeights of(RegionLayer layer, double km) {
        return of(Centroids.codes(layer), Centroids.of(layer), km);
    }

    public static SpatialWeights of(List<String> codes, List<Coordinate> points, double km) {
        return build(codes, points, km, 0, "distance band " + fmt(km) + " km");
    }

    /** Weights d<sup>−γ</sup> (d in km) for centroids within {@code km}; use a huge band for "all pairs". */
    public static SpatialWeights inverse(RegionLayer layer, double km, double gamma) {
        return inverse(Centroids.codes(layer), Centroids.of(layer), km, gamma);
    }

    public static SpatialWeights inverse(List<String> codes, List<Coordinate> points, double km, double gamma) {
        return build(codes, points, km, gamma, "inverse distance^" + fmt(gamma) + " within " + fmt(km) + " km");
    }

    private static SpatialWeights build(List<String> codes, List<Coordinate> points, double km, double gamma, String kind) {
        int n = codes.size();
        if (points.size() != n) throw new IllegalArgumentException("one point per code");
        if (!(km > 0)) throw new IllegalArgumentException("the distance band must be positive, got " + km + " km");
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                double d = points.get(i).distance(points.get(j)) / 1000.0;
                if (d <= km) w[i][j] = gamma == 0 ? 1 : Math.pow(Math.max(d, 1e-9), -gamma);
            }
        }
        return new SpatialWeights(kind, codes, w);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
