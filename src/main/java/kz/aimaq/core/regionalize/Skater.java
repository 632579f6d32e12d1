package kz.aimaq.core.regionalize;

import kz.aimaq.core.stats.SpatialWeights;

import java.util.*;

/**
 * SKATER, Spatial 'K'luster Analysis by Tree Edge Removal (Assunção, Neves, Câmara &amp; Freitas
 * 2006, <i>International Journal of Geographical Information Science</i> 20(7)):
 * <ol>
 *   <li>weight every edge of the contiguity graph by the squared Euclidean distance between its two
 *       regions' standardised attributes;</li>
 *   <li>take a minimum spanning tree of that graph (Kruskal; equal costs in the order of the lower,
 *       then the higher region index, so the tree is unique for given input);</li>
 *   <li>cut it into k subtrees with {@link TreePartition} (greedy: each cut lowers the total
 *       within-group sum of squares most, under the optional minimum population).</li>
 * </ol>
 * Contiguity comes from the tree: every group is a subtree of the contiguity graph. The result is
 * a heuristic; the greedy cuts are not guaranteed to find the best contiguous partition.
 */
public final class Skater {
    private Skater() {}

    public static final String METHOD = "skater";

    public static Regionalisation of(Attributes a, SpatialWeights w, int k, Constraint constraint) {
        check(a, w);
        int[][] tree = minimumSpanningTree(a, RegionGraph.of(w));
        return new Regionalisation(METHOD, a.codes(), TreePartition.cut(tree, a, k, constraint));
    }

    /** Kruskal's minimum spanning forest of the contiguity graph under squared attribute distance. */
    static int[][] minimumSpanningTree(Attributes a, RegionGraph g) {
        int n = g.size();
        List<double[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) for (int j : g.neighbours(i)) if (j > i) edges.add(new double[]{a.distance2(i, j), i, j});
        edges.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]).thenComparingDouble(e -> e[2]));
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = i;
        List<int[]> tree = new ArrayList<>();
        for (double[] e : edges) {
            int i = (int) e[1], j = (int) e[2];
            int ri = find(root, i), rj = find(root, j);
            if (ri == rj) continue;
            root[Math.max(ri, rj)] = Math.min(ri, rj);
            tree.add(new int[]{i, j});
        }
        return tree.toArray(int[][]::new);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) { root[i] = root[root[i]]; i = root[i]; }
        return i;
    }

    static void check(Attributes a, SpatialWeights w) {
        if (!a.codes().equals(w.codes())) throw new IllegalArgumentException("the weights must list the same regions in the same order as the attributes (use weights.reorder(codes))");
    }
}
