package kz.aimaq.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bivariate Moran's I (Anselin, Syabri &amp; Smirnov 2002; GeoDa's "Bivariate Moran"): how one
 * indicator x relates to the spatial lag of another, y,
 * <pre>
 *   I_xy = (1/S0) · Σ_i Σ_j w_ij z_x,i z_y,j,    z = (value − mean)/s  (population s)
 * </pre>
 * the slope of the regression of W z_y on z_x when the weights are row-standardised (S0 = n).
 * With x = y it is Moran's I. The pseudo p-value permutes y over the regions (x stays), one-sided
 * in the observed direction, as {@link MoranI}.
 *
 * <p>The local form (bivariate LISA) is I_i = z_x,i · Σ_j w_ij z_y,j; with row-standardised weights
 * and no islands the mean of the I_i is I_xy. Its p-values use conditional randomisation: x_i stays,
 * the neighbours' y values are drawn from the other n − 1 regions. Regions with p ≤ α get the
 * quadrant of (z_x,i, lag of z_y) as a {@link LisaClass}. It is not a test of the correlation of x and
 * y at the same place: both the in-situ correlation and the spatial pattern contribute.
 */
public final class BivariateMoran {
    private BivariateMoran() {}

    /**
     * @param I      I_xy
     * @param zSim   (I − mean of permuted I)/sd (NaN without permutations)
     * @param pSim   pseudo p-value (NaN without permutations)
     */
    public record Result(double I, int permutations, double zSim, double pSim, int n) {}

    public static Result of(double[] x, double[] y, SpatialWeights w, int permutations, long seed) {
        Permutations.checkInput(x, w, "bivariate Moran's I");
        Permutations.checkInput(y, w, "bivariate Moran's I");
        double[] zx = Permutations.standardised(x, "bivariate Moran's I");
        double[] zy = Permutations.standardised(y, "bivariate Moran's I");
        double[][] m = w.weights();
        double sum = 0;
        for (double[] row : m) for (double v : row) sum += v;
        double s0 = sum;
        if (s0 == 0) throw new IllegalArgumentException("the weights have no neighbour pairs");
        double I = statistic(zx, zy, m, s0);
        // the lag variable y is permuted; x stays where it is
        Permutations.Global sim = Permutations.global(I, zy, permutations, seed, perm -> statistic(zx, perm, m, s0));
        double zSim = sim.z(), pSim = sim.p();
        return new Result(I, permutations, zSim, pSim, x.length);
    }

    static double statistic(double[] zx, double[] zy, double[][] w, double s0) {
        double cross = 0;
        for (int i = 0; i < zx.length; i++) {
            double lag = 0;
            for (int j = 0; j < zy.length; j++) lag += w[i][j] * zy[j];
            cross += zx[i] * lag;
        }
        return cross / s0;
    }

    /**
     * Bivariate LISA as a {@link Lisa.Result}: {@code value} is x, {@code z} the standardised x,
     * {@code lag} the lag of standardised y, {@code localI} = z · lag.
     */
    public static Lisa.Result local(double[] x, double[] y, SpatialWeights w, int permutations, long seed, double alpha) {
        Permutations.checkInput(x, w, "bivariate LISA");
        Permutations.checkInput(y, w, "bivariate LISA");
        if (permutations < 1) throw new IllegalArgumentException("bivariate LISA needs at least one permutation");
        double[] zx = Permutations.standardised(x, "bivariate LISA");
        double[] zy = Permutations.standardised(y, "bivariate LISA");
        double[][] m = w.weights();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Lisa.Local> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            Permutations.Row row = Permutations.Row.of(m, i);
            String code = w.codes().get(i);
            if (row.size() == 0) { out.add(new Lisa.Local(code, x[i], zx[i], 0, 0, Double.NaN, LisaClass.ISOLATED)); continue; }
            double lag = 0;
            for (int k = 0; k < row.size(); k++) lag += row.weights()[k] * zy[row.columns()[k]];
            double li = zx[i] * lag;
            double zi = zx[i];
            double[] p = Permutations.conditional(i, row, zy, li, drawn -> {
                double s = 0;
                for (int k = 0; k < drawn.length; k++) s += row.weights()[k] * drawn[k];
                return zi * s;
            }, permutations, rnd);
            LisaClass cls = p[0] <= alpha ? Lisa.quadrant(zx[i], lag) : LisaClass.NOT_SIGNIFICANT;
            out.add(new Lisa.Local(code, x[i], zx[i], lag, li, p[0], cls));
        }
        return new Lisa.Result(out, permutations, seed, alpha);
    }
}
