package kz.aimaq.core.regionalize;

import kz.aimaq.core.stats.SpatialWeights;

import java.util.ArrayList;
import java.util.List;

/** A rows × cols lattice of cells "r,c" in row-major order with rook (edge-sharing) weights. */
final class Grid {
    static List<String> codes(int rows, int cols) {
        List<String> c = new ArrayList<>();
        for (int r = 0; r < rows; r++) for (int q = 0; q < cols; q++) c.add(r + "," + q);
        return c;
    }

    static SpatialWeights rook(int rows, int cols) {
        int n = rows * cols;
        double[][] w = new double[n][n];
        for (int r = 0; r < rows; r++) for (int q = 0; q < cols; q++) {
            int i = r * cols + q;
            if (q + 1 < cols) w[i][i + 1] = w[i + 1][i] = 1;
            if (r + 1 < rows) w[i][i + cols] = w[i + cols][i] = 1;
        }
        return new SpatialWeights("rook lattice", codes(rows, cols), w);
    }

    /** One-attribute data, row-major. */
    static Attributes values(int rows, int cols, double... v) {
        double[][] x = new double[v.length][];
        for (int i = 0; i < v.length; i++) x[i] = new double[]{v[i]};
        return Attributes.raw(codes(rows, cols), x);
    }
}
