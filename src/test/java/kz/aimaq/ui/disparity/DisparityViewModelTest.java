package kz.aimaq.ui.disparity;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.disparity.DisparityYear;
import kz.aimaq.core.disparity.TerritoryMode;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** The monitor's view model without nodes. */
class DisparityViewModelTest {

    private final AtomicReference<Trajectory> run = new AtomicReference<>();
    private final DisparityViewModel vm = new DisparityViewModel(IndicatorData.bundled(), () -> Groupings.preset("five"), run::get, "en");

    /** As the menu's "open" does: the view model computes nothing before it is asked. */
    @org.junit.jupiter.api.BeforeEach
    void open() {
        assertEquals(java.util.List.of(), vm.seriesProperty().get(), "nothing computed at install");
        assertNull(vm.chartProperty().get());
        vm.refresh();
    }

    @Test
    void startsOnGrpPerCapitaOverAllItsYears() {
        assertEquals("grp_per_capita", vm.indicatorProperty().get().id());
        assertEquals(2010, vm.fromProperty().get());
        assertEquals(2025, vm.toProperty().get());
        assertEquals(16, vm.seriesProperty().get().size());
        assertNotNull(vm.chartProperty().get());
        assertNull(vm.problemProperty().get());
        assertTrue(vm.indicators().stream().noneMatch(i -> i.isExtensive()), "totals are not offered");
        assertTrue(vm.indicators().stream().anyMatch(i -> i.id().equals("poverty_below_subsistence_min_pct")));
    }

    @Test
    void choicesRecompute() {
        vm.territoryProperty().set(TerritoryMode.CONSISTENT);
        assertTrue(vm.seriesProperty().get().stream().allMatch(y -> y.unitCount() == 16));
        vm.fromProperty().set(2018);
        assertTrue(vm.seriesProperty().get().stream().allMatch(y -> y.unitCount() == 17));
        vm.fromProperty().set(2024);
        vm.toProperty().set(2020);
        assertEquals("disparity.problem.period", vm.problemProperty().get());
        assertNull(vm.chartProperty().get());
        vm.indicatorProperty().set(IndicatorData.bundled().catalog().require("unemployment_rate"));
        assertEquals(2010, vm.fromProperty().get(), "a new indicator takes its own years");
        assertNull(vm.problemProperty().get());
    }

    @Test
    void scenarioJoinsTheChartAndSaysWhenNoneWasRun() {
        vm.withScenarioProperty().set(true);
        assertEquals("disparity.problem.noScenario", vm.problemProperty().get());
        Calibration cal = Calibration.bundled();
        Scenario s = Scenario.of(Preset.INERTIAL, cal.defaultParameters());
        run.set(new Simulator(cal, null, Groupings.preset("five")).run(s));
        vm.refresh();
        assertNull(vm.problemProperty().get());
        var projection = vm.chartProperty().get().projection();
        DisparityYear last = vm.seriesProperty().get().getLast();
        // the projection starts where the history ends: the same 2025 value
        assertEquals(Metric.THEIL.of(last.measures()), projection.get(Metric.THEIL).get(2025), 1e-12);
    }

    @Test
    void savesTheTableAndTheChart(@TempDir Path dir) throws Exception {
        vm.saveCsv(dir.resolve("d.csv"));
        String csv = Files.readString(dir.resolve("d.csv"));
        assertTrue(csv.startsWith("year,n_units,gini,"), csv);
        assertEquals(17, csv.strip().lines().count());
        vm.savePng(dir.resolve("d.png"), 800, 500);
        var image = javax.imageio.ImageIO.read(dir.resolve("d.png").toFile());
        assertEquals(800, image.getWidth());
    }
}
