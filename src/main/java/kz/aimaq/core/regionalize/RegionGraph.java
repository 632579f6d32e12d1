package kz.aimaq.core.regionalize;

import kz.aimaq.core.stats.SpatialWeights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contiguity graph of a regionalisation: i and j are adjacent when w_ij &gt; 0 or w_ji &gt; 0
 * (so a non-symmetric weights matrix gives an undirected graph). Neighbour lists are in index
 * order, which keeps every method deterministic.
 */
public final class RegionGraph {
    private final int[][] adjacent;

    private RegionGraph(int[][] adjacent) { this.adjacent = adjacent; }

    public static RegionGraph of(SpatialWeights w) {
        double[][] m = w.weights();
        int n = w.size();
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> l = new ArrayList<>();
            for (int j = 0; j < n; j++) if (j != i && (m[i][j] > 0 || m[j][i] > 0)) l.add(j);
            adj[i] = l.stream().mapToInt(Integer::intValue).toArray();
        }
        return new RegionGraph(adj);
    }

    public int size() { return adjacent.length; }

    public int[] neighbours(int i) { return adjacent[i]; }

    public boolean adjacent(int i, int j) { return Arrays.binarySearch(adjacent[i], j) >= 0; }

    /** Connected-component label of every node, 0.. in order of the lowest index. */
    public int[] components() {
        int n = size();
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int c = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) continue;
            int[] stack = new int[n];
            int top = 0;
            stack[top++] = s;
            comp[s] = c;
            while (top > 0) {
                int v = stack[--top];
                for (int u : adjacent[v]) if (comp[u] < 0) { comp[u] = c; stack[top++] = u; }
            }
            c++;
        }
        return comp;
    }

    /**
     * Whether every group of a labelling is connected in this graph (the members of a group reach
     * each other without leaving the group). Labels are 0..k−1; an empty label is not a group.
     */
    public boolean contiguous(int[] labels) {
        int n = size();
        if (labels.length != n) throw new IllegalArgumentException("one label per region");
        boolean[] seen = new boolean[n];
        boolean[] labelDone = new boolean[Arrays.stream(labels).max().orElse(-1) + 1];
        for (int s = 0; s < n; s++) {
            if (seen[s]) continue;
            if (labelDone[labels[s]]) return false; // a second piece of a group already visited
            labelDone[labels[s]] = true;
            int[] stack = new int[n];
            int top = 0;
            stack[top++] = s;
            seen[s] = true;
            while (top > 0) {
                int v = stack[--top];
                for (int u : adjacent[v]) if (!seen[u] && labels[u] == labels[s]) { seen[u] = true; stack[top++] = u; }
            }
        }
        return true;
    }
}
