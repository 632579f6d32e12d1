package kz.aimaq.ui.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.workspace.*;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The File menu's workspace commands in the real main window, with the map's state bound both ways. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFeatureTest {
    @TempDir static Path dir;
    private MainWindow w;
    private WorkspaceFeature feature;
    private Stage stage;

    @Start
    void start(Stage ignored) {
        // a stage of its own per test: TestFX reuses one primary stage, and each window adds its close handlers to it
        this.stage = new Stage();
        WorkspaceFeature.forgetHandOver();
        w = new MainWindow(stage, IndicatorData.bundled().copy(), "en", lang -> {});
        feature = WorkspaceFeature.install(w, new RecentFiles(dir.resolve("recent.json")), new RecoveryStore(dir.resolve("recovery")));
        // within Monocle's 1280×800 headless screen (a larger window overflows its painter)
        stage.setWidth(1200);
        stage.setHeight(780);
        w.start();
    }

    private void mapReady() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> w.viewModel().layerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveNewOpenRoundTripThroughTheWindow(FxRobot robot) throws Exception {
        mapReady();
        var vm = w.viewModel();
        assertFalse(feature.isDirty(), "a fresh start has nothing to save");
        List<String> fileMenu = w.fileMenu().getItems().stream().map(MenuItem::getText).toList();
        assertEquals(List.of("New project", "Open project…", "Recent projects", "Save", "Save as…"), fileMenu.subList(0, 5));

        robot.interact(() -> {
            vm.indicatorProperty().set(vm.data().catalog().require("unemployment_rate"));
            vm.yearProperty().set(2023);
            vm.specProperty().set(vm.specProperty().get().withMethod(ClassificationMethod.NATURAL_BREAKS).withClasses(4).withPalette("Blues"));
        });
        assertTrue(feature.isDirty());
        assertTrue(stage.getTitle().contains(" *"), stage.getTitle());

        Path file = dir.resolve("unemployment.aimaq");
        robot.interact(() -> assertTrue(feature.saveTo(file)));
        assertFalse(feature.isDirty());
        assertTrue(stage.getTitle().startsWith("unemployment.aimaq — "), stage.getTitle());
        MapSettings savedMap = WorkspaceFiles.load(file).map();
        assertEquals(new MapSettings("oblast", "unemployment_rate", 2023, "jenks", 4, "Blues", false, List.of(), true, "en"), savedMap);
        assertEquals(file, new RecentFiles(dir.resolve("recent.json")).list().getFirst(), "newest in the recent list");

        robot.interact(feature::newWorkspace);
        assertEquals("grp_per_capita", vm.indicatorProperty().get().id());
        assertEquals(ClassificationMethod.QUANTILE, vm.specProperty().get().method());
        assertNull(feature.file());

        robot.interact(() -> assertTrue(feature.open(file)));
        assertEquals("unemployment_rate", vm.indicatorProperty().get().id());
        assertEquals(2023, vm.yearProperty().get());
        assertEquals(ClassificationMethod.NATURAL_BREAKS, vm.specProperty().get().method());
        assertEquals(4, vm.specProperty().get().classes());
        assertEquals("Blues", vm.specProperty().get().paletteId());
        assertFalse(feature.isDirty(), "just opened");
        // the side panel follows: touching one control keeps the rest of the opened classification
        javafx.scene.control.CheckBox labels = robot.lookup((javafx.scene.control.CheckBox c) -> "Region labels".equals(c.getText())).query();
        robot.interact(() -> labels.setSelected(false));
        assertEquals(ClassificationMethod.NATURAL_BREAKS, vm.specProperty().get().method());
        assertEquals(4, vm.specProperty().get().classes());
        assertEquals("Blues", vm.specProperty().get().paletteId());
        assertFalse(vm.specProperty().get().labels());
        assertTrue(feature.isDirty());
        double almaty = vm.data().current("unemployment_rate", 2023, "75").orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.choroplethProperty().get() != null
                && Double.valueOf(almaty).equals(vm.choroplethProperty().get().values().get("75")));
    }

    @Test
    void recoveredWorkShowsOnTheMapWithItsImportedTableAndIsUnsaved(FxRobot robot) throws Exception {
        mapReady();
        var vm = w.viewModel();
        var base = vm.data().catalog().require("grp_per_capita");
        var mine = new kz.aimaq.core.data.Indicator("ministry_index", "Ministry index", "Индекс министерства", "Министрлік индексі",
                "points", "баллов", "балл", base.kind(), base.aggregation(), base.direction(), 1, "", "ministry.xlsx");
        var rows = vm.data().year("grp_per_capita", 2024).values().stream()
                .map(o -> new kz.aimaq.core.data.Observation(o.kato(), 2024, "ministry_index", o.value() / 1000, "points", o.boundary(), "ministry.xlsx", ""))
                .toList();
        Workspace crashed = Workspace.of(new MapSettings("oblast", "ministry_index", 2024, "equal", 3, "Reds", true, List.of(), false, "en"))
                .withImportedTables(List.of(new ImportedTable(mine, rows)))
                .withScenarios(new ObjectMapper().readTree("[{\"name\":\"kept as is\"}]"));
        Path recovery = dir.resolve("recovery-crash");
        new Autosaver(new RecoveryStore(recovery), () -> crashed, () -> null, e -> fail(e)).saveNow();
        // the autosave carries this JVM's pid; read it back as the next start would
        RecoveryStore.Recovery r = new RecoveryStore.Recovery(new RecoveryStore(recovery).file(), null, java.time.Instant.now());

        robot.interact(() -> feature.restore(r));
        assertEquals("ministry_index", vm.indicatorProperty().get().id());
        assertEquals(ClassificationMethod.EQUAL_INTERVAL, vm.specProperty().get().method());
        assertTrue(vm.specProperty().get().reversePalette());
        assertFalse(vm.specProperty().get().labels());
        assertTrue(feature.isDirty(), "recovered work is not saved in any file yet");
        double almaty = vm.data().current("grp_per_capita", 2024, "75").orElseThrow() / 1000;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.choroplethProperty().get() != null
                && Double.valueOf(almaty).equals(vm.choroplethProperty().get().values().get("75")));
        // sections no feature of this build claims are saved back unchanged
        assertEquals("kept as is", feature.snapshot().scenarios().get(0).path("name").asText());
        var tables = feature.snapshot().importedTables();
        assertEquals(1, tables.size(), "the imported table is saved back with the project");
        assertEquals(mine, tables.getFirst().indicator());
        assertEquals(java.util.Set.copyOf(rows), java.util.Set.copyOf(tables.getFirst().observations()));
        assertTrue(Files.exists(new RecoveryStore(recovery).file()));
    }

    @Test
    void switchingLanguageReopensTheWindowWithTheSameUnsavedWork(FxRobot robot) throws Exception {
        mapReady();
        robot.interact(() -> {
            w.viewModel().yearProperty().set(2022);
            w.viewModel().specProperty().set(w.viewModel().specProperty().get().withClasses(6).withReverse(true));
        });
        assertTrue(feature.isDirty());
        MainWindow[] next = new MainWindow[1];
        WorkspaceFeature[] nextFeature = new WorkspaceFeature[1];
        robot.interact(() -> {
            // what AimaqApp's language switch does: close this window, open a new one in Russian
            Stage s2 = new Stage();
            stage.close();
            next[0] = new MainWindow(s2, IndicatorData.bundled().copy(), "ru", l -> {});
            nextFeature[0] = WorkspaceFeature.install(next[0], new RecentFiles(dir.resolve("recent.json")), new RecoveryStore(dir.resolve("recovery")));
            s2.setWidth(1200);
            s2.setHeight(780);
            next[0].start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> next[0].viewModel().layerProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var spec = next[0].viewModel().specProperty().get();
        assertEquals(6, spec.classes());
        assertTrue(spec.reversePalette());
        assertEquals("ru", spec.lang(), "labels follow the new language");
        assertEquals(2022, next[0].viewModel().yearProperty().get());
        assertTrue(nextFeature[0].isDirty(), "still unsaved");
        robot.interact(() -> next[0].root().getScene().getWindow().hide());
    }

    @Test
    void theMacroRegionGroupingIsPartOfTheProject(FxRobot robot) throws Exception {
        var groups = new kz.aimaq.ui.group.GroupPanel[1];
        robot.interact(() -> {
            groups[0] = kz.aimaq.ui.group.GroupFeature.install(w);
            feature.register(WorkspaceParts.groupings(groups[0].viewModel(), feature::changed));
        });
        mapReady();
        var gvm = groups[0].viewModel();
        String kostanayBefore = gvm.getGrouping().groupOf("39").orElseThrow().id();
        assertNotEquals("central", kostanayBefore);
        assertFalse(feature.isDirty(), "the default grouping is not a change");

        robot.interact(() -> gvm.assign("39", "central"));
        assertTrue(feature.isDirty(), "moving a region is");
        Path file = dir.resolve("groups.aimaq");
        robot.interact(() -> assertTrue(feature.saveTo(file)));
        assertEquals("aimaq-grouping", WorkspaceFiles.load(file).groupings().get(0).path("format").asText());

        robot.interact(feature::newWorkspace);
        assertEquals(kostanayBefore, gvm.getGrouping().groupOf("39").orElseThrow().id(), "a new project has the default grouping");
        robot.interact(() -> assertTrue(feature.open(file)));
        assertEquals("central", gvm.getGrouping().groupOf("39").orElseThrow().id());
        assertFalse(feature.isDirty());
    }

    @Test
    void anImportedTableMarksTheWorkUnsavedAndTravelsWithTheProject(FxRobot robot) throws Exception {
        mapReady();
        var vm = w.viewModel();
        var base = vm.data().catalog().require("unemployment_rate");
        var survey = new kz.aimaq.core.data.Indicator("survey_jobs", "Jobs survey", "Опрос о работе", "Жұмыс сауалнамасы",
                "%", "%", "%", base.kind(), base.aggregation(), base.direction(), 1, "", "survey.csv");
        var rows = List.of(new kz.aimaq.core.data.Observation("75", 2024, "survey_jobs", 4.2, "%", kz.aimaq.core.data.Observation.Boundary.CURRENT, "survey.csv", ""),
                new kz.aimaq.core.data.Observation("71", 2024, "survey_jobs", 3.9, "%", kz.aimaq.core.data.Observation.Boundary.CURRENT, "survey.csv", ""));
        assertFalse(feature.isDirty());
        robot.interact(() -> vm.addIndicator(survey, rows)); // what File → Import table does
        assertTrue(feature.isDirty());
        Path file = dir.resolve("survey.aimaq");
        robot.interact(() -> assertTrue(feature.saveTo(file)));
        var saved = WorkspaceFiles.load(file).importedTables();
        assertEquals(List.of("survey_jobs"), saved.stream().map(t -> t.indicator().id()).toList(), "only the session's own indicators, not the bundled ones");
        assertEquals(List.of("71", "75"), saved.getFirst().observations().stream().map(kz.aimaq.core.data.Observation::kato).toList());
    }

    @Test
    void theCompositeIndexSpecIsPartOfTheProject(FxRobot robot) throws Exception {
        var panel = new kz.aimaq.ui.analysis.AnalysisPanel[1];
        robot.interact(() -> {
            panel[0] = kz.aimaq.ui.analysis.AnalysisFeature.install(w);
            feature.register(WorkspaceParts.compositeIndex(panel[0].viewModel(), feature::changed));
        });
        mapReady();
        var avm = panel[0].viewModel();
        assertFalse(feature.isDirty());
        robot.interact(() -> { avm.indexNameProperty().set("Wellbeing"); avm.components().removeLast(); });
        assertTrue(feature.isDirty());
        int parts = avm.components().size();
        Path file = dir.resolve("index.aimaq");
        robot.interact(() -> assertTrue(feature.saveTo(file)));
        var spec = WorkspaceFiles.load(file).compositeIndices().get(0);
        assertEquals("Wellbeing", spec.path("nameEn").asText(), spec.toString());
        assertEquals(parts, spec.path("components").size());

        robot.interact(() -> { avm.indexNameProperty().set("Something else"); avm.components().clear(); });
        robot.interact(() -> assertTrue(feature.open(file)) );
        assertEquals("Wellbeing", avm.indexNameProperty().get());
        assertEquals(parts, avm.components().size());
    }
}
