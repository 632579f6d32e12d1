package kz.aimaq.core.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of a Moran scatterplot (Anselin 1996): each region's standardised value z_i = (x_i −
 * x̄)/s (population s) against its spatial lag Σ_j w_ij z_j, the least-squares line through the
 * origin and the quadrant of each point. With row-standardised weights the slope
 * Σ z_i·lag_i / Σ z_i² equals Moran's I exactly, which is why the plot is read as a picture of I.
 * Pass row-standardised weights.
 *
 * @param slope regression slope of lag on z (= Moran's I under row-standardised weights)
 */
public record MoranScatterplot(List<Point> points, double slope) {

    /**
     * One region's point.
     * @param quadrant HIGH_HIGH (z &gt; 0, lag &gt; 0), LOW_LOW, LOW_HIGH, HIGH_LOW; ISOLATED without neighbours
     */
    public record Point(String code, double value, double z, double lag, LisaClass quadrant) {}

    public MoranScatterplot { points = List.copyOf(points); }

    public static MoranScatterplot of(double[] x, SpatialWeights w) { return bivariate(x, x, w); }

    /**
     * The bivariate scatterplot: standardised x against the spatial lag of standardised y; its slope
     * is the bivariate Moran's I under row-standardised weights without islands.
     */
    public static MoranScatterplot bivariate(double[] x, double[] y, SpatialWeights w) {
        Permutations.checkInput(x, w, "the Moran scatterplot");
        Permutations.checkInput(y, w, "the Moran scatterplot");
        double[] z = Permutations.standardised(x, "the Moran scatterplot");
        double[] zy = Permutations.standardised(y, "the Moran scatterplot");
        double[][] m = w.weights();
        List<Point> pts = new ArrayList<>();
        double zl = 0, zz = 0;
        for (int i = 0; i < x.length; i++) {
            double lag = 0;
            boolean any = false;
            for (int j = 0; j < x.length; j++) if (j != i && m[i][j] != 0) { lag += m[i][j] * zy[j]; any = true; }
            zl += z[i] * lag;
            zz += z[i] * z[i];
            pts.add(new Point(w.codes().get(i), x[i], z[i], lag, any ? Lisa.quadrant(z[i], lag) : LisaClass.ISOLATED));
        }
        return new MoranScatterplot(pts, zl / zz);
    }
}
