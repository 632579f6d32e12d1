package kz.aimaq.ui.workspace;

import kz.aimaq.ui.workshop.WorkshopFeature;

import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.map.MapContent;
import kz.aimaq.core.workspace.RecentFiles;
import kz.aimaq.core.workspace.RecoveryStore;
import kz.aimaq.core.workspace.SavedView;
import kz.aimaq.core.workspace.WorkspaceFiles;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The workshop's saved views are part of the project: saved, gone in a new project, back on reopening. */
@ExtendWith(ApplicationExtension.class)
class WorkshopViewsProjectTest {
    @TempDir static Path dir;
    private MainWindow w;
    private WorkshopFeature workshop;
    private WorkspaceFeature projects;

    @Start
    void start(Stage ignored) {
        Stage stage = new Stage();
        WorkspaceFeature.forgetHandOver();
        w = new MainWindow(stage, IndicatorData.bundled().copy(), "ru", l -> {});
        workshop = WorkshopFeature.install(w);
        projects = WorkspaceFeature.install(w, new RecentFiles(dir.resolve("recent.json")), new RecoveryStore(dir.resolve("recovery")));
        projects.register(workshop.part(projects::changed));
        stage.setWidth(1200);
        stage.setHeight(780);
        w.start();
    }

    private MapViewModel vm() { return w.viewModel(); }

    private void twoViews(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().choroplethProperty().get() != null);
        robot.interact(() -> {
            vm().indicatorProperty().set(vm().data().catalog().require("grp_per_capita"));
            vm().yearProperty().set(2024);
            workshop.viewModel().addCurrent(null);
            vm().indicatorProperty().set(vm().data().catalog().require("unemployment_rate"));
            vm().yearProperty().set(2016);
            workshop.viewModel().addCurrent("Безработица 2016");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ВРП на душу населения, 2024", "Безработица 2016"),
                workshop.viewModel().views().stream().map(SavedView::name).toList());
    }

    private MapContent.IndicatorValues shown() { return (MapContent.IndicatorValues) vm().modelProperty().get().content(); }

    @Test
    void theViewsAreKeptInTheProjectAndExportAsADeck(FxRobot robot) throws Exception {
        twoViews(robot);
        Path file = dir.resolve("workshop.aimaq");
        robot.interact(() -> assertTrue(projects.saveTo(file)));
        assertEquals(2, WorkspaceFiles.load(file).views().size());
        robot.interact(projects::newWorkspace);
        assertTrue(workshop.viewModel().views().isEmpty(), "a new project has no views");
        robot.interact(() -> assertTrue(projects.open(file)));
        List<SavedView> back = workshop.viewModel().views();
        assertEquals(List.of("ВРП на душу населения, 2024", "Безработица 2016"), back.stream().map(SavedView::name).toList());
        assertEquals("unemployment_rate", back.get(1).map().indicator());
        assertEquals(2016, back.get(1).map().year());

    }
}
