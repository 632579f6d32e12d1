package kz.aimaq.core.regionalize;

import kz.aimaq.core.stats.SpatialWeights;

import java.util.ArrayList;
import java.util.List;

/**
 * REDCAP, REgionalization with Dynamically Constrained Agglomerative clustering and Partitioning
 * (Guo 2008, <i>International Journal of Geographical Information Science</i> 22(7)), in its
 * Full-Order-CLK form, the variant Guo found best:
 * <ol>
 *   <li>start with every region as its own cluster; two clusters are contiguous when some pair of
 *       their regions is;</li>
 *   <li>repeatedly merge the two contiguous clusters with the smallest complete-linkage distance
 *       (the largest squared attribute distance between a region of one and a region of the other;
 *       "full order": the linkage is updated after every merge), and add to the tree the shortest
 *       contiguity edge between them;</li>
 *   <li>cut the resulting spanning tree into k groups with {@link TreePartition}, as SKATER does.</li>
 * </ol>
 * Complete linkage is unchanged by any increasing transform of the distance, so squared or plain
 * Euclidean distance give the same tree. Equal distances merge the pair with the lowest cluster
 * indices first. O(n³) for n regions: instant for 224 districts.
 */
public final class Redcap {
    private Redcap() {}

    public static final String METHOD = "redcap";

    public static Regionalisation of(Attributes a, SpatialWeights w, int k, Constraint constraint) {
        Skater.check(a, w);
        int[][] tree = fullOrderCompleteLinkageTree(a, RegionGraph.of(w));
        return new Regionalisation(METHOD, a.codes(), TreePartition.cut(tree, a, k, constraint));
    }

    static int[][] fullOrderCompleteLinkageTree(Attributes a, RegionGraph g) {
        int n = g.size();
        double[][] link = new double[n][n];
        boolean[][] contiguous = new boolean[n][n];
        int[] cluster = new int[n];
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i;
            active[i] = true;
            for (int j = 0; j < n; j++) link[i][j] = a.distance2(i, j);
            for (int j : g.neighbours(i)) contiguous[i][j] = true;
        }
        List<int[]> tree = new ArrayList<>();
        while (true) {
            int ba = -1, bb = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int p = 0; p < n; p++) {
                if (!active[p]) continue;
                for (int q = p + 1; q < n; q++) {
                    if (active[q] && contiguous[p][q] && link[p][q] < best) { best = link[p][q]; ba = p; bb = q; }
                }
            }
            if (ba < 0) break; // one cluster per connected part of the map
            // the shortest contiguity edge between the two clusters joins the tree
            int ei = -1, ej = -1;
            double shortest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (cluster[i] != ba) continue;
                for (int j : g.neighbours(i)) {
                    if (cluster[j] == bb && a.distance2(i, j) < shortest) { shortest = a.distance2(i, j); ei = i; ej = j; }
                }
            }
            tree.add(new int[]{Math.min(ei, ej), Math.max(ei, ej)});
            for (int i = 0; i < n; i++) if (cluster[i] == bb) cluster[i] = ba;
            active[bb] = false;
            for (int x = 0; x < n; x++) {
                link[ba][x] = link[x][ba] = Math.max(link[ba][x], link[bb][x]);
                contiguous[ba][x] = contiguous[x][ba] = contiguous[ba][x] || contiguous[bb][x];
            }
            contiguous[ba][ba] = false;
        }
        return tree.toArray(int[][]::new);
    }
}
