package kz.aimaq.core.regionalize;

import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.stats.Inequality;
import kz.aimaq.core.stats.TheilDecomposition;

import java.util.List;

/**
 * How well a partition summarises the regions, the same three figures for a proposal and for an
 * official grouping, so they can be read side by side:
 * <ul>
 *   <li><b>within-group sum of squares</b> WSS = Σ_g Σ_{i∈g} ‖x_i − x̄_g‖² on the standardised,
 *       weighted attributes ({@link Attributes}); lower is more homogeneous;</li>
 *   <li><b>between/total ratio</b> (TSS − WSS)/TSS, TSS = Σ_i ‖x_i − x̄‖² (= n × Σ weights for
 *       standardised columns): the share of the attributes' variance the grouping explains, 0..1;</li>
 *   <li><b>between-group share of Theil</b> for GRP per capita (population-weighted Theil T, split
 *       exactly by {@link Inequality#theil(double[], double[], int[])}): how much of the regional
 *       income inequality lies between the groups rather than within them.</li>
 * </ul>
 * {@code contiguous} says whether every group is connected under the given contiguity graph (an
 * official grouping need not be: "Cities" joins Astana and Almaty).
 *
 * @param theilBetweenShare theilBetween / theilTotal (NaN without GRP per capita and population)
 */
public record Fit(int groups, boolean contiguous, double withinSsd, double totalSsd, double betweenRatio,
                  double theilTotal, double theilBetween, double theilBetweenShare) {

    /**
     * @param labels       group label per region (0..), in the attributes' order
     * @param grpPerCapita GRP per capita per region, or null to leave the Theil figures NaN
     * @param population   population per region (with grpPerCapita)
     */
    public static Fit of(int[] labels, Attributes a, double[] grpPerCapita, double[] population, RegionGraph graph) {
        if (labels.length != a.size()) throw new IllegalArgumentException("one label per region");
        int k = 0;
        for (int l : labels) k = Math.max(k, l + 1);
        int[] canonical = TreePartition.canonical(labels);
        int groups = 0;
        for (int l : canonical) groups = Math.max(groups, l + 1);
        double wss = withinSsd(labels, a);
        double tss = withinSsd(new int[a.size()], a);
        double tt = Double.NaN, tb = Double.NaN, share = Double.NaN;
        if (grpPerCapita != null && population != null) {
            TheilDecomposition t = Inequality.theil(grpPerCapita, population, canonical);
            tt = t.total();
            tb = t.between();
            share = t.total() > 0 ? t.between() / t.total() : Double.NaN;
        }
        boolean contiguous = graph != null && graph.contiguous(canonical);
        return new Fit(groups, contiguous, wss, tss, tss > 0 ? (tss - wss) / tss : Double.NaN, tt, tb, share);
    }

    /** The labels of a grouping for regions in the given order; regions in no group form one extra group. */
    public static int[] labels(Grouping grouping, List<String> codes) {
        return grouping.labels(codes);
    }

    /** WSS of a labelling (see the class comment). */
    public static double withinSsd(int[] labels, Attributes a) {
        int k = 0;
        for (int l : labels) k = Math.max(k, l + 1);
        int m = a.dimensions();
        double[][] sum = new double[k][m];
        double[] sq = new double[k], cnt = new double[k];
        for (int i = 0; i < labels.length; i++) {
            double[] row = a.values()[i];
            for (int d = 0; d < m; d++) { sum[labels[i]][d] += row[d]; sq[labels[i]] += row[d] * row[d]; }
            cnt[labels[i]]++;
        }
        double w = 0;
        for (int g = 0; g < k; g++) w += TreePartition.ssd(sum[g], sq[g], cnt[g]);
        return w;
    }
}
