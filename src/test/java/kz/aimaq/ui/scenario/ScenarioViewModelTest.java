package kz.aimaq.ui.scenario;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.Metric;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.*;

/** The view model without a window: controls → scenario, and the computation a Run performs. */
class ScenarioViewModelTest {
    private final ScenarioViewModel vm = new ScenarioViewModel(IndicatorData.bundled(), () -> Groupings.preset("five"), null);

    @Test
    void controlsDescribeTheScenario() {
        vm.presetProperty().set(Preset.GROWTH_POLES);
        assertEquals(1.0, vm.alphaProperty().get(), "choosing Growth poles moves α to 1");
        vm.presetProperty().set(Preset.MIX);
        vm.alphaProperty().set(0.3);
        vm.budgetPercentProperty().set(2);
        vm.horizonProperty().set(12);
        Scenario s = vm.scenario();
        assertEquals(0.3, s.alpha());
        assertEquals(0.02, s.budget(), 1e-15, "the slider is in percent of GRP");
        assertEquals(12, s.horizon());
        vm.presetProperty().set(Preset.INERTIAL);
        assertEquals(0, vm.scenario().budget(), "Inertial has no budget whatever the slider says");
        vm.comparisonPresetProperty().set(Preset.REDISTRIBUTION);
        assertEquals(0.0, vm.comparisonScenario().alpha());
        assertEquals(12, vm.comparisonScenario().horizon(), "the comparison shares the horizon");
        vm.useHistoryProperty().set(true);
        assertTrue(vm.scenario().useHistory() && vm.comparisonScenario().useHistory(), "history applies to both");
    }

    @Test
    void computeRunsBothScenariosAndTheBand() {
        vm.presetProperty().set(Preset.REDISTRIBUTION);
        vm.comparisonPresetProperty().set(Preset.INERTIAL);
        vm.bandRunsProperty().set(100);
        double[] last = {0};
        ScenarioViewModel.Outcome o = vm.compute(p -> last[0] = p, () -> false);
        assertEquals(1.0, last[0]);
        assertEquals(2050, o.current().end().year());
        assertTrue(o.current().end().inequality().theil() < o.comparison().end().inequality().theil(),
                "Redistribution ends more equal than Inertial");
        assertEquals(100, o.bands().runs());
        double p5 = o.bands().band(Metric.THEIL).p5()[25], p95 = o.bands().band(Metric.THEIL).p95()[25];
        assertTrue(p5 < o.current().end().inequality().theil() && o.current().end().inequality().theil() < p95);
        assertThrows(CancellationException.class, () -> vm.compute(p -> {}, () -> true));
    }
}
