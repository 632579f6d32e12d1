package kz.aimaq.ui.analysis;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import kz.aimaq.core.analysis.IndexResult;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.map.MapLayer;
import kz.aimaq.core.map.MapScenes;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.common.AppContext;

/**
 * Plugs the analysis panel into the main window: a side tab, and a computed index shown on the
 * map as an index layer. Call once from {@code Features.install}. Typology and LISA results arrive
 * as analysis layers in the map's layer list, where the user hides or removes them.
 */
public final class AnalysisFeature {
    private AnalysisFeature() {}

    public static AnalysisPanel install(AppContext w) {
        String lang = w.messages().lang();
        AnalysisPanel panel = new AnalysisPanel(new AnalysisViewModel(w.viewModel().data()), lang);
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(panel);
        Tab tab = addTab(w, scroll);
        showResultsInMainArea(w, panel);
        wire(w, panel.viewModel(), tab);
        return panel;
    }

    /**
     * Installs the feature with its panel built when the tab first joins the window's scene (the
     * shell attaches hidden side tabs after the first map frame, or when opened), so its four
     * sections are not built and styled before the first map. Index, typology and LISA results
     * reach the map and the main area as with {@link #install}. Returns the view model (the project
     * saves the composite index from it).
     */
    public static AnalysisViewModel installWithPanelOnShow(AppContext w) {
        String lang = w.messages().lang();
        AnalysisViewModel vm = new AnalysisViewModel(w.viewModel().data());
        vm.langProperty().set(new AnalysisTexts(lang).lang()); // as the panel sets it: results are titled in the app's language before it is built
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.uncached(new ScrollPane());
        Tab tab = addTab(w, scroll);
        kz.aimaq.ui.common.BuildOnFirstShow.content(scroll, () -> {
            AnalysisPanel panel = new AnalysisPanel(vm, lang);
            showResultsInMainArea(w, panel);
            return panel;
        });
        wire(w, vm, tab);
        return vm;
    }

    private static Tab addTab(AppContext w, ScrollPane scroll) {
        scroll.setFitToWidth(true);
        Tab tab = new Tab(new AnalysisTexts(w.messages().lang()).get("analysis.title"), scroll);
        tab.setId("analysis-tab");
        tab.setClosable(false);
        w.sideTabs().getTabs().add(tab);
        return tab;
    }

    /** The index beside the map (a click on a region there shows its breakdown in the view), other results as views. */
    private static void showResultsInMainArea(AppContext w, AnalysisPanel panel) {
        panel.showResultsIn((id, title, node) -> {
            if (id.equals("analysis-index")) w.openViewBesideMap(id, title, node);
            else w.openView(id, title, node);
        });
    }

    /** The map side of the feature: results onto the map, region clicks into the index breakdown. */
    private static void wire(AppContext w, AnalysisViewModel vm, Tab tab) {
        vm.indexResultProperty().addListener((o, a, r) -> { if (r != null) showOnMap(w.viewModel(), r); });
        // while the tab is open, a click on a region shows its index breakdown (the region card opens too)
        w.map().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (!tab.isSelected() || e.getClickCount() != 1 || !e.isStillSincePress()) return;
            var v = w.map().viewport();
            var layer = w.map().layerProperty().get();
            if (v == null || layer == null) return;
            var r = layer.regionAt(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
            if (r != null) vm.selectedRegionProperty().set(r.parentKato());
        });
        // a typology or LISA arrives as a layer of its own (one per kind), above the indicator
        vm.mapContentProperty().addListener((o, a, c) -> {
            if (c == null) return;
            String id = "analysis:" + c.kind().name().toLowerCase(java.util.Locale.ROOT);
            w.viewModel().putLayer(MapLayer.content(id, MapLayer.Kind.ANALYSIS, c.categories().title(),
                    kz.aimaq.core.geo.MapLevel.OBLAST, c));
        });
    }

    /**
     * Adds the index to the map's data as an indicator (replacing an earlier version), so it can be
     * chosen like any other, and shows it as an index layer above whatever the map shows now.
     */
    static void showOnMap(MapViewModel map, IndexResult r) {
        map.addIndicator(r.asIndicator(), r.asObservations());
        Indicator ind = map.data().catalog().require(r.spec().id());
        var layer = map.layerProperty().get();
        if (layer == null) return;
        var content = MapScenes.indicator(map.data(), layer, ind, r.year(), map.specProperty().get());
        String lang = map.langProperty().get();
        map.putLayer(MapLayer.content("index:" + ind.id(), MapLayer.Kind.INDEX, ind.name(lang) + ", " + r.year(),
                layer.layer().level(), content));
    }
}
