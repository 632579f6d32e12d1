package kz.aimaq.core.regionalize;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.*;

/**
 * Cuts a spanning tree (or forest) of the regions into k subtrees, the pruning step of SKATER
 * (Assunção et al. 2006, section 3) that REDCAP (Guo 2008) shares: starting from the tree's
 * connected components, repeatedly remove the one edge, over all current subtrees, whose removal
 * lowers the total within-group sum of squares the most,
 * <pre>
 *   gain(e) = SSD(T) − SSD(T_a) − SSD(T_b),   SSD(S) = Σ_{i∈S} ‖x_i − x̄_S‖²,
 * </pre>
 * among the cuts that leave both sides with at least the minimum population. Every group is a
 * subtree, hence contiguous. The search is greedy (one edge at a time, as in the paper); it does
 * not guarantee the best partition of the tree, only a good one quickly.
 *
 * <p>Edge cases: a forest with c components gives at least c groups, so k &lt; c is refused; a
 * component below the minimum population, or no admissible cut before k groups are reached, is
 * refused with a message (the constraint cannot be met by this tree). Equal gains keep the cut
 * met first (groups by lowest region index, edges in depth-first order from that region), so the
 * result is deterministic.
 */
public final class TreePartition {
    private TreePartition() {}

    /**
     * @param edges tree edges as {i, j} index pairs; must form a forest on the attributes' regions
     * @return group label per region, 0..k−1 numbered by each group's lowest region index
     */
    public static int[] cut(int[][] edges, Attributes a, int k, Constraint constraint) {
        int n = a.size();
        if (k < 1) throw new IllegalArgumentException("the number of groups must be at least 1, got " + k);
        if (k > n) throw new InvalidInputException("core.regionalize.tooManyGroups", k, n);
        List<Set<Integer>> tree = new ArrayList<>(n);
        for (int i = 0; i < n; i++) tree.add(new TreeSet<>());
        for (int[] e : edges) { tree.get(e[0]).add(e[1]); tree.get(e[1]).add(e[0]); }

        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int groups = 0;
        for (int s = 0; s < n; s++) {
            if (labels[s] >= 0) continue;
            for (int v : order(tree, s, null)) labels[v] = groups;
            groups++;
        }
        if (groups > k) throw new InvalidInputException("core.regionalize.parts", groups, k);
        if (constraint.active()) {
            double[] pop = new double[groups];
            for (int i = 0; i < n; i++) pop[labels[i]] += constraint.populationOf(i);
            for (double p : pop) if (p < constraint.minPopulation())
                throw new InvalidInputException("core.regionalize.partTooSmall", Math.round(p), Math.round(constraint.minPopulation()));
        }

        int m = a.dimensions();
        while (groups < k) {
            double bestGain = Double.NEGATIVE_INFINITY;
            int bestChild = -1, bestParent = -1;
            boolean[] rootDone = new boolean[groups];
            for (int r = 0; r < n; r++) {
                if (rootDone[labels[r]]) continue;
                rootDone[labels[r]] = true;
                // subtree sums in post-order from the group's lowest region r
                int[] parent = new int[n];
                List<Integer> pre = order(tree, r, parent);
                Map<Integer, double[]> sum = new HashMap<>();
                double[] sq = new double[n], cnt = new double[n], pop = new double[n];
                for (int idx = pre.size() - 1; idx >= 0; idx--) {
                    int v = pre.get(idx);
                    double[] s = sum.computeIfAbsent(v, x -> new double[m]);
                    double[] row = a.values()[v];
                    for (int d = 0; d < m; d++) { s[d] += row[d]; sq[v] += row[d] * row[d]; }
                    cnt[v] += 1;
                    pop[v] += constraint.populationOf(v);
                    if (v != r) {
                        int p = parent[v];
                        double[] ps = sum.computeIfAbsent(p, x -> new double[m]);
                        for (int d = 0; d < m; d++) ps[d] += s[d];
                        sq[p] += sq[v]; cnt[p] += cnt[v]; pop[p] += pop[v];
                    }
                }
                double total = ssd(sum.get(r), sq[r], cnt[r]);
                for (int v : pre) {
                    if (v == r) continue;
                    double[] rest = new double[m];
                    for (int d = 0; d < m; d++) rest[d] = sum.get(r)[d] - sum.get(v)[d];
                    if (constraint.active() && (pop[v] < constraint.minPopulation() || pop[r] - pop[v] < constraint.minPopulation())) continue;
                    double gain = total - ssd(sum.get(v), sq[v], cnt[v]) - ssd(rest, sq[r] - sq[v], cnt[r] - cnt[v]);
                    if (bestChild < 0 || gain > bestGain + 1e-12 * Math.max(1, Math.abs(bestGain))) { bestGain = gain; bestChild = v; bestParent = parent[v]; }
                }
            }
            if (bestChild < 0) throw new InvalidInputException("core.regionalize.cannotSplit", k, Math.round(constraint.minPopulation()), groups);
            tree.get(bestChild).remove(bestParent);
            tree.get(bestParent).remove(bestChild);
            for (int v : order(tree, bestChild, null)) labels[v] = groups;
            groups++;
        }
        return canonical(labels);
    }

    /** Σ‖x‖² − ‖Σx‖²/count: the sum of squared deviations from the mean. */
    static double ssd(double[] sum, double sumSq, double count) {
        if (count == 0) return 0;
        double s2 = 0;
        for (double s : sum) s2 += s * s;
        return Math.max(0, sumSq - s2 / count);
    }

    /** Depth-first pre-order of the subtree containing s; fills parent[] when given. */
    private static List<Integer> order(List<Set<Integer>> tree, int s, int[] parent) {
        List<Integer> out = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[]{s, -1});
        while (!stack.isEmpty()) {
            int[] top = stack.pop();
            int v = top[0];
            out.add(v);
            if (parent != null) parent[v] = top[1];
            List<Integer> kids = new ArrayList<>(tree.get(v));
            Collections.reverse(kids); // so the lowest index is visited first
            for (int u : kids) if (u != top[1]) stack.push(new int[]{u, v});
        }
        return out;
    }

    /** Labels renumbered 0.. in order of each group's lowest region index. */
    static int[] canonical(int[] labels) {
        Map<Integer, Integer> map = new HashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) out[i] = map.computeIfAbsent(labels[i], x -> map.size());
        return out;
    }
}
