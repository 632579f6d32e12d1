package kz.aimaq.ui.group;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.Localized;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.map.GroupOverlay;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.GroupingEditor;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.render.Viewport;
import kz.aimaq.ui.map.MapCanvas;
import kz.aimaq.ui.common.AppContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Plugs macro-regions into the main window: a "Macro-regions" side tab with the {@link GroupPanel},
 * map clicks that assign the clicked region while a group is selected, and the groups drawn on
 * the map (outlines or whole-group fills) through the map's overlay. One line in
 * {@code Features.install}: {@code GroupFeature.install(w);}
 */
public final class GroupFeature {
    private GroupFeature() {}

    /** Installs the feature and returns its panel (e.g. for tests or a menu). */
    public static GroupPanel install(AppContext w) {
        GroupPanel panel = new GroupPanel(viewModel(w));
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(panel);
        Tab tab = addTab(w, scroll);
        // the indicator column and chart wait while the tab is hidden (a recolour lays out nothing unseen)
        panel.showIndicator(w.viewModel().indicatorProperty(), tab.selectedProperty());
        routeMapClicks(w.map(), panel.viewModel());
        new MapOverlay(w, panel.viewModel()).watch();
        return panel;
    }

    /**
     * Installs the feature with its panel built when the tab first joins the window's scene (the
     * shell attaches hidden side tabs after the first map frame, or when opened): the panel's cards,
     * tables and chart were about a quarter of the features' start-up on the UI thread. The
     * grouping, the map clicks and the overlay work from the start, as with {@link #install}.
     * Returns the view model the other features and the project read the grouping from.
     */
    public static GroupViewModel installWithPanelOnShow(AppContext w) {
        GroupViewModel vm = viewModel(w);
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.uncached(new ScrollPane());
        Tab tab = addTab(w, scroll);
        kz.aimaq.ui.common.BuildOnFirstShow.content(scroll, () -> {
            GroupPanel panel = new GroupPanel(vm);
            panel.showIndicator(w.viewModel().indicatorProperty(), tab.selectedProperty());
            return panel;
        });
        routeMapClicks(w.map(), vm);
        new MapOverlay(w, vm).watch();
        return vm;
    }

    private static GroupViewModel viewModel(AppContext w) {
        return new GroupViewModel(new GroupingEditor(Groupings.defaultGrouping()), w.viewModel().data(),
                w.viewModel().yearProperty(), GroupTexts.of(w.messages().lang()));
    }

    private static Tab addTab(AppContext w, ScrollPane scroll) {
        scroll.setFitToWidth(true);
        Tab tab = new Tab(GroupTexts.of(w.messages().lang()).get("groups.tab"), scroll);
        tab.setClosable(false);
        tab.setId("groups-tab");
        w.sideTabs().getTabs().add(tab);
        return tab;
    }

    /**
     * While a group is selected, a plain click on the map assigns the region under the pointer and
     * is consumed, so the map's own click (the region card) does not also open. A filter runs
     * before the map's handler; drags (panning) and double clicks (zoom) pass through.
     */
    static void routeMapClicks(MapCanvas map, GroupViewModel groups) {
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) return;
            if (groups.selectedGroupIdProperty().get() == null) return;
            Viewport v = map.viewport();
            PreparedLayer layer = map.layerProperty().get();
            if (v == null || layer == null) return;
            MapRegion r = layer.regionAt(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
            if (r != null && groups.onRegionClicked(r.parentKato())) e.consume();
        });
    }

    /**
     * Keeps the map's overlay in step with the grouping, the layer and the panel's map options.
     * Dissolving takes about 0.1 s for the oblasts, more for the districts, so it runs off the UI
     * thread; a result that an edit has overtaken is dropped.
     */
    private static final class MapOverlay {
        static final String LAYER_ID = "groups";
        private final AppContext w;
        private final GroupViewModel vm;
        private final AtomicLong generation = new AtomicLong();

        MapOverlay(AppContext w, GroupViewModel vm) { this.w = w; this.vm = vm; }

        void watch() {
            vm.groupingProperty().addListener((o, a, b) -> update());
            vm.showOnMapProperty().addListener((o, a, b) -> update());
            vm.overlayModeProperty().addListener((o, a, b) -> update());
            w.viewModel().layerProperty().addListener((o, a, b) -> update());
            // removed from the layer list: the panel's "show on map" follows
            w.viewModel().layerStackProperty().addListener((o, a, b) -> {
                if (a.get(LAYER_ID).isPresent() && b.get(LAYER_ID).isEmpty()) vm.showOnMapProperty().set(false);
            });
            update();
        }

        private void update() {
            long gen = generation.incrementAndGet();
            PreparedLayer layer = w.viewModel().layerProperty().get();
            if (!vm.showOnMapProperty().get() || layer == null) {
                apply(gen, null, null);
                return;
            }
            // an older year's map has the old units: the groups follow them (East Kazakhstan before 2022 in East, ...)
            Grouping grouping = kz.aimaq.core.render.ChoroplethScenes.territoryOf(layer).map(vm.getGrouping()::onTerritory)
                    .orElse(vm.getGrouping());
            GroupOverlay.Mode mode = vm.overlayModeProperty().get();
            String lang = vm.lang();
            CompletableFuture.supplyAsync(() -> GroupOverlay.overlay(layer.layer(), grouping, mode))
                    .thenAccept(f -> Platform.runLater(() -> apply(gen, f, layer)))
                    .exceptionally(e -> { Platform.runLater(() -> w.showError(Localized.message(e, Messages.of(lang)))); return null; });
        }

        private void apply(long gen, kz.aimaq.core.map.MapOverlay.Groups overlay, PreparedLayer layer) {
            if (gen != generation.get()) return;
            if (overlay == null) { w.viewModel().removeLayer(LAYER_ID); return; }
            var m = kz.aimaq.core.i18n.Messages.of(vm.lang());
            String name = m.get("layers.kind.groups") + ": " + kz.aimaq.core.map.MapScenes.groupingName(overlay.grouping(), m);
            // re-dissolved for another year's territory: a layer the user (or a workshop view) hid stays hidden
            boolean hidden = w.viewModel().layerStackProperty().get().get(LAYER_ID).map(l -> !l.visible()).orElse(false);
            w.viewModel().putLayer(kz.aimaq.core.map.MapLayer.overlay(LAYER_ID, kz.aimaq.core.map.MapLayer.Kind.GROUPS, name,
                    layer.layer().level(), overlay));
            if (hidden) w.viewModel().setLayerVisible(LAYER_ID, false);
        }
    }
}
