package kz.aimaq.ui.scenario;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.scenario.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The planner's tools of the scenario view model, without a window: the best mix, picked poles and
 * targets, edited parameters, scenario files, and the P5–P95 line of the map tooltip.
 */
class ScenarioPlannerToolsTest {
    private final ScenarioViewModel vm = new ScenarioViewModel(IndicatorData.bundled(), () -> Groupings.preset("five"), null);

    @Test
    void moreInequalityAversionPicksMoreRedistribution() {
        vm.presetProperty().set(Preset.MIX);
        vm.epsilonProperty().set(0);
        FrontierResult neutral = vm.computeFrontier(p -> {}, () -> false);
        vm.epsilonProperty().set(3);
        FrontierResult averse = vm.computeFrontier(p -> {}, () -> false);
        assertEquals(Frontier.DEFAULT_POINTS, neutral.points().size());
        assertEquals(0.0, neutral.points().getFirst().alpha());
        assertEquals(1.0, neutral.points().getLast().alpha());
        // ε = 0 values only the average: all to the poles, which raise GRP most
        assertEquals(1.0, neutral.optimum().alpha(), 1e-6);
        assertTrue(averse.optimum().alpha() < 0.8, "ε = 3 moves the best mix towards redistribution: " + averse.optimum());
        // the frontier trades growth for equality: α = 1 has more GRP and more inequality than α = 0
        FrontierPoint a0 = neutral.points().getFirst(), a1 = neutral.points().getLast();
        assertTrue(a1.nationalGrp() > a0.nationalGrp() && a1.theil() > a0.theil(), a0 + " vs " + a1);
    }

    @Test
    void pickingTargetsOnTheMapGivesTheSelectivePolicy() {
        vm.presetProperty().set(Preset.REDISTRIBUTION);
        assertEquals(Preset.POLES_2015, List.copyOf(vm.poles()));
        assertTrue(vm.targets().isEmpty(), "Redistribution: every region below average");
        assertFalse(vm.onRegionClicked("43"), "no pick mode: the click is the map's");
        vm.pickModeProperty().set(ScenarioViewModel.PickMode.TARGETS);
        assertTrue(vm.onRegionClicked("43"));
        assertEquals(List.of("43"), vm.scenario().targets());
        vm.bandRunsProperty().set(0);
        Trajectory picked = vm.compute(p -> {}, () -> false).current();
        vm.presetProperty().set(Preset.SELECTIVE);
        Trajectory selective = vm.compute(p -> {}, () -> false).current();
        assertEquals(selective.end().nationalGrp(), picked.end().nationalGrp(), 1e-6,
                "Redistribution to a picked Kyzylorda is the Selective preset");

        vm.pickModeProperty().set(ScenarioViewModel.PickMode.POLES);
        vm.onRegionClicked("71");
        assertFalse(vm.scenario().poles().contains("71"), "clicking a pole removes it");
        vm.onRegionClicked("71");
        assertTrue(vm.scenario().poles().contains("71"), "and clicking again puts it back");
        assertFalse(vm.togglePole("99"), "not a current region");
        assertFalse(vm.poles().contains("99"));
        vm.togglePole("35");
        vm.presetProperty().set(Preset.GROWTH_POLES);
        assertEquals(Preset.POLES_2015, List.copyOf(vm.poles()), "a new preset brings its own poles");
    }

    @Test
    void editedParametersDriveBothScenariosAndCanBeRestored() {
        ScenarioParameters defaults = vm.defaultParameters();
        assertEquals(ScenarioParameters.BETA, vm.scenario().parameters().beta());
        vm.parametersProperty().set(ModelParameter.BETA.with(defaults, 0.04));
        assertEquals(0.04, vm.scenario().parameters().beta());
        assertEquals(0.04, vm.comparisonScenario().parameters().beta(), "the comparison runs under the same parameters");
        assertEquals(defaults.spread(), vm.scenario().parameters().spread(), "others unchanged");
        vm.presetProperty().set(Preset.INERTIAL);
        vm.bandRunsProperty().set(0);
        double fastTheil = vm.compute(p -> {}, () -> false).current().end().inequality().theil();
        vm.restoreDefaultParameters();
        assertEquals(defaults, vm.parametersProperty().get());
        double theil = vm.compute(p -> {}, () -> false).current().end().inequality().theil();
        // 2050 Inertial Theil 0.0423 with β = 0.02 (docs/scenario-model.md); faster convergence, less left
        assertEquals(0.0423, theil, 5e-4);
        assertTrue(fastTheil < theil - 0.01, fastTheil + " vs " + theil);
        assertThrows(IllegalArgumentException.class, () -> ModelParameter.CONSUMPTION_SHARE.with(defaults, 1.5),
                "the core refuses a share above 1");
    }

