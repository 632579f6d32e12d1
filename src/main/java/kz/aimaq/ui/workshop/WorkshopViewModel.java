package kz.aimaq.ui.workshop;

import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.map.*;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.territory.Territory;
import kz.aimaq.core.workspace.MapSettings;
import kz.aimaq.core.workspace.SavedView;
import kz.aimaq.ui.map.MapViewModel;

import java.util.*;
import java.util.function.Consumer;

/**
 * The saved views and which one is shown. Capturing reads the map session; showing a view sets
 * it back (classes, indicator, year, level, territory, then the visible layers, because a new
 * indicator hides the result layers). No nodes here.
 */
public final class WorkshopViewModel {
    private final MapViewModel vm;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);

    /** Puts a view's macro-region grouping back (the groups feature knows groupings; this model does not). */
    private Consumer<String> groupingChooser = id -> {};

    public WorkshopViewModel(MapViewModel vm) { this.vm = vm; }

    /** How a view's grouping id is restored: by default it is not (only its layer's visibility is). */
    public void setGroupingChooser(Consumer<String> chooser) { groupingChooser = chooser == null ? id -> {} : chooser; }

    public ObservableList<SavedView> views() { return views; }

    /** Index of the view last shown, −1 before any. */
    public IntegerProperty currentProperty() { return current; }

    /** What the map shows now, as a view named {@code name} (the map's title when blank). */
    public SavedView capture(String name) {
        ChoroplethSpec s = vm.specProperty().get();
        List<Double> breaks = s.manualBreaks() == null ? List.of() : Arrays.stream(s.manualBreaks()).boxed().toList();
        MapSettings map = new MapSettings(vm.levelProperty().get().name().toLowerCase(Locale.ROOT),
                vm.indicatorProperty().get().id(), vm.yearProperty().get(), s.method().id(), s.classes(), s.paletteId(),
                s.reversePalette(), breaks, s.labels(), vm.langProperty().get());
        MapModel model = vm.modelProperty().get();
        String grouping = null, scenario = null;
        if (model != null) {
            for (MapOverlay o : model.overlays()) if (o instanceof MapOverlay.Groups g) grouping = g.grouping().id();
            if (model.content() instanceof MapContent.ScenarioYear sy) scenario = sy.scenarioName();
            if (model.content() instanceof MapContent.ScenarioDifference sd) scenario = sd.scenarioName();
        }
        List<SavedView.Layer> layers = new ArrayList<>();
        for (MapLayer l : vm.layerStackProperty().get().layers()) {
            if (l.kind() != MapLayer.Kind.INDICATOR && l.visible()) layers.add(new SavedView.Layer(l.id(), l.kind().name()));
        }
        String n = name == null || name.isBlank() ? (model == null ? map.indicator() : model.frame().title()) : name.strip();
        return new SavedView(n, map, vm.todaysTerritoryProperty().get(), grouping, layers, scenario);
    }

    /** The second line of a view in the list: indicator (in the interface language), year, scenario. */
    public String describe(SavedView v) {
        String lang = vm.langProperty().get();
        String ind = vm.data().catalog().byId(v.map().indicator()).map(i -> i.name(lang)).orElse(v.map().indicator());
        return ind + ", " + v.map().year() + (v.scenario() == null ? "" : " · " + v.scenario());
    }

    /** Adds the current map as a view at the end; returns its index. */
    public int addCurrent(String name) {
        views.add(capture(name));
        return views.size() - 1;
    }

    public void rename(int i, String name) {
        if (i >= 0 && i < views.size() && name != null && !name.isBlank()) views.set(i, views.get(i).withName(name.strip()));
    }

    public void delete(int i) {
        if (i < 0 || i >= views.size()) return;
        views.remove(i);
        if (current.get() >= views.size()) current.set(views.size() - 1);
    }

    /** Moves a view up (−1) or down (+1); returns its new index. */
    public int move(int i, int delta) {
        int j = i + delta;
        if (i < 0 || i >= views.size() || j < 0 || j >= views.size()) return i;
        SavedView v = views.remove(i);
        views.add(j, v);
        return j;
    }

    /** Shows view {@code i} on the map. */
    public void show(int i) {
        if (i < 0 || i >= views.size()) return;
        current.set(i);
        apply(views.get(i));
    }

    /** The next view (stays on the last). */
    public void next() { if (current.get() < views.size() - 1) show(current.get() + 1); }

    /** The previous view (stays on the first). */
    public void previous() { if (current.get() > 0) show(current.get() - 1); }

    /**
     * Sets a view on the map. Unknown parts (an indicator this build lacks, a year without data,
     * a layer no longer in the list) keep the current choice: the rest of the view still shows.
     */
    public void apply(SavedView v) {
        MapSettings m = v.map();
        ChoroplethSpec s = vm.specProperty().get();
        ChoroplethSpec next = m.spec(s).withSameBreaksAllYears(s.sameBreaksAllYears());
        if (!next.equals(s)) vm.specProperty().set(next);
        MapLevel level = "district".equalsIgnoreCase(m.level()) ? MapLevel.DISTRICT : MapLevel.OBLAST;
        if (vm.levelProperty().get() != level) vm.levelProperty().set(level);
        vm.data().catalog().byId(m.indicator()).filter(vm.indicators()::contains).ifPresent(i -> {
            if (!i.equals(vm.indicatorProperty().get())) vm.indicatorProperty().set(i);
        });
        if (vm.years().contains(m.year()) && vm.yearProperty().get() != m.year()) vm.yearProperty().set(m.year());
        if (vm.todaysTerritoryProperty().get() != v.todaysTerritory()) vm.todaysTerritoryProperty().set(v.todaysTerritory());
        // the grouping before the layers: a new grouping replaces the macro-region layer
        if (v.grouping() != null && !v.grouping().isBlank()) groupingChooser.accept(v.grouping());
        Set<String> visible = new HashSet<>();
        for (SavedView.Layer l : v.layers()) visible.add(l.id());
        for (MapLayer l : vm.layerStackProperty().get().layers()) {
            if (l.kind() == MapLayer.Kind.INDICATOR) continue;
            boolean on = visible.contains(l.id());
            if (l.visible() != on) vm.setLayerVisible(l.id(), on);
        }
    }

    /** True when the drawn map is the view's: indicator and year (of the indicator layer), level and territory. */
    boolean shows(SavedView v) {
        MapModel model = vm.modelProperty().get();
        if (model == null) return false;
        MapSettings m = v.map();
        MapLevel level = "district".equalsIgnoreCase(m.level()) ? MapLevel.DISTRICT : MapLevel.OBLAST;
        if (model.boundaries().layer().level() != level) return false;
        if (level == MapLevel.OBLAST) {
            Territory want = v.todaysTerritory() ? Territory.FROM_2022 : Territory.forYear(vm.yearProperty().get());
            if (ChoroplethScenes.territoryOf(model.boundaries()).map(t -> t != want).orElse(false)) return false;
        }
        if (model.content() instanceof MapContent.IndicatorValues iv) {
            return iv.indicator().equals(vm.indicatorProperty().get()) && iv.year() == vm.yearProperty().get();
        }
        return true;
    }

    /**
     * Shows the view and hands over the drawn model once the map shows it (a territory's layer
     * may have to load first); after 20 s whatever is drawn is handed over.
     */
    public void showThen(SavedView v, Consumer<MapModel> then) {
        apply(v);
        if (shows(v)) { then.accept(vm.modelProperty().get()); return; }
        PauseTransition timeout = new PauseTransition(Duration.seconds(20));
        ChangeListener<Number> l = new ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                if (!shows(v)) return;
                vm.revisionProperty().removeListener(this);
                timeout.stop();
                then.accept(vm.modelProperty().get());
            }
        };
        vm.revisionProperty().addListener(l);
        timeout.setOnFinished(e -> {
            vm.revisionProperty().removeListener(l);
            if (vm.modelProperty().get() != null) then.accept(vm.modelProperty().get());
        });
        timeout.play();
    }

    /**
     * The picture of a model as a slide or on the projector: the frame's title and subtitle, the
     * legend, scale bar, source and boundary credit always on.
     */
    public static MapScene slideScene(MapModel model) {
        MapFrame f = model.frame();
        SnapshotLayout layout = SnapshotLayout.of(f.title(), f.subtitle()).withNorthArrow(false).withDate(false);
        return layout.apply(model.draw().scene(), f.attribution(), model.lang());
    }
}
