package kz.aimaq.core.analysis;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.analysis.IndexSpec.Aggregation;
import kz.aimaq.core.analysis.IndexSpec.Component;
import kz.aimaq.core.analysis.IndexSpec.Direction;
import kz.aimaq.core.data.IndicatorData;

import java.util.*;

/**
 * Computes a composite index (OECD/JRC Handbook on Constructing Composite Indicators, 2008):
 * each indicator is normalised over the regions with complete data so that higher is better,
 * then the normalised scores are combined by a weighted arithmetic or geometric mean.
 *
 * <p>Every normalisation is invariant to the unit of an input (thousand or million tenge give the
 * same index) and the result does not depend on the order of the components.
 *
 * <p>For the geometric mean the min-max scores are taken on a 1–100 scale instead of 0–100, so
 * that the region that is last on one indicator does not get an index of zero whatever its other
 * indicators; rank scores are already 1..n.
 */
public final class CompositeIndex {
    private CompositeIndex() {}

    /** How far each weight moves in the sensitivity analysis (±20%). */
    public static final double WEIGHT_SHIFT = 0.2;
    /** Up to this many components every combination of −20%, 0, +20% is tried (3^k runs); above it one weight at a time. */
    static final int FULL_GRID_MAX_COMPONENTS = 8;

    /**
     * The index from the bundled (or user) data in one year, over the given regions.
     * Directions missing from the spec come from the catalogue.
     */
    public static IndexResult compute(IndexSpec spec, IndicatorData data, int year, List<String> codes) {
        IndexSpec resolved = spec.resolve(data.catalog());
        Map<String, Map<String, Double>> inputs = new LinkedHashMap<>();
        for (String ind : resolved.indicators()) {
            Map<String, Double> byCode = new LinkedHashMap<>();
            for (String c : codes) {
                OptionalDouble v = data.current(ind, year, c);
                if (v.isPresent()) byCode.put(c, v.getAsDouble());
            }
            inputs.put(ind, byCode);
        }
        return compute(resolved, year, codes, inputs);
    }

