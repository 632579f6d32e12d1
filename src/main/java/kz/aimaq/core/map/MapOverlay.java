package kz.aimaq.core.map;

import kz.aimaq.core.group.DissolvedGroup;
import kz.aimaq.core.group.Grouping;

import java.util.List;

/** Something drawn over the content: typed, so an export knows what it carries. */
public sealed interface MapOverlay {

    /**
     * Macro-regions: each group's dissolved border and name; with {@code fills}, whole groups in
     * their colour with a legend of the groups instead of the content's.
     */
    record Groups(Grouping grouping, List<DissolvedGroup> dissolved, boolean fills) implements MapOverlay {
        public Groups { dissolved = List.copyOf(dissolved); }
    }
}
