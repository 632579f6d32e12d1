package kz.aimaq.ui.export;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.*;

/** The dialog on a real (headless) JavaFX stage: defaults, live preview, size validation. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    ExportViewModel vm;
    ExportDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        ExportViewModelTest.load();
        vm = ExportViewModelTest.vm(null);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog = new ExportDialog(stage, vm, Messages.of("kk"));
        dialog.show();
    }

    @Test
    void showsDefaultsPreviewAndRefusesABadCustomSize(FxRobot robot) {
        TextField title = robot.lookup((TextField t) -> "Уровень безработицы, 2024".equals(t.getText())).queryAs(TextField.class);
        assertNotNull(title, "title field shows the map's default title");
        ImageView preview = robot.lookup((ImageView v) -> v.getImage() != null).queryAs(ImageView.class);
        assertEquals(ExportDialog.PREVIEW_W, preview.getImage().getWidth(), 0.5);
        var before = preview.getImage();

        CheckBox legend = robot.lookup((CheckBox c) -> c.getText().equals(Messages.of("kk").get("export.legend"))).queryAs(CheckBox.class);
        robot.interact(() -> legend.setSelected(false));
        assertFalse(vm.legendProperty().get());
        assertNotSame(before, preview.getImage(), "preview redrawn");

        Button save = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        assertFalse(save.isDisabled());
        robot.interact(() -> {
            vm.sizeProperty().set(PngExporter.SizePreset.CUSTOM);
            vm.customWidthProperty().set("12");
        });
        assertTrue(save.isDisabled(), "a 12 px wide export is refused before the file dialog");
        String badSize = Messages.of("kk").get("export.badSize");
        assertTrue(robot.lookup((javafx.scene.control.Label l) -> badSize.equals(l.getText())).queryAs(javafx.scene.control.Label.class)
                .isVisible(), "and the dialog says what to fix");
        robot.interact(() -> vm.formatProperty().set(ExportViewModel.Format.PDF));
        assertFalse(save.isDisabled(), "PDF ignores the pixel size");
        ComboBox<?> page = robot.lookup((ComboBox<?> c) -> c.getValue() instanceof kz.aimaq.core.export.PdfExporter.PageSize)
                .queryAs(ComboBox.class);
        assertFalse(page.isDisabled());
        robot.interact(dialog::close);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
