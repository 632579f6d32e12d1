package kz.aimaq.ui.data;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import kz.aimaq.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An applied import leaves its join report open beside the map (issue 18: the import report is
 * one of the results that get room in the main area), with the rows that need attention, while
 * the map shows the new indicator.
 */
class ImportReportViewUiTest {
    static MainWindow window;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        window = kz.aimaq.ui.RealWindow.open("ru", 1366, 768, w -> {});
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    @Test
    void theJoinReportStaysOpenBesideTheMapAfterApply(@TempDir Path dir) throws Exception {
        // three regions by name, one misspelt (fuzzy), one that does not exist
        Path csv = Files.writeString(dir.resolve("doctors.csv"), """
                Регион;2024
                Акмолинская область;41,5
                Актюбинская обл.;38,2
                Павлодрская обл.;40,1
                Атлантида;12,0
                """);
        Platform.runLater(() -> ImportFeature.open(window, csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogPane().isPresent());
        DialogPane pane = dialogPane().orElseThrow();
        Button apply = robot.lookup(n -> n instanceof Button b && pane.getButtonTypes().stream()
                        .anyMatch(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE && pane.lookupButton(t) == b))
                .queryAs(Button.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !apply.isDisabled());
        robot.interact(apply::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mainArea().placeOf("import-report").isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        var report = window.mainArea().contentOf("import-report").orElseThrow();
        assertEquals("import-report-view", report.getId());
        TableView<?> attention = (TableView<?>) report.lookup(".table-view");
        assertNotNull(attention, "the rows that need attention are in the view");
        assertFalse(attention.getItems().isEmpty(), "the fuzzy and unmatched rows are listed");
        assertTrue(report.lookupAll(".label").stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains("doctors")), "the view names the file");
        assertEquals(kz.aimaq.ui.shell.MainArea.Place.BESIDE, window.mainArea().placeOf("import-report").orElseThrow(),
                "beside the map, which shows the new indicator");
        assertNotEquals("grp_per_capita", window.viewModel().indicatorProperty().get().id());
    }

    private static Optional<DialogPane> dialogPane() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && p.getButtonTypes().stream().anyMatch(t -> t != ButtonType.CANCEL && t.getButtonData() == ButtonBar.ButtonData.OK_DONE)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
