package kz.aimaq.core.stats;

import java.util.*;

/**
 * Spatial weights between regions: w[i][j] > 0 when region j is a neighbour of region i.
 * Codes give the row/column order. Builders (contiguity, k nearest, distance band) live beside it.
 */
public record SpatialWeights(String kind, List<String> codes, double[][] weights) {

    public SpatialWeights {
        codes = List.copyOf(codes);
        if (weights.length != codes.size()) throw new IllegalArgumentException("weights must be n×n for n codes");
    }

    public int size() { return codes.size(); }

    public int indexOf(String code) { return codes.indexOf(code); }

    /** Codes of the neighbours of a region (w > 0), in code order. */
    public List<String> neighbours(String code) {
        int i = indexOf(code);
        if (i < 0) return List.of();
        List<String> n = new ArrayList<>();
        for (int j = 0; j < size(); j++) if (weights[i][j] > 0) n.add(codes.get(j));
        return n;
    }

    /** Each row divided by its sum (rows of islands stay zero). */
    public SpatialWeights rowStandardised() {
        int n = size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += weights[i][j];
            for (int j = 0; j < n; j++) w[i][j] = s > 0 ? weights[i][j] / s : 0;
        }
        return new SpatialWeights(kind + ", row-standardised", codes, w);
    }

    /** The same weights restricted to and reordered by the given codes (e.g. a scenario's region order). */
    public SpatialWeights reorder(List<String> order) {
        int n = order.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            int a = indexOf(order.get(i));
            for (int j = 0; j < n; j++) {
                int b = indexOf(order.get(j));
                w[i][j] = (a < 0 || b < 0) ? 0 : weights[a][b];
            }
        }
        return new SpatialWeights(kind, order, w);
    }
}
