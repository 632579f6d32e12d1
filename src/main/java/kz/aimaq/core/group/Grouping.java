package kz.aimaq.core.group;

import kz.aimaq.core.territory.Territory;

import java.util.*;

/**
 * A partition of regions into macro-regions (immutable value; edits make a new Grouping).
 * The invariant "every region in at most one group" is checked by the constructor.
 * Regions in no group are allowed ("ungrouped"): a planner may be halfway through an edit.
 */
public record Grouping(String id, String name, List<Group> groups) {
    public Grouping {
        groups = List.copyOf(groups);
        Set<String> seen = new HashSet<>();
        for (Group g : groups) {
            for (String k : g.members()) {
                if (!seen.add(k)) throw new IllegalArgumentException("Region " + k + " is in more than one group");
            }
        }
    }

    /**
     * The grouping's name in {@code lang} (kk, ru, en): a preset's from the bundles ("Five
     * macro-regions", "Пять макрорегионов", "Бес макроөңір"), any other grouping's own name.
     */
    public String name(String lang) {
        if (!Groupings.PRESETS.contains(id)) return name;
        return kz.aimaq.core.i18n.Messages.of(lang).get("core.grouping." + id);
    }

    /** The group a region belongs to, if any. */
    public Optional<Group> groupOf(String kato) {
        for (Group g : groups) if (g.members().contains(kato)) return Optional.of(g);
        return Optional.empty();
    }

    /** The group with that id, if any. */
    public Optional<Group> group(String groupId) {
        for (Group g : groups) if (g.id().equals(groupId)) return Optional.of(g);
        return Optional.empty();
    }

    /** Every region code in some group, in group order. */
    public List<String> groupedCodes() {
        List<String> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.members()));
        return all;
    }

    /** The codes of {@code allRegions} that are in no group, in the order given. */
    public List<String> ungrouped(Collection<String> allRegions) {
        Set<String> grouped = new HashSet<>(groupedCodes());
        return allRegions.stream().filter(k -> !grouped.contains(k)).toList();
    }

    /**
     * Group labels for regions in the given order, as the Theil between/within split takes them:
     * the index of the region's group; regions in no group are pooled into one extra "ungrouped"
     * label ({@code groups().size()}).
     */
    public int[] labels(List<String> codes) {
        int[] labels = new int[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            int label = groups.size();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).members().contains(codes.get(i))) { label = g; break; }
            }
            labels[i] = label;
        }
        return labels;
    }

    /**
     * The same groups on the units of an older territory, so that every group has values in every
     * year: a merged unit joins the group of its component of the same code (East Kazakhstan
     * before 2022 → the group of today's East Kazakhstan, not Abai's), else of its first component
     * in KATO order (South Kazakhstan 51 → Turkistan's group). Planners group today's units; this
     * maps them through the {@code parent_pre_2022} column of regions.csv ({@link Territory}).
     * Units none of whose components is grouped stay ungrouped.
     */
    public Grouping onTerritory(Territory territory) {
        if (territory == Territory.FROM_2022) return this;
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Group g : groups) members.put(g.id(), new ArrayList<>());
        for (String unit : territory.units()) {
            List<String> parts = territory.components(unit);
            String decisive = parts.contains(unit) ? unit : parts.getFirst();
            groupOf(decisive).ifPresent(g -> members.get(g.id()).add(unit));
        }
        List<Group> mapped = new ArrayList<>();
        for (Group g : groups) mapped.add(g.withMembers(members.get(g.id())));
        return new Grouping(id, name, mapped);
    }

    /** The same grouping with other groups (same id and name). */
    public Grouping withGroups(List<Group> newGroups) { return new Grouping(id, name, newGroups); }
}
