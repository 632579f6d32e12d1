package kz.aimaq.ui.group;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.Localized;
import javafx.beans.property.*;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.aimaq.core.map.GroupOverlay;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.*;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * State and commands of the macro-region panel, without any node: the grouping being edited,
 * the group that map clicks assign to, the summary rows of the current year, undo/redo
 * availability and the last message for the user. The map view listens to
 * {@link #groupingProperty()} to redraw outlines.
 */
public final class GroupViewModel {

    private final GroupingEditor editor;
    private final GroupAggregator aggregator;
    private final ObservableValue<? extends Number> year;
    private final ReadOnlyObjectWrapper<Grouping> grouping = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedGroupId = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final GroupTexts texts;
    /** Off until the user switches the outlines on: they are not drawn over every map by themselves. */
    private final BooleanProperty showOnMap = new SimpleBooleanProperty(false);
    private final ObjectProperty<GroupOverlay.Mode> overlayMode = new SimpleObjectProperty<>(GroupOverlay.Mode.OUTLINES);
    private final ObservableList<GroupSummary> summary = FXCollections.observableArrayList();
    private final List<Region> regions = RegionCatalog.bundled().current();

    /**
     * @param year the year shown (bind it to the app's year slider); summaries follow it
     */
    public GroupViewModel(GroupingEditor editor, IndicatorData data, ObservableValue<? extends Number> year, GroupTexts texts) {
        this.editor = editor;
        this.texts = texts;
        this.aggregator = new GroupAggregator(data);
        this.year = year;
        grouping.set(editor.current());
        editor.addListener(g -> {
            grouping.set(g);
            if (selectedGroupId.get() != null && g.group(selectedGroupId.get()).isEmpty()) selectedGroupId.set(null);
            refresh();
        });
        year.addListener((obs, o, n) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<Grouping> groupingProperty() { return grouping.getReadOnlyProperty(); }
    public Grouping getGrouping() { return grouping.get(); }
    /** The group that a click on the map assigns regions to; null = clicks do not edit. */
    public ObjectProperty<String> selectedGroupIdProperty() { return selectedGroupId; }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** The last thing the user should know (a refused file, a click with no group selected). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** Display language of names and texts: "en", "ru" or "kk" (fixed; the app relaunches to change it). */
    public String lang() { return texts.lang(); }
    public GroupTexts texts() { return texts; }
    /** Whether the map shows the groups at all. */
    public BooleanProperty showOnMapProperty() { return showOnMap; }
    /** Outlines over the choropleth, or whole groups coloured. */
    public ObjectProperty<GroupOverlay.Mode> overlayModeProperty() { return overlayMode; }
    /** One row per group (then "ungrouped" if any) for the current year. */
    public ObservableList<GroupSummary> summary() { return summary; }
    /** The group's value of an indicator in the panel's year (sum or weighted mean, as the indicator says); NaN when it cannot be aggregated. */
    public double aggregate(kz.aimaq.core.group.Group group, kz.aimaq.core.data.Indicator indicator) {
        if (indicator == null || !GroupAggregator.canAggregate(indicator)) return Double.NaN;
        try {
            return aggregator.aggregate(group, indicator, year()).value();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public int year() { return year.getValue() == null ? 0 : year.getValue().intValue(); }
    public List<Region> regions() { return regions; }

    /**
     * Call when the user clicks a region on the map: with a group selected the region moves into
     * it (undoable) and true is returned; without one nothing changes and false is returned,
     * so the map can do its usual selection.
     */
    public boolean onRegionClicked(String kato) {
        String g = selectedGroupId.get();
        if (g == null) return false;
        return run(() -> editor.assign(kato, g));
    }

    /** Moves a region to a group; null = ungrouped (drag to the "Ungrouped" list). */
    public void assign(String kato, String groupId) { run(() -> editor.assign(kato, groupId)); }

    public void addGroup() {
        String name = texts.format("groups.newGroup", String.valueOf(editor.current().groups().size() + 1));
        run(() -> selectedGroupId.set(editor.addGroup(name).id()));
    }

    public void removeGroup(String groupId) { run(() -> editor.removeGroup(groupId)); }

    /** Renames in the display language. */
    public void rename(String groupId, String name) { run(() -> editor.rename(groupId, lang(), name)); }

    public void recolour(String groupId, String color) { run(() -> editor.recolour(groupId, color)); }

    public void undo() { editor.undo(); }
    public void redo() { editor.redo(); }

    /** "Restore default": back to the {@code five} preset, undoable like any edit. */
    public void restoreDefault() { run(() -> editor.resetToPreset(Groupings.DEFAULT_ID)); }

    /** Shows a grouping kept in the user's project (File → Open project); undoable like any edit. */
    public void load(kz.aimaq.core.group.Grouping g) { editor.load(g); }

    /** Opens a grouping file; a bad file leaves the grouping unchanged and says why. */
    public boolean open(Path file) {
        try {
            editor.load(GroupingFiles.read(file));
            message.set(texts.format("groups.opened", file.getFileName().toString()));
            return true;
        } catch (IOException e) {
            message.set(Localized.message(e, Messages.of(lang())));
            return false;
        }
    }

    public boolean save(Path file) {
        try {
            GroupingFiles.write(file, editor.current());
            message.set(texts.format("groups.saved", file.getFileName().toString()));
            return true;
        } catch (IOException e) {
            message.set(texts.format("groups.saveFailed", file.toString(), String.valueOf(e.getMessage())));
            return false;
        }
    }

    /** The short display name of a region ("Akmola"). */
    public String regionName(String kato) {
        return RegionCatalog.bundled().byKato(kato).map(r -> r.shortName(lang())).orElse(kato);
    }

    private boolean run(Runnable edit) {
        try {
            edit.run();
            message.set("");
            return true;
        } catch (IllegalArgumentException e) {
            message.set(Localized.message(e, Messages.of(lang())));
            return false;
        }
    }

    private void refresh() {
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        summary.setAll(aggregator.summary(editor.current(), year()));
    }
}
