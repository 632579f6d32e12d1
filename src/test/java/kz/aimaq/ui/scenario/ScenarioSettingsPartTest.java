package kz.aimaq.ui.scenario;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.workspace.MapSettings;
import kz.aimaq.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** Scenario settings survive a project round trip, even when the tab was never opened. */
@ExtendWith(ApplicationExtension.class)
class ScenarioSettingsPartTest {
    private Stage stage;

    @Start
    void start(Stage stage) { this.stage = stage; }

    private ScenarioPanel panel() {
        return new ScenarioPanel(IndicatorData.bundled(), () -> Groupings.preset("five"), null, "en");
    }

    private static java.util.List<String> iterable(java.util.Iterator<String> it) {
        java.util.List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    @Test
    void settingsReadBeforeThePanelExistsAreAppliedWhenItIsBuilt(FxRobot robot) {
        var property = new SimpleObjectProperty<ScenarioPanel>();
        AtomicInteger changes = new AtomicInteger();
        ScenarioSettingsPart part = new ScenarioSettingsPart(property, changes::incrementAndGet);

        robot.interact(() -> {
            ScenarioPanel first = panel();
            property.set(first);
            first.viewModel().presetProperty().set(Preset.MIX);
            first.viewModel().alphaProperty().set(0.3);
            first.viewModel().horizonProperty().set(15);
            first.viewModel().comparisonPresetProperty().set(Preset.REDISTRIBUTION);
            first.viewModel().togglePole("79");
            first.viewModel().toggleTarget("43");
            first.viewModel().epsilonProperty().set(2);
            first.viewModel().parametersProperty().set(ModelParameter.BACKWASH.with(first.viewModel().parametersProperty().get(), 0.4));
        });
        assertTrue(changes.get() > 0, "edits mark the project changed");
        Workspace saved = part.saveInto(Workspace.of(MapSettings.defaults("en")));
        assertEquals("mix", saved.scenarios().path(0).path("preset").asText());
        assertEquals(java.util.List.of("backwash"), iterable(saved.scenarios().path(0).path("parameters").fieldNames()),
                "only edited parameters are stored");

        // a new window: the project is opened before the scenario tab is ever shown
        var later = new SimpleObjectProperty<ScenarioPanel>();
        ScenarioSettingsPart reopened = new ScenarioSettingsPart(later, () -> {});
        reopened.restoreFrom(saved);
        assertEquals(saved.scenarios(), reopened.saveInto(Workspace.of(MapSettings.defaults("en"))).scenarios(),
                "saving before the tab opens keeps the project's settings");
        robot.interact(() -> later.set(panel()));
        ScenarioViewModel vm = later.get().viewModel();
        assertEquals(Preset.MIX, vm.presetProperty().get());
        assertEquals(0.3, vm.alphaProperty().get(), 1e-12);
        assertEquals(15, vm.horizonProperty().get());
        assertEquals(Preset.REDISTRIBUTION, vm.comparisonPresetProperty().get());
        assertEquals(java.util.List.of("71", "75", "15", "47"), vm.scenario().poles(), "Shymkent was unpicked");
        assertEquals(java.util.List.of("43"), vm.scenario().targets());
        assertEquals(2, vm.epsilonProperty().get());
        assertEquals(0.4, vm.scenario().parameters().backwash());
        assertEquals(vm.defaultParameters().nationalGrowth(), vm.scenario().parameters().nationalGrowth(), 0,
                "unedited parameters come back exactly");
    }
}
