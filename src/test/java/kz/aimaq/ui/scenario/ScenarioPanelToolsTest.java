package kz.aimaq.ui.scenario;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.FrontierResult;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.scenario.ScenarioParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The planner's tools on a real (headless) stage, in Russian, at the side tab's 400 px width. */
@ExtendWith(ApplicationExtension.class)
class ScenarioPanelToolsTest {
    private ScenarioPanel panel;

    @Start
    void start(Stage stage) {
        panel = new ScenarioPanel(IndicatorData.bundled(), () -> Groupings.preset("five"), null, "ru");
        panel.viewModel().bandRunsProperty().set(0);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 400, 900));
        stage.show();
    }

    @Test
    void findTheBestMixMarksAlphaStarAndUsesIt(FxRobot robot) throws Exception {
        robot.interact(() -> panel.viewModel().presetProperty().set(Preset.GROWTH_POLES));
        Button find = robot.lookup("#frontier-find").queryButton();
        assertEquals("Найти лучшее сочетание", find.getText());
        robot.interact(find::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.viewModel().frontierProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        FrontierResult f = panel.viewModel().frontierProperty().get();
        var chart = panel.frontierView().chart();
        assertEquals(2, chart.getData().size(), "the frontier and the optimum");
        assertEquals(50, chart.getData().get(0).getData().size());
        assertEquals(1, chart.getData().get(1).getData().size());
        assertEquals(f.optimum().theil(), chart.getData().get(1).getData().getFirst().getXValue().doubleValue());
        String alpha = String.format(java.util.Locale.forLanguageTag("ru"), "%.2f", f.optimum().alpha());
        assertTrue(panel.frontierView().optimumText().startsWith("α* = " + alpha + " при ε = 1: ВВП страны "),
                panel.frontierView().optimumText());

        // with a run on the charts, "Use this α" marks them outdated until the next run
        robot.interact(() -> panel.viewModel().run());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.viewModel().resultProperty().get() != null && !panel.viewModel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panel.outdatedProperty().get());
        assertFalse(robot.lookup("#scenario-outdated").query().isVisible());
        robot.interact(() -> robot.lookup("#frontier-use").queryButton().fire());
        assertEquals(f.optimum().alpha(), panel.viewModel().alphaProperty().get(), 1e-12);
        assertTrue(panel.outdatedProperty().get(), "the charts show the old α");
        assertTrue(robot.lookup("#scenario-outdated").query().isVisible());
        assertTrue(robot.lookup(".outdated").tryQuery().isPresent(), "the old charts are greyed");
        var before = panel.viewModel().resultProperty().get();
        robot.interact(() -> panel.viewModel().run());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.viewModel().resultProperty().get() != before && !panel.viewModel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panel.outdatedProperty().get(), "run again: up to date");
        assertFalse(robot.lookup("#scenario-outdated").query().isVisible());
        assertEquals(Preset.MIX, panel.viewModel().presetProperty().get(), "a mix is no longer 'Growth poles'");

        // ε = 3 re-sweeps by itself and moves α* towards redistribution
        robot.interact(() -> robot.lookup("#frontier-epsilon").<javafx.scene.control.Spinner<Double>>query().getValueFactory().setValue(3.0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> panel.viewModel().frontierProperty().get() != f
                && !panel.viewModel().frontierRunningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.viewModel().frontierProperty().get().optimum().alpha() < f.optimum().alpha());
        assertTrue(panel.frontierView().optimumText().contains("при ε = 3:"), panel.frontierView().optimumText());
    }

    @Test
    void parametersAreValidatedAndRestored(FxRobot robot) {
        ParametersPane p = panel.parametersPane();
        assertFalse(p.isExpanded(), "collapsed until asked for");
        TextField beta = p.field(ModelParameter.BETA);
        assertEquals("0,013497", beta.getText(), "the estimated β (2011-2025)");
        robot.interact(() -> beta.setText("быстро"));
        assertEquals("Введите число, например 0,02", p.problem(ModelParameter.BETA));
        assertEquals(kz.aimaq.core.scenario.Calibration.bundled().estimation().beta(), panel.viewModel().parametersProperty().get().beta(), "a bad value is not used");
        robot.interact(() -> beta.setText("0,9"));
        assertEquals("Введите число от 0 до 0,2", p.problem(ModelParameter.BETA));
        robot.interact(() -> beta.setText("0,035"));
        assertEquals("", p.problem(ModelParameter.BETA));
        assertEquals(0.035, panel.viewModel().scenario().parameters().beta());
        robot.interact(() -> robot.lookup("#param-restore").queryButton().fire());
        assertEquals("0,013497", beta.getText());
        assertEquals(panel.viewModel().defaultParameters(), panel.viewModel().parametersProperty().get());
        assertTrue(panel.howItWorksText().contains("β — скорость сближения: 0,0135 в год."), panel.howItWorksText());
        assertTrue(panel.howItWorksText().startsWith("Простыми словами"), "plain words first");
        assertTrue(panel.howItWorksText().contains("Какие параметры важнее всего для этого сценария в 2050 г."), panel.howItWorksText());
    }

    @Test
    void pickedRegionsShowAsChipsWithRussianNames(FxRobot robot) {
        robot.interact(() -> panel.viewModel().presetProperty().set(Preset.SELECTIVE));
        assertTrue(robot.lookup(".chip-target").queryAll().stream()
                .anyMatch(n -> ((Button) n).getText().equals("Кызылординская ×")), "Selective targets Kyzylorda");
        robot.interact(() -> robot.lookup("#pick-targets").<javafx.scene.control.ToggleButton>query().fire());
        assertEquals(ScenarioViewModel.PickMode.TARGETS, panel.viewModel().pickModeProperty().get());
        robot.interact(() -> panel.viewModel().onRegionClicked("61"));
        assertEquals(2, robot.lookup(".chip-target").queryAll().size());
        // a chip click removes the region
        robot.interact(() -> robot.lookup(".chip-target").queryAll().stream().map(n -> (Button) n)
                .filter(b -> b.getText().startsWith("Кызылорд")).findFirst().orElseThrow().fire());
        assertEquals(java.util.List.of("61"), panel.viewModel().scenario().targets());
    }

    @Test
    void aBadScenarioFileIsAShortMessage(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("plan.json");
        Files.writeString(bad, "{\"preset\": \"mix\", \"colour\": \"red\"}");
        robot.interact(() -> panel.loadFrom(bad));
        assertTrue(panel.statusText().startsWith("Не удалось открыть plan.json: unknown field 'colour'"), panel.statusText());
        robot.interact(() -> panel.loadFrom(dir.resolve("none.json")));
        assertEquals("Не удалось открыть none.json: файл не существует", panel.statusText());
        robot.interact(() -> panel.saveTo(dir.resolve("ok.json")));
        assertEquals("Сценарий сохранён в ok.json", panel.statusText());
        assertTrue(Files.readString(dir.resolve("ok.json")).contains("\"format\" : \"aimaq-scenario\""));
    }

    @Test
    void theBacktestSkillIsShownBeforeTheScenario(FxRobot robot) {
        SkillView skill = panel.skillView();
        assertEquals("Проверка модели на 2018–2025 гг.", skill.getText());
        assertTrue(panel.getChildren().indexOf(skill) < panel.getChildren().indexOf(robot.lookup("Рассчитать").queryButton().getParent()),
                "above the Run button");
        robot.interact(() -> skill.setExpanded(true));
        // the backtest of docs/scenario-model.md: ln y 0.108 / 0.117 / 0.101, Theil 0.011 / 0.032 / 0.037
        String text = skill.text();
        assertTrue(text.contains("Эта модель | 0,108 | 0,011"), text);
        assertTrue(text.contains("Каждый регион сохраняет своё место | 0,117 | 0,032"), text);
        assertTrue(text.contains("Каждый регион сохраняет свой рост | 0,101 | 0,037"), text);
    }
}