    @Test
    void aSavedScenarioLoadsBackTheSame(@TempDir Path dir) throws Exception {
        vm.presetProperty().set(Preset.MIX);
        vm.alphaProperty().set(0.3);
        vm.budgetPercentProperty().set(2);
        vm.horizonProperty().set(12);
        vm.useHistoryProperty().set(true);
        vm.togglePole("47");
        vm.toggleTarget("43");
        vm.toggleTarget("61");
        vm.parametersProperty().set(ModelParameter.SPREAD.with(vm.parametersProperty().get(), 0.45));
        Path file = dir.resolve("western.json");
        vm.save(file);

        ScenarioViewModel other = new ScenarioViewModel(IndicatorData.bundled(), () -> Groupings.preset("five"), null);
        other.load(file);
        assertEquals(vm.scenario(), other.scenario());
        assertEquals(List.of("71", "75", "79", "15"), other.scenario().poles());
        assertEquals(0.45, other.scenario().parameters().spread());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"preset\": \"mix\", \"alpha\": 2}");
        var e = assertThrows(IllegalArgumentException.class, () -> other.load(bad));
        assertTrue(e.getMessage().contains("α must be between 0 and 1"), e.getMessage());
        assertEquals(0.3, other.alphaProperty().get(), "a bad file changes nothing");
    }

    @Test
    void mapTooltipGetsTheMonteCarloRange() {
        vm.presetProperty().set(Preset.GROWTH_POLES);
        vm.bandRunsProperty().set(200);
        MonteCarloResult mc = vm.compute(p -> {}, () -> false).bands();
        NumberFormat ru = NumberFormat.getNumberInstance(Locale.forLanguageTag("ru"));
        Map<String, String> notes = ScenarioFeature.bandNotes(mc, 2040, new ScenarioTexts("ru"), ru);
        Band b = mc.regionGrpPerCapita().get(mc.codes().indexOf("71"));
        ru.setMaximumFractionDigits(0);
        assertEquals("P5–P95: " + ru.format(b.p5()[15]) + " – " + ru.format(b.p95()[15]), notes.get("71"));
        assertEquals(20, notes.size(), "one line per region with a band");
        assertTrue(b.p5()[15] < b.p95()[15] && b.p5()[15] > 1000, "thousand KZT per person, a real range");
    }

    @Test
    void howItWorksIsInTheInterfaceLanguageWithTheParametersInForce() {
        NumberFormat kk = NumberFormat.getNumberInstance(Locale.forLanguageTag("kk"));
        ScenarioParameters d = vm.defaultParameters();
        String text = HowItWorks.text(new ScenarioTexts("kk"), ModelParameter.BETA.with(d, 0.03), d, kk);
        assertTrue(text.contains("1. Жақындасу."), text);
        assertTrue(text.contains("β — жақындасу қарқыны: 0,03 (әдепкі мәні 0,02) жылына."), text);
        assertTrue(text.contains("κ — трансферттердің кемімелі қайтарымы: 2 —."), text);
        assertEquals(ModelParameter.values().length, text.lines().filter(l -> l.startsWith("• ")).count());
        String en = HowItWorks.text(new ScenarioTexts("en"), d, d, NumberFormat.getNumberInstance(Locale.ENGLISH));
        assertTrue(en.contains("1. Convergence.") && !en.contains("default 0.02"), en);
    }
}
