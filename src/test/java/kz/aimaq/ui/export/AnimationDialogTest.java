package kz.aimaq.ui.export;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.ChoroplethSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** File → Export animation… on a real (headless) stage: it writes a GIF off the FX thread, and Cancel leaves no file. */
@ExtendWith(ApplicationExtension.class)
class AnimationDialogTest {
    static final Messages RU = Messages.of("ru");
    AnimationViewModel vm;
    AnimationDialog dialog;

    @Start
    void start(Stage stage) {
        IndicatorData data = IndicatorData.bundled();
        vm = new AnimationViewModel(data, data.catalog().require("grp_per_capita"), MapLevel.OBLAST, true,
                ChoroplethSpec.defaults("ru"), RU, Platform::runLater);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog = new AnimationDialog(stage, vm, RU);
        dialog.show();
    }

    private Button button(javafx.scene.control.ButtonType t) { return (Button) dialog.getDialogPane().lookupButton(t); }

    private void waitUntilEnded() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.stateProperty().get() != AnimationViewModel.State.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsASmallGifWithOneFramePerYearAndSaysSo(FxRobot robot, @TempDir Path dir) throws Exception {
        assertEquals(vm.years().getFirst(), vm.fromProperty().get(), "the range starts as all years with data");
        robot.interact(() -> vm.fromProperty().set(2015));
        assertEquals("grp_per_capita-2015-" + vm.years().getLast() + ".gif", vm.target().getFileName().toString(),
                "the suggested name follows the range");
        robot.interact(() -> {
            vm.fromProperty().set(2017);
            vm.toProperty().set(2019);
            vm.fileProperty().set(dir.resolve("grp").toString());
        });
        robot.interact(() -> button(dialog.exportType).fire());
        waitUntilEnded();
        assertEquals(AnimationViewModel.State.DONE, vm.stateProperty().get(), vm.messageProperty().get());
        Path gif = dir.resolve("grp.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(3, r.getNumImages(true));
            assertEquals(1280, r.getWidth(0));
        }
        Label status = robot.lookup("#animation-status").queryAs(Label.class);
        assertEquals("Сохранено: grp.gif, кадров: 3", status.getText());
        assertEquals(1.0, robot.lookup("#animation-progress").queryAs(ProgressBar.class).getProgress(), 1e-9);
        assertTrue(dialog.isShowing(), "the dialog stays open with the outcome");
        assertEquals(RU.get("animation.close"), button(dialog.closeType).getText());
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            vm.fromProperty().set(2010);
            vm.toProperty().set(2025);
            vm.sizeProperty().set(AnimationViewModel.Size.FULL_HD);
            vm.fileProperty().set(dir.resolve("all.gif").toString());
        });
        robot.interact(() -> button(dialog.exportType).fire());
        assertEquals(AnimationViewModel.State.RUNNING, vm.stateProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RU.get("animation.cancel"), button(dialog.closeType).getText(), "while it runs the button cancels");
        assertTrue(button(dialog.exportType).isDisabled());
        // cancelled mid-write: a frame is in the temporary file by then
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.progressProperty().get() > 0);
        robot.interact(() -> button(dialog.closeType).fire());
        waitUntilEnded();
        assertEquals(AnimationViewModel.State.CANCELLED, vm.stateProperty().get(), vm.messageProperty().get());
        assertEquals(RU.get("animation.cancelled"), robot.lookup("#animation-status").queryAs(Label.class).getText());
        try (var s = Files.list(dir)) { assertEquals(List.of(), s.toList(), "no GIF and no temporary file"); }
        assertTrue(dialog.isShowing(), "Cancel stopped the export, not the dialog");
        assertFalse(button(dialog.exportType).isDisabled(), "another export can start");
    }

    @Test
    void aBackwardsRangeCannotStart(FxRobot robot) {
        robot.interact(() -> {
            vm.fromProperty().set(2020);
            vm.toProperty().set(2015);
        });
        assertTrue(button(dialog.exportType).isDisabled());
        assertEquals(RU.get("animation.badRange"), vm.problem());
    }
}
