package kz.aimaq.ui.scenario;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.*;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.aimaq.core.classify.Palettes;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.map.MapContent;
import kz.aimaq.core.map.MapLayer;
import kz.aimaq.core.render.PreparedLayer;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.render.Viewport;
import kz.aimaq.core.scenario.Band;
import kz.aimaq.core.scenario.MonteCarloResult;
import kz.aimaq.core.scenario.Trajectory;
import kz.aimaq.ui.map.MapCanvas;
import kz.aimaq.core.stats.Contiguity;
import kz.aimaq.core.stats.SpatialWeights;
import kz.aimaq.ui.common.AppContext;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The scenario side tab, and the projected map: after a run the map can show GRP per capita at
 * any simulated year, or the difference between the two scenarios. The panel is built the
 * first time the tab is opened (it needs the map's contiguity weights), so start-up stays fast.
 */
public final class ScenarioFeature {
    private ScenarioFeature() {}

    /** Installs the tab; the returned property holds the panel once the tab has been opened. */
    public static javafx.beans.property.ReadOnlyObjectProperty<ScenarioPanel> install(AppContext w, Supplier<Grouping> grouping) {
        var built = new javafx.beans.property.SimpleObjectProperty<ScenarioPanel>();
        String lang = w.messages().lang();
        ScenarioTexts t = new ScenarioTexts(lang);
        Tab tab = new Tab(t.get("scenario.title"), new Label(t.get("scenario.loading")));
        tab.setClosable(false);
        tab.setId("scenario-tab");
        w.sideTabs().getTabs().add(tab);
        boolean[] building = {false};
        tab.selectedProperty().addListener((o, was, selected) -> {
            // by a flag, not by the content: the shell parks the content of hidden tabs
            if (!selected || building[0]) return;
            building[0] = true;
            CompletableFuture.supplyAsync(ScenarioFeature::weights).thenAccept(weights -> Platform.runLater(() -> {
                ScenarioPanel panel = new ScenarioPanel(w.viewModel().data(), grouping, weights, lang);
                panel.addUnderRunControls(mapControls(w, panel, t));
                panel.showResultsIn((title, node) -> w.openView("scenario-results", title, node));
                routeMapClicks(w.map(), panel.viewModel(), tab);
                // leaving the tab ends picking, so a later click opens the region card as usual
                tab.selectedProperty().addListener((x, was2, now) -> {
                    if (!now) panel.viewModel().pickModeProperty().set(ScenarioViewModel.PickMode.NONE);
                });
                ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(panel);
                scroll.setFitToWidth(true);
                tab.setContent(scroll);
                w.localiseEmptyTables(panel);
                built.set(panel);
            })).exceptionally(e -> { Platform.runLater(() -> { building[0] = false; w.showError(e.getMessage()); }); return null; });
        });
        return built;
    }

    /** Queen contiguity of the oblast map, row-standardised: the default spillover weights. */
    private static SpatialWeights weights() {
        try {
            return Contiguity.queen(RegionLayers.load(MapLevel.OBLAST)).rowStandardised();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * While the scenario tab is shown and "Pick poles" or "Pick targets" is on, a plain click on a
     * region toggles it in the list and is consumed, so the region card does not also open. Like the
     * groups feature, this is an event filter that runs before the map's own click handler (which
     * stays as it is); drags (panning) and double clicks (zoom) pass through.
     */
    static void routeMapClicks(MapCanvas map, ScenarioViewModel vm, Tab tab) {
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) return;
            if (!tab.isSelected() || vm.pickModeProperty().get() == ScenarioViewModel.PickMode.NONE) return;
            Viewport v = map.viewport();
            PreparedLayer layer = map.layerProperty().get();
            if (v == null || layer == null) return;
            MapRegion r = layer.regionAt(v.toWorldX(e.getX()), v.toWorldY(e.getY()));
            if (r != null && vm.onRegionClicked(r.parentKato())) e.consume();
        });
    }

    static final String LAYER_ID = "scenario";

    private static VBox mapControls(AppContext w, ScenarioPanel panel, ScenarioTexts t) {
        CheckBox onMap = new CheckBox(t.get("scenario.map.show"));
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().setAll(t.get("scenario.map.current"), t.get("scenario.map.difference"));
        what.getSelectionModel().selectFirst();
        Slider year = new Slider(0, 1, 1);
        year.setShowTickLabels(true);
        year.setMajorTickUnit(5);
        year.setMinorTickCount(4);
        year.setSnapToTicks(true);
        year.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override public String toString(Double d) { return String.valueOf(Math.round(d)); } // a year, not 2,025
            @Override public Double fromString(String s) { return Double.parseDouble(s); }
        });
        Label yearLabel = new Label();
        HBox.setHgrow(year, Priority.ALWAYS);
        year.disableProperty().bind(onMap.selectedProperty().not());
        what.disableProperty().bind(onMap.selectedProperty().not());
        onMap.disableProperty().bind(panel.resultProperty().isNull());

        Runnable update = () -> {
            Trajectory cur = panel.resultProperty().get();
            if (!onMap.isSelected() || cur == null) { w.viewModel().removeLayer(LAYER_ID); return; }
            int y = (int) Math.round(year.getValue());
            yearLabel.setText(String.valueOf(y));
            Trajectory cmp = panel.viewModel().comparisonProperty().get();
            boolean diff = what.getSelectionModel().getSelectedIndex() == 1 && cmp != null;
            MonteCarloResult bands = diff ? null : panel.viewModel().bandsProperty().get();
            MapContent content = projected(w, cur, diff ? cmp : null, bands, y, t);
            String name = t.get("scenario.title") + ": " + (diff ? cur.scenario().name() + " − " + cmp.scenario().name()
                    : cur.scenario().name()) + ", " + y;
            w.viewModel().putLayer(MapLayer.content(LAYER_ID, MapLayer.Kind.SCENARIO, name, MapLevel.OBLAST, content));
        };
        // removed from the layer list: the check box follows
        w.viewModel().layerStackProperty().addListener((o, a, b) -> {
            if (a.get(LAYER_ID).isPresent() && b.get(LAYER_ID).isEmpty()) onMap.setSelected(false);
        });
        panel.resultProperty().addListener((o, a, tr) -> {
            if (tr == null) return;
            year.setMin(tr.base().year());
            year.setMax(tr.end().year());
            year.setValue(tr.end().year());
            update.run();
        });
        onMap.selectedProperty().addListener((o, a, b) -> update.run());
        what.valueProperty().addListener((o, a, b) -> update.run());
        year.valueProperty().addListener((o, a, b) -> update.run());
        VBox box = new VBox(6, onMap, new HBox(8, what), new HBox(8, year, yearLabel));
        box.setPadding(new Insets(8, 8, 0, 8));
        return box;
    }

    /**
     * "P5–P95: a – b" (GRP per capita, thousand KZT per person, of the Monte Carlo runs in that
     * year) for each region with a band: extra tooltip lines of the projected map.
     */
    static Map<String, String> bandNotes(MonteCarloResult bands, int year, ScenarioTexts t, NumberFormat number) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (bands == null) return notes;
        int k = year - bands.baseYear();
        number.setMinimumFractionDigits(0);
        number.setMaximumFractionDigits(0);
        for (int i = 0; i < bands.codes().size(); i++) {
            Band b = bands.regionGrpPerCapita().get(i);
            if (k < 0 || k >= b.p5().length) continue;
            notes.put(bands.codes().get(i), t.format("scenario.map.band", number.format(b.p5()[k]), number.format(b.p95()[k])));
        }
        return notes;
    }

    /**
     * The content of a simulated year: GRP per capita of the current scenario, or current minus
     * comparison (drawn on a diverging scale centred on zero).
     */
    static MapContent projected(AppContext w, Trajectory cur, Trajectory cmp, MonteCarloResult bands, int year, ScenarioTexts t) {
        Indicator base = w.viewModel().data().catalog().require("grp_per_capita");
        Map<String, Double> values = new LinkedHashMap<>(cur.grpPerCapita(year));
        if (cmp != null) {
            Map<String, Double> other = cmp.grpPerCapita(year);
            values.replaceAll((k, v) -> v - other.getOrDefault(k, Double.NaN));
            values.values().removeIf(v -> v.isNaN());
            return new MapContent.ScenarioDifference(cur.scenario().name(), cmp.scenario().name(), base, year, values);
        }
        return new MapContent.ScenarioYear(cur.scenario().name(), base, year, values,
                bandNotes(bands, year, t, NumberFormat.getNumberInstance(Locale.forLanguageTag(w.messages().lang()))));
    }
}
