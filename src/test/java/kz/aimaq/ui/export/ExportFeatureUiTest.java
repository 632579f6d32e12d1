package kz.aimaq.ui.export;

import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The feature in the real window: its File menu entries and the clipboard copy of the shown map. */
class ExportFeatureUiTest {
    static MainWindow window;
    static ExportFeature feature;

    @BeforeAll
    static void start() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, IndicatorData.bundled(), "kk", l -> {});
            feature = ExportFeature.install(window);
            window.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.viewModel().sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static MenuItem item(String key) {
        String text = window.messages().get(key);
        return window.fileMenu().getItems().stream().filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no File menu item " + text));
    }

    @Test
    void fileMenuHasExportAndCopyWithTheirShortcutsBeforeExit() {
        assertEquals(KeyCombination.keyCombination("Shortcut+E"), item("menu.file.export").getAccelerator());
        assertEquals(KeyCombination.keyCombination("Shortcut+Shift+C"), item("menu.file.copy").getAccelerator());
        assertNotNull(item("menu.file.exportDeck"));
        var items = window.fileMenu().getItems();
        assertEquals(window.messages().get("menu.file.exit"), items.getLast().getText(), "Exit stays last");
    }

    @Test
    void exportAnimationTakesTheMapsIndicatorAndAllItsYears() {
        assertNotNull(item("menu.file.exportAnimation"));
        AnimationViewModel vm = feature.animationViewModel();
        assertEquals(window.viewModel().indicatorProperty().get(), vm.indicator());
        assertEquals(window.viewModel().years(), vm.years());
        assertEquals(vm.years().getFirst(), vm.fromProperty().get());
        assertEquals(vm.years().getLast(), vm.toProperty().get());
        assertNull(vm.problem(), "ready to export as it opens");
    }

    @Test
    void copyPutsTheFramedMapOnTheClipboard() throws Exception {
        ExportViewModel vm = feature.viewModel();
        var ind = window.viewModel().indicatorProperty().get();
        assertEquals(ind.name("kk") + ", " + window.viewModel().yearProperty().get(), vm.titleProperty().get());
        FxToolkit.setupFixture(() -> {
            Clipboard.getSystemClipboard().clear();
            item("menu.file.copy").fire();
        });
        Image[] img = new Image[1];
        FxToolkit.setupFixture(() -> img[0] = Clipboard.getSystemClipboard().getImage());
        assertNotNull(img[0], "an image on the clipboard");
        assertEquals(1920, img[0].getWidth(), 0.5);
        assertEquals(1080, img[0].getHeight(), 0.5);
        // the top-left corner is the painter's background, so the picture is the export's and not a blank image
        assertEquals(0xFFF4F6F8, img[0].getPixelReader().getArgb(2, 2));
    }
}
