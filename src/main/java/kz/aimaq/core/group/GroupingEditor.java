package kz.aimaq.core.group;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.util.*;
import java.util.function.Consumer;

/**
 * The user's editing of a grouping, with undo and redo of every edit.
 *
 * <p>Because {@link Grouping} is immutable, undo is a stack of snapshots: each edit pushes the
 * grouping it replaces. Twenty regions and a handful of groups make a snapshot a few hundred
 * bytes, so this is simpler and safer than inverse commands. An edit that changes nothing
 * (assigning a region to the group it is already in) is not recorded, so undo never appears to
 * do nothing.
 *
 * <p>Plain Java: listeners are {@code Consumer<Grouping>} called after every change (edit, undo,
 * redo) with the new grouping; the UI wraps them in its own properties.
 */
public final class GroupingEditor {

    private final Set<String> regions;
    private final Deque<Grouping> undo = new ArrayDeque<>();
    private final Deque<Grouping> redo = new ArrayDeque<>();
    private final List<Consumer<Grouping>> listeners = new ArrayList<>();
    private Grouping current;

    /** An editor over the 20 current regions of the bundled catalogue. */
    public GroupingEditor(Grouping initial) {
        this(initial, RegionCatalog.bundled().current().stream().map(Region::kato).toList());
    }

    /** @param regionCodes the codes that may be assigned (two-digit KATO) */
    public GroupingEditor(Grouping initial, Collection<String> regionCodes) {
        this.current = Objects.requireNonNull(initial);
        this.regions = new LinkedHashSet<>(regionCodes);
    }

    public Grouping current() { return current; }

    /** Codes of the editable regions in no group, in catalogue order. */
    public List<String> ungrouped() { return current.ungrouped(regions); }

    public void addListener(Consumer<Grouping> l) { listeners.add(l); }
    public void removeListener(Consumer<Grouping> l) { listeners.remove(l); }

    public boolean canUndo() { return !undo.isEmpty(); }
    public boolean canRedo() { return !redo.isEmpty(); }

    public void undo() {
        if (undo.isEmpty()) return;
        redo.push(current);
        set(undo.pop());
    }

    public void redo() {
        if (redo.isEmpty()) return;
        undo.push(current);
        set(redo.pop());
    }

    /**
     * Moves a region into a group (out of the group it was in). A null {@code groupId} leaves it
     * ungrouped.
     */
    public void assign(String kato, String groupId) {
        String code = RegionCatalog.normaliseKato(kato);
        if (!regions.contains(code)) throw new InvalidInputException("core.group.editUnknownCode", kato);
        if (groupId != null) require(groupId);
        List<Group> groups = new ArrayList<>();
        for (Group g : current.groups()) {
            List<String> m = new ArrayList<>(g.members());
            m.remove(code);
            if (g.id().equals(groupId)) m.add(code);
            groups.add(g.withMembers(m));
        }
        edit(current.withGroups(groups));
    }

    public void unassign(String kato) { assign(kato, null); }

    /**
     * Adds an empty group named {@code nameEn} in all three languages (the planner can rename each),
     * with the first palette colour not in use. Returns it, so the UI can select it.
     */
    public Group addGroup(String nameEn) {
        String name = nameEn == null || nameEn.isBlank() ? "Group " + (current.groups().size() + 1) : nameEn.trim();
        Set<String> ids = new HashSet<>();
        current.groups().forEach(g -> ids.add(g.id()));
        ids.add(GroupingFiles.UNGROUPED_ID);
        String base = slug(name);
        String id = base;
        for (int i = 2; ids.contains(id); i++) id = base + "-" + i;
        Group g = new Group(id, name, name, name, GroupPalette.next(current.groups().stream().map(Group::color).toList()), List.of());
        List<Group> groups = new ArrayList<>(current.groups());
        groups.add(g);
        edit(current.withGroups(groups));
        return g;
    }

    /** Removes a group; its members become ungrouped (not silently moved elsewhere). */
    public void removeGroup(String groupId) {
        require(groupId);
        edit(current.withGroups(current.groups().stream().filter(g -> !g.id().equals(groupId)).toList()));
    }

    /** Renames a group in one language: "en", "ru" or "kk". */
    public void rename(String groupId, String lang, String name) {
        if (name == null || name.isBlank()) throw new InvalidInputException("core.group.needsName");
        replace(require(groupId).withName(lang, name.trim()));
    }

    /** Sets a group's colour ("#RRGGBB"). */
    public void recolour(String groupId, String color) {
        replace(require(groupId).withColor(GroupPalette.normalise(color)));
    }

    /** Back to a shipped preset ("Restore default" is {@code resetToPreset(Groupings.DEFAULT_ID)}); undoable. */
    public void resetToPreset(String presetId) { edit(Groupings.preset(presetId)); }

    /** Replaces the whole grouping, e.g. with one loaded from a file; undoable. */
    public void load(Grouping grouping) { edit(Objects.requireNonNull(grouping)); }

    private void replace(Group changed) {
        edit(current.withGroups(current.groups().stream().map(g -> g.id().equals(changed.id()) ? changed : g).toList()));
    }

    private Group require(String groupId) {
        return current.group(groupId).orElseThrow(() -> new IllegalArgumentException("no group '" + groupId + "'"));
    }

    private void edit(Grouping next) {
        if (next.equals(current)) return;
        undo.push(current);
        redo.clear();
        set(next);
    }

    private void set(Grouping g) {
        current = g;
        for (Consumer<Grouping> l : List.copyOf(listeners)) l.accept(g);
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "group" : s;
    }
}
