package kz.aimaq.ui.passport;

import javafx.geometry.Point2D;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.ui.map.MapCanvas;
import kz.aimaq.ui.shell.MainWindow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** In the real window (Kazakh): right-click a region → Region passport…, and File → Export atlas… with progress. */
class PassportFeatureUiTest {
    static MainWindow window;
    static PassportFeature feature;
    @TempDir static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, IndicatorData.bundled(), "kk", l -> {});
            feature = PassportFeature.install(window);
            window.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().sceneProperty().get() != null
                && window.map().viewport() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** A right-click at the label point of a region, as the platform delivers it. */
    static void rightClick(String kato) throws Exception {
        FxToolkit.setupFixture(() -> {
            MapCanvas map = window.map();
            PreparedLayer layer = map.layerProperty().get();
            var anchor = layer.anchor(kato);
            double x = map.viewport().toDeviceX(anchor.x), y = map.viewport().toDeviceY(anchor.y);
            assertEquals(kato, map.regionAt(x, y).code(), "the point is inside " + kato);
            Point2D screen = map.localToScreen(x, y), scene = map.localToScene(x, y);
            // the event's x and y are scene coordinates; dispatch turns them into the map's own
            map.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, new PickResult(map, scene.getX(), scene.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void rightClickOnKyzylordaWritesItsKazakhPassport() throws Exception {
        Path out = dir.resolve("kyzylorda.pdf");
        feature.chooser = (title, name) -> {
            assertTrue(title.contains("Қызылорда облысы"), title);
            return Optional.of(out);
        };
        rightClick("43");
        assertNotNull(feature.lastMenu, "a context menu");
        MenuItem item = feature.lastMenu.getItems().getFirst();
        assertEquals("Өңір паспорты…", item.getText());
        FxToolkit.setupFixture(() -> { feature.lastMenu.hide(); item.fire(); });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out) && Files.size(out) > 0);
        Thread.sleep(200);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Қызылорда облысы"), text);
            assertTrue(text.contains("20 ішінен"), text);
        }
    }

    @Test
    void exportAtlasShowsProgressAndCanBeCancelled() throws Exception {
        Path out = dir.resolve("atlas.pdf");
        feature.chooser = (title, name) -> Optional.of(out);
        String text = window.messages().get("atlas.menu");
        MenuItem atlas = window.fileMenu().getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        FxToolkit.setupFixture(atlas::fire);
        assertNotNull(feature.progressWindow);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> feature.pagesDone > 0);
        FxToolkit.setupFixture(() -> assertTrue(feature.progressWindow.isShowing(), "progress is shown while the pages are made"));
        FxToolkit.setupFixture(() -> feature.atlasTask.cancel());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !feature.atlasRunning);
        feature.atlasThread.join(30_000);
        assertFalse(feature.atlasThread.isAlive(), "the cancelled atlas stops after its current page");
        assertFalse(Files.exists(out), "a cancelled atlas writes no file");

        // and run to the end: the contents page and 20 regions
        FxToolkit.setupFixture(atlas::fire);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !feature.atlasRunning);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            if (feature.atlasTask.getException() != null) feature.atlasTask.getException().printStackTrace();
            assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, feature.atlasTask.getState(), String.valueOf(feature.atlasTask.getException()));
            assertFalse(feature.progressWindow.isShowing());
        });
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(21, doc.getNumberOfPages());
        }
    }
}
