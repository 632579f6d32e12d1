package kz.aimaq.core.regionalize;

import kz.aimaq.core.analysis.CategoricalMap;
import kz.aimaq.core.group.Group;
import kz.aimaq.core.group.GroupPalette;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.i18n.Messages;

import java.util.*;

/**
 * A proposed partition: every region of {@code codes} in exactly one of k groups.
 *
 * @param method "skater", "redcap" or "kmeans"
 * @param codes  region codes
 * @param labels group label 0..k−1 per region, numbered by each group's first region in
 *               {@code codes} order (so group 1 is the group of the first region)
 */
public record Regionalisation(String method, List<String> codes, int[] labels) {

    /** ColorBrewer Set3 (12 classes), used after Set2's eight colours run out. */
    private static final List<String> SET3 = List.of("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
            "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f");

    public Regionalisation {
        codes = List.copyOf(codes);
        labels = labels.clone();
        if (labels.length != codes.size()) throw new IllegalArgumentException("one label per region");
    }

    @Override public int[] labels() { return labels.clone(); }

    public int groups() {
        int k = 0;
        for (int l : labels) k = Math.max(k, l + 1);
        return k;
    }

    /** Region code → group number 1..k (as shown to the user). */
    public Map<String, Integer> groupOf() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) m.put(codes.get(i), labels[i] + 1);
        return m;
    }

    /** Codes of group number g (1..k), in code order. */
    public List<String> members(int g) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) if (labels[i] == g - 1) out.add(codes.get(i));
        return out;
    }

    /** The colour of group number g (1..k): Set2 up to 8 groups, Set3 (cycling) beyond. */
    public String color(int g) {
        return groups() <= GroupPalette.SET2.size() ? GroupPalette.SET2.get(g - 1) : SET3.get((g - 1) % SET3.size());
    }

    /**
     * As an editable grouping ("Group 1" / "Группа 1" / "1-топ" ..., ids "group-1" ...), which
     * {@code GroupingFiles.write} saves and the groups command reads. Oblast level only: grouping
     * files hold the 20 current regions.
     */
    public Grouping toGrouping(String id, String name) {
        Messages en = Messages.of("en"), ru = Messages.of("ru"), kk = Messages.of("kk");
        List<Group> groups = new ArrayList<>();
        for (int g = 1; g <= groups(); g++) {
            groups.add(new Group("group-" + g, en.format("regionalize.group", g), ru.format("regionalize.group", g),
                    kk.format("regionalize.group", g), color(g), members(g).stream().sorted().toList()));
        }
        return new Grouping(id, name, groups);
    }

    /** The proposal as a categorical map layer: category code = group number 1..k. */
    public CategoricalMap toCategoricalMap(String title, String lang) {
        Messages m = Messages.of(lang);
        List<CategoricalMap.Category> cats = new ArrayList<>();
        for (int g = 1; g <= groups(); g++) cats.add(new CategoricalMap.Category(g, color(g), m.format("regionalize.group", g), members(g).size()));
        return new CategoricalMap(title, groupOf(), cats);
    }

    /**
     * The regions that change macro-region against an official grouping. Each proposed group is
     * matched one-to-one to the official group it shares most regions with (the matching that
     * maximises the total overlap; exact for up to 16 official groups, greedy beyond); a region
     * "moves" when its proposed group is matched to another official group than its own, or to
     * none (when the proposal has more groups than the official one).
     */
    public List<String> moved(Grouping official) {
        int[] off = Fit.labels(official, codes);
        int q = 0;
        for (int l : off) q = Math.max(q, l + 1);
        int k = groups();
        int[][] overlap = new int[k][q];
        for (int i = 0; i < codes.size(); i++) overlap[labels[i]][off[i]]++;
        int[] match = q <= 16 ? exactMatch(overlap, k, q) : greedyMatch(overlap, k, q);
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) if (match[labels[i]] != off[i]) moved.add(codes.get(i));
        return moved;
    }

    /** match[g] = official group of proposal g, or −1; maximises Σ overlap by dynamic programming over subsets. */
    private static int[] exactMatch(int[][] ov, int k, int q) {
        int full = 1 << q;
        int[][] best = new int[k + 1][full];
        int[][] choice = new int[k + 1][full];
        for (int g = k - 1; g >= 0; g--) {
            for (int mask = 0; mask < full; mask++) {
                int b = best[g + 1][mask], c = -1;
                for (int h = 0; h < q; h++) {
                    if ((mask & (1 << h)) != 0) continue;
                    int v = ov[g][h] + best[g + 1][mask | (1 << h)];
                    if (v > b) { b = v; c = h; }
                }
                best[g][mask] = b;
                choice[g][mask] = c;
            }
        }
        int[] match = new int[k];
        int mask = 0;
        for (int g = 0; g < k; g++) {
            match[g] = choice[g][mask];
            if (match[g] >= 0) mask |= 1 << match[g];
        }
        return match;
    }

    private static int[] greedyMatch(int[][] ov, int k, int q) {
        int[] match = new int[k];
        Arrays.fill(match, -1);
        boolean[] used = new boolean[q];
        for (int step = 0; step < Math.min(k, q); step++) {
            int bg = -1, bh = -1, bv = 0;
            for (int g = 0; g < k; g++) if (match[g] < 0) for (int h = 0; h < q; h++) if (!used[h] && ov[g][h] > bv) { bv = ov[g][h]; bg = g; bh = h; }
            if (bg < 0) break;
            match[bg] = bh;
            used[bh] = true;
        }
        return match;
    }
}
