package kz.aimaq.ui.analysis;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import kz.aimaq.core.analysis.IndexResult;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.shell.MainWindow;

/**
 * Plugs the analysis panel into the main window: a side tab, and a computed index shown on the
 * map as an indicator. Call once from {@code Features.install}. Categorical maps (typology, LISA)
 * are offered through {@code panel.viewModel().categoricalMapProperty()} for the map painter.
 */
public final class AnalysisFeature {
    private AnalysisFeature() {}

    public static AnalysisPanel install(MainWindow w) {
        String lang = w.messages().lang();
        AnalysisPanel panel = new AnalysisPanel(new AnalysisViewModel(w.viewModel().data()), lang);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(new AnalysisTexts(lang).get("analysis.title"), scroll);
        tab.setId("analysis-tab");
        tab.setClosable(false);
        w.sideTabs().getTabs().add(tab);
        panel.viewModel().indexResultProperty().addListener((o, a, r) -> { if (r != null) showOnMap(w.viewModel(), r); });
        // while the tab is open, a click on a region shows its index breakdown (the region card opens too)
        w.map().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (!tab.isSelected() || e.getClickCount() != 1 || !e.isStillSincePress()) return;
            var v = w.map().viewport();
            var layer = w.map().layerProperty().get();
            if (v == null || layer == null) return;
            var r = layer.regionAt(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
            if (r != null) panel.viewModel().selectedRegionProperty().set(r.parentKato());
        });
        String noData = w.messages().get("legend.noData");
        panel.viewModel().categoricalMapProperty().addListener((o, a, cats) -> w.viewModel().setOverlay("analysis",
                cats == null ? null : scene -> kz.aimaq.core.render.CategoricalScenes.apply(scene, cats, noData)));
        return panel;
    }

    /** Adds the index to the map's data as an indicator (replacing an earlier version) and maps it. */
    static void showOnMap(MapViewModel map, IndexResult r) {
        map.addIndicator(r.asIndicator(), r.asObservations());
        map.indicatorProperty().set(map.data().catalog().require(r.spec().id()));
        map.yearProperty().set(r.year());
        map.rebuild();
    }
}
