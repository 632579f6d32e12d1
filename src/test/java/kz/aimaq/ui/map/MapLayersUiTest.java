package kz.aimaq.ui.map;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.map.MapContent;
import kz.aimaq.core.map.MapLayer;
import kz.aimaq.ui.analysis.AnalysisFeature;
import kz.aimaq.ui.analysis.AnalysisPanel;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The layer list in the real window: a LISA result arrives as a layer, choosing another
 * indicator, year or level shows that indicator again, and removing the LISA layer returns to
 * the choropleth; scenario and index layers can be shown, hidden and removed.
 */
class MapLayersUiTest {
    static MainWindow window;
    static AnalysisPanel panel;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, IndicatorData.bundled().copy(), "ru", l -> {});
            panel = AnalysisFeature.install(window);
            window.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().choroplethProperty().get() != null);
        // hidden side tabs are styled (skins made) just after the first map frame, out of the scene
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.getSkin() != null);
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    private static MapViewModel vm() { return window.viewModel(); }

    private static String legendTitle() { return vm().sceneProperty().get().legend().title(); }

    @Test
    void lisaIsALayerThatGivesWayToANewChoiceAndCanBeRemoved() throws Exception {
        FxToolkit.setupFixture(() -> ((Button) panel.lookup("#clusters-compute")).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().layerStackProperty().get().get("analysis:lisa").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(MapContent.Categories.class, vm().modelProperty().get().content(), "the LISA map is on screen");
        assertTrue(legendTitle().startsWith("Кластеры LISA"), legendTitle());
        String methodLine = vm().modelProperty().get().frame().sourceLines().get(1);
        assertTrue(methodLine.contains("LISA") && methodLine.contains("перестановок"), methodLine);

        // another indicator: the map shows it; the LISA layer stays in the list, hidden
        FxToolkit.setupFixture(() -> vm().indicatorProperty().set(vm().data().catalog().require("unemployment_rate")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Уровень безработицы", legendTitle());
        assertFalse(vm().layerStackProperty().get().get("analysis:lisa").orElseThrow().visible());

        // shown again from the list, then another year: the indicator again, for that year
        FxToolkit.setupFixture(() -> vm().setLayerVisible("analysis:lisa", true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legendTitle().startsWith("Кластеры LISA"));
        FxToolkit.setupFixture(() -> vm().yearProperty().set(2023));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Уровень безработицы", legendTitle());
        assertEquals(2023, ((MapContent.IndicatorValues) vm().modelProperty().get().content()).year());

        // the level too
        FxToolkit.setupFixture(() -> vm().setLayerVisible("analysis:lisa", true));
        FxToolkit.setupFixture(() -> vm().levelProperty().set(MapLevel.DISTRICT));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().layerProperty().get().layer().level() == MapLevel.DISTRICT);
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(MapContent.IndicatorValues.class, vm().modelProperty().get().content(), "no LISA of oblasts on the district map");
        assertEquals("area_km2", vm().indicatorProperty().get().id(), "the district map offers only indicators with district figures");
        FxToolkit.setupFixture(() -> vm().levelProperty().set(MapLevel.OBLAST));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().layerProperty().get().layer().level() == MapLevel.OBLAST);

        // removing the LISA layer through the list's remove button brings the choropleth back for good
        FxToolkit.setupFixture(() -> vm().setLayerVisible("analysis:lisa", true));
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(MapContent.Categories.class, vm().modelProperty().get().content());
        FxToolkit.setupFixture(() -> {
            Button remove = (Button) window.root().lookupAll("#layer-remove").stream()
                    .filter(n -> n.isVisible()).findFirst().orElseThrow(); // the top row: LISA
            remove.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().layerStackProperty().get().get("analysis:lisa").isEmpty());
        assertInstanceOf(MapContent.IndicatorValues.class, vm().modelProperty().get().content());
        assertEquals("Площадь территории", legendTitle());
    }

    @Test
    void scenarioAndIndexLayersCanBeShownHiddenAndRemoved() throws Exception {
        var data = vm().data();
        var grp = data.catalog().require("grp_per_capita");
        Map<String, Double> projected = new LinkedHashMap<>();
        for (String code : vm().layerProperty().get().layer().regions().stream().map(kz.aimaq.core.geo.MapRegion::code).toList()) {
            data.current("grp_per_capita", 2022, code).ifPresent(v -> projected.put(code, v * 1.5));
        }
        assertEquals(20, projected.size());
        FxToolkit.setupFixture(() -> vm().putLayer(MapLayer.content("scenario", MapLayer.Kind.SCENARIO, "Сценарий", MapLevel.OBLAST,
                new MapContent.ScenarioYear("Полюса роста", grp, 2040, projected, Map.of()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm().modelProperty().get().frame().title().contains("Полюса роста"));
        assertEquals(projected.get("71"), vm().choroplethProperty().get().values().get("71"));

        // an index computed while the scenario is on the map appears above it
        FxToolkit.setupFixture(() -> ((Button) panel.lookup("#index-compute")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("index:development", vm().layerStackProperty().get().layers().getLast().id());
        assertTrue(legendTitle().startsWith("Композитный индекс развития"), legendTitle());

        FxToolkit.setupFixture(() -> vm().setLayerVisible("index:development", false));
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(MapContent.ScenarioYear.class, vm().modelProperty().get().content(), "hidden index: the scenario shows");
        FxToolkit.setupFixture(() -> vm().setLayerVisible("scenario", false));
        WaitForAsyncUtils.waitForFxEvents();
        assertInstanceOf(MapContent.IndicatorValues.class, vm().modelProperty().get().content());
        FxToolkit.setupFixture(() -> { vm().removeLayer("scenario"); vm().removeLayer("index:development"); });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm().layerStackProperty().get().layers().size(), "only the indicator layer is left");
    }

    @Test
    void aYearIsShownOnItsOwnTerritoryUnlessTodaysRegionsAreAskedFor() throws Exception {
        FxToolkit.setupFixture(() -> { vm().indicatorProperty().set(vm().data().catalog().require("grp_per_capita")); vm().yearProperty().set(2016); });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().layerProperty().get().layer().size() == 16
                && vm().choroplethProperty().get().values().size() == 16);
        var c = vm().choroplethProperty().get();
        // South Kazakhstan 2016 as published (BNS), on the 16-unit map, not hatched
        assertEquals(data2016("51"), c.values().get("51"), 1e-9);
        assertNotEquals(0, c.fillOf("51"));
        assertTrue(vm().modelProperty().get().frame().sourceLines().getFirst().contains("до 2018"),
                vm().modelProperty().get().frame().sourceLines().getFirst());

        FxToolkit.setupFixture(() -> vm().yearProperty().set(2019));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().layerProperty().get().layer().size() == 17);

        FxToolkit.setupFixture(() -> vm().todaysTerritoryProperty().set(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().layerProperty().get().layer().size() == 20);
        assertEquals(0, vm().choroplethProperty().get().fillOf("10"), "Abai 2019 has no figure of its own: hatched on today's map");
        FxToolkit.setupFixture(() -> { vm().todaysTerritoryProperty().set(false); vm().yearProperty().set(2024); });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().layerProperty().get().layer().size() == 20);
    }

    /**
     * The year slider spans the shown indicator's years, and its ticks (a chart axis inside the
     * slider) move at once: an animated axis faded its labels for 750 ms after every indicator
     * with other years, and those animation pulses laid the side panel out again frame by frame.
     */
    @Test
    void theYearSliderFollowsTheIndicatorsYearsWithoutAnimating() throws Exception {
        var slider = (javafx.scene.control.Slider) window.map().getScene().lookup("#year-slider");
        for (String id : new String[]{"life_expectancy", "grp_per_capita"}) {
            FxToolkit.setupFixture(() -> vm().indicatorProperty().set(vm().data().catalog().require(id)));
            WaitForAsyncUtils.waitForFxEvents();
            var years = vm().data().years(id);
            assertEquals(years.getFirst(), slider.getMin(), 0, id);
            assertEquals(years.getLast(), slider.getMax(), 0, id);
        }
        var ticks = (javafx.scene.chart.Axis<?>) slider.lookup(".axis");
        assertNotNull(ticks, "the slider shows tick marks");
        assertFalse(ticks.getAnimated());
    }

    private static double data2016(String code) {
        return vm().data().get("grp_per_capita", 2016, code).orElseThrow().value();
    }
}