    /**
     * The index from given values.
     *
     * @param spec   every component must have a direction (see {@link IndexSpec#resolve})
     * @param inputs indicator id → region code → value; a region lacking any value gets no score
     */
    public static IndexResult compute(IndexSpec spec, int year, List<String> codes, Map<String, Map<String, Double>> inputs) {
        for (Component c : spec.components())
            if (c.direction() == null) throw new IllegalArgumentException("no direction for " + c.indicator() + ": resolve the spec against the catalogue first");

        Map<String, List<String>> missing = new LinkedHashMap<>();
        List<String> complete = new ArrayList<>();
        for (String code : codes) {
            List<String> lacks = new ArrayList<>();
            for (Component c : spec.components()) {
                Double v = inputs.getOrDefault(c.indicator(), Map.of()).get(code);
                if (v == null || !Double.isFinite(v)) lacks.add(c.indicator());
            }
            if (lacks.isEmpty()) complete.add(code); else missing.put(code, lacks);
        }
        if (complete.size() < 2)
            throw new InvalidInputException("core.index.tooFewRegions", spec.indicators(), year, missing.keySet());

        int n = complete.size(), k = spec.components().size();
        double[][] raw = new double[k][n];
        double[][] norm = new double[k][n];
        for (int c = 0; c < k; c++) {
            Component comp = spec.components().get(c);
            for (int i = 0; i < n; i++) raw[c][i] = inputs.get(comp.indicator()).get(complete.get(i));
            norm[c] = normalise(raw[c], comp.direction(), spec);
        }
        double[] weights = spec.components().stream().mapToDouble(Component::weight).toArray();
        double[] score = aggregate(norm, weights, spec.aggregation());
        int[] rank = ranks(score);
        int[][] range = rankRange(norm, weights, spec.aggregation(), rank);

        double wsum = Arrays.stream(weights).sum();
        List<IndexResult.RegionScore> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<IndexResult.Part> parts = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                double share = weights[c] / wsum;
                double contribution = spec.aggregation() == Aggregation.GEOMETRIC ? share * Math.log(norm[c][i]) : share * norm[c][i];
                parts.add(new IndexResult.Part(spec.components().get(c).indicator(), raw[c][i], norm[c][i], share, contribution));
            }
            out.add(new IndexResult.RegionScore(complete.get(i), score[i], rank[i], range[0][i], range[1][i], parts));
        }
        return new IndexResult(spec, year, out, missing);
    }

    /** Normalised scores, higher = better. */
    static double[] normalise(double[] x, Direction dir, IndexSpec spec) {
        int n = x.length;
        double sign = dir == Direction.LOWER_IS_BETTER ? -1 : 1;
        double[] s = new double[n];
        switch (spec.normalisation()) {
            case MIN_MAX -> {
                double min = Arrays.stream(x).min().orElseThrow(), max = Arrays.stream(x).max().orElseThrow();
                boolean geometric = spec.aggregation() == Aggregation.GEOMETRIC;
                for (int i = 0; i < n; i++) {
                    // a constant indicator does not discriminate: everybody gets the middle of the scale
                    double v = max == min ? 0.5 : (sign > 0 ? x[i] - min : max - x[i]) / (max - min);
                    s[i] = geometric ? 1 + 99 * v : 100 * v;
                }
            }
            case Z_SCORE -> {
                double mean = Arrays.stream(x).average().orElseThrow(), ss = 0;
                for (double v : x) ss += (v - mean) * (v - mean);
                double sd = Math.sqrt(ss / n);
                for (int i = 0; i < n; i++) s[i] = sd == 0 ? 0 : sign * (x[i] - mean) / sd;
            }
            case RANK -> {
                double[] oriented = new double[n];
                for (int i = 0; i < n; i++) oriented[i] = sign * x[i];
                s = averageRanks(oriented);
            }
        }
        return s;
    }

    static double[] aggregate(double[][] norm, double[] weights, Aggregation agg) {
        int k = norm.length, n = norm[0].length;
        double wsum = 0;
        for (double w : weights) wsum += w;
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int c = 0; c < k; c++) {
                double share = weights[c] / wsum;
                acc += agg == Aggregation.GEOMETRIC ? share * Math.log(norm[c][i]) : share * norm[c][i];
            }
            score[i] = agg == Aggregation.GEOMETRIC ? Math.exp(acc) : acc;
        }
        return score;
    }

    /**
     * Rank 1 = highest score; ties (within 1e-9 relative, so that round-off from the order of
     * the components cannot split them) share the better rank.
     */
    static int[] ranks(double[] score) {
        int n = score.length;
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            int better = 0;
            for (int j = 0; j < n; j++) if (score[j] > score[i] + 1e-9 * Math.max(1, Math.abs(score[i]))) better++;
            r[i] = better + 1;
        }
        return r;
    }

    /** Ranks 1..n from the lowest value up; ties get the average of their ranks. */
    static double[] averageRanks(double[] x) {
        int n = x.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
        double[] r = new double[n];
        for (int a = 0; a < n; ) {
            int b = a;
            while (b + 1 < n && x[idx[b + 1]] == x[idx[a]]) b++;
            double avg = (a + b) / 2.0 + 1;
            for (int t = a; t <= b; t++) r[idx[t]] = avg;
            a = b + 1;
        }
        return r;
    }

    /**
     * Best and worst rank of each region when every weight is multiplied by 0.8, 1 or 1.2: all
     * 3^k combinations up to {@value #FULL_GRID_MAX_COMPONENTS} components, otherwise each
     * weight moved alone. The normalised scores do not depend on the weights, so only the
     * aggregation is repeated.
     */
    static int[][] rankRange(double[][] norm, double[] weights, Aggregation agg, int[] base) {
        int k = weights.length, n = base.length;
        int[] lo = base.clone(), hi = base.clone();
        double[] factors = {1 - WEIGHT_SHIFT, 1, 1 + WEIGHT_SHIFT};
        List<double[]> variants = new ArrayList<>();
        if (k <= FULL_GRID_MAX_COMPONENTS) {
            int combos = (int) Math.pow(3, k);
            for (int m = 0; m < combos; m++) {
                double[] w = new double[k];
                for (int c = 0, code = m; c < k; c++, code /= 3) w[c] = weights[c] * factors[code % 3];
                variants.add(w);
            }
        } else {
            for (int c = 0; c < k; c++) {
                for (double f : new double[]{factors[0], factors[2]}) {
                    double[] w = weights.clone();
                    w[c] *= f;
                    variants.add(w);
                }
            }
        }
        for (double[] w : variants) {
            int[] r = ranks(aggregate(norm, w, agg));
            for (int i = 0; i < n; i++) { lo[i] = Math.min(lo[i], r[i]); hi[i] = Math.max(hi[i], r[i]); }
        }
        return new int[][]{lo, hi};
    }
}
