package kz.aimaq.core.group;

import java.util.*;

/**
 * A partition of regions into macro-regions (immutable value; edits make a new Grouping).
 * The invariant "every region in at most one group" is checked by the constructor.
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

    /** The group a region belongs to, if any. */
    public Optional<Group> groupOf(String kato) {
        for (Group g : groups) if (g.members().contains(kato)) return Optional.of(g);
        return Optional.empty();
    }
}
