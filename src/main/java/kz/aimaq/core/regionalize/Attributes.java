package kz.aimaq.core.regionalize;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.List;

/**
 * The attribute matrix a regionalisation works on: one row per region, one column per indicator,
 * each column standardised to mean 0 and (population) standard deviation 1 and then multiplied by
 * √weight, so that a squared Euclidean distance between two rows is Σ_k weight_k · (z_ik − z_jk)²
 * and the within-group sum of squares weights each indicator by its weight.
 *
 * <p>Standardising makes indicators in tenge, percent and persons comparable; without it GRP per
 * capita (thousands) would swamp a rate (single digits). A column that is constant across the
 * regions carries no information and is refused.
 *
 * @param codes   region codes, the row order
 * @param names   indicator ids, the column order
 * @param weights the weight of each column (positive)
 * @param values  values[i][k]: standardised, weighted value of indicator k in region i
 */
public record Attributes(List<String> codes, List<String> names, double[] weights, double[][] values) {

    public Attributes {
        codes = List.copyOf(codes);
        names = List.copyOf(names);
        if (values.length != codes.size()) throw new IllegalArgumentException("one row of values per region");
        if (weights.length != names.size()) throw new IllegalArgumentException("one weight per indicator");
    }

    public int size() { return codes.size(); }

    public int dimensions() { return names.size(); }

    /**
     * Standardises raw columns.
     *
     * @param columns columns[k][i]: raw value of indicator k in region i; every value finite
     * @param weights one positive weight per column, or null for equal weights
     * @throws IllegalArgumentException on a missing value, a constant column or a non-positive weight
     */
    public static Attributes standardised(List<String> codes, double[][] columns, List<String> names, double[] weights) {
        int n = codes.size(), m = columns.length;
        if (m == 0) throw new IllegalArgumentException("at least one indicator is needed");
        if (names.size() != m) throw new IllegalArgumentException("one name per column");
        double[] w = weights == null ? filled(m, 1) : weights.clone();
        if (w.length != m) throw new IllegalArgumentException("one weight per column");
        double[][] v = new double[n][m];
        for (int k = 0; k < m; k++) {
            if (!(w[k] > 0) || !Double.isFinite(w[k])) throw new IllegalArgumentException("the weight of " + names.get(k) + " must be positive, got " + w[k]);
            double[] col = columns[k];
            if (col.length != n) throw new IllegalArgumentException(names.get(k) + ": one value per region");
            double mean = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(col[i])) throw new InvalidInputException("core.regionalize.noValue", names.get(k), codes.get(i));
                mean += col[i];
            }
            mean /= n;
            double var = 0;
            for (double x : col) var += (x - mean) * (x - mean);
            double sd = Math.sqrt(var / n);
            if (!(sd > 0)) throw new InvalidInputException("core.regionalize.constant", names.get(k));
            double scale = Math.sqrt(w[k]) / sd;
            for (int i = 0; i < n; i++) v[i][k] = (col[i] - mean) * scale;
        }
        return new Attributes(codes, names, w, v);
    }

    /** Attributes used as given (already comparable), e.g. hand-made test data. */
    public static Attributes raw(List<String> codes, double[][] rows) {
        int m = rows.length == 0 ? 0 : rows[0].length;
        String[] names = new String[m];
        for (int k = 0; k < m; k++) names[k] = "x" + (k + 1);
        return new Attributes(codes, List.of(names), filled(m, 1), rows);
    }

    /** Squared Euclidean distance between the rows of two regions. */
    public double distance2(int i, int j) {
        double s = 0;
        double[] a = values[i], b = values[j];
        for (int k = 0; k < a.length; k++) { double d = a[k] - b[k]; s += d * d; }
        return s;
    }

    private static double[] filled(int m, double v) {
        double[] a = new double[m];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
