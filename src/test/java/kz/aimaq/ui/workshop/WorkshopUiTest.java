package kz.aimaq.ui.workshop;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.map.MapContent;
import kz.aimaq.core.workspace.SavedView;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.shell.MainWindow;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Workshop mode in the real window: two saved views (GRP per capita 2024 on today's 20
 * regions, unemployment 2016 on the 16 units of that year), presented full screen, stepped with
 * Page Down / Page Up as a presenter clicker sends them, left with Esc; all views exported as
 * one deck (the project round trip is in ui.workspace.WorkshopViewsProjectTest).
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopUiTest {
    @TempDir static Path dir;
    private MainWindow w;
    private WorkshopFeature workshop;

    @Start
    void start(Stage ignored) {
        Stage stage = new Stage();
        w = new MainWindow(stage, IndicatorData.bundled().copy(), "ru", l -> {});
        workshop = WorkshopFeature.install(w);
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
    void presentingStepsThroughTheSavedViewsWithAClickerAndEscLeaves(FxRobot robot) throws Exception {
        twoViews(robot);
        robot.interact(workshop::present);
        Presenter p = workshop.presenter();
        assertTrue(p.isShowing());
        assertTrue(p.stage().isFullScreen());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown().indicator().id().equals("grp_per_capita"));
        assertEquals(2024, shown().year());
        assertEquals(20, vm().modelProperty().get().boundaries().layer().size());
        assertEquals("ВРП на душу населения, 2024", p.shownScene().decorations().title(), "the title is always on");
        assertTrue(p.shownScene().decorations().legend());
        assertTrue(p.shownScene().decorations().sourceLine().startsWith("Источник: "), p.shownScene().decorations().sourceLine());

        robot.interact(() -> p.stage().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown().indicator().id().equals("unemployment_rate")
                && vm().modelProperty().get().boundaries().layer().size() == 16);
        assertEquals(2016, shown().year());
        assertEquals(1, workshop.viewModel().currentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Уровень безработицы, 2016", p.shownScene().decorations().title());
        assertEquals(16, p.shownScene().areas().size(), "2016 on the 16 units of that year");

        robot.type(KeyCode.PAGE_DOWN); // past the last view: stays
        assertEquals(1, workshop.viewModel().currentProperty().get());
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown().indicator().id().equals("grp_per_capita"));
        assertEquals(2024, shown().year());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(p.isShowing(), "Esc leaves the presentation");
    }

    @Test
    void allViewsExportAsOneDeckAndTheMapReturnsToWhatItShowed(FxRobot robot) throws Exception {
        twoViews(robot);
        List<SavedView> back = List.copyOf(workshop.viewModel().views());

        Path deck = dir.resolve("views.pptx");
        AtomicReference<Exception> result = new AtomicReference<>();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> workshop.writeDeck(List.copyOf(back), deck, e -> { result.set(e); done.countDown(); }));
        assertTrue(done.await(60, TimeUnit.SECONDS));
        assertNull(result.get());
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(2, ppt.getSlides().size());
            String t1 = ((XSLFTextShape) ppt.getSlides().get(0).getShapes().get(0)).getText();
            String t2 = ((XSLFTextShape) ppt.getSlides().get(1).getShapes().get(0)).getText();
            assertEquals("ВРП на душу населения, 2024", t1);
            assertEquals("Уровень безработицы, 2016", t2);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("unemployment_rate", shown().indicator().id(), "the map shows again what it showed before the export");
        assertEquals(2016, shown().year());
    }
}
