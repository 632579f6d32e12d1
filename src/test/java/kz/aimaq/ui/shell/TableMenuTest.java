package kz.aimaq.ui.shell;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.GroupSummary;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.group.GroupFeature;
import kz.aimaq.ui.group.GroupPanel;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** The table menu in the real window, on the macro-region summary table (a table every user reaches). */
@ExtendWith(ApplicationExtension.class)
class TableMenuTest {
    private MainWindow w;
    private GroupPanel panel;

    @Start
    void start(Stage stage) {
        w = new MainWindow(stage, IndicatorData.bundled(), "ru", lang -> {});
        panel = GroupFeature.install(w);
        w.start();
        stage.setWidth(1200);
        stage.setHeight(780);
    }

    /** The summary table: the TableView showing the grouping's GroupSummary rows. */
    private TableView<?> summaryTable(FxRobot robot) throws Exception {
        var tab = w.sideTabs().getTabs().stream().filter(t -> t.getText().equals("Макрорегионы")).findFirst().orElseThrow();
        robot.interact(() -> w.sideTabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !panel.viewModel().summary().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<TableView<?>> found = new AtomicReference<>();
        robot.interact(() -> {
            for (var n : w.root().lookupAll(".table-view")) {
                if (n instanceof TableView<?> t && !t.getItems().isEmpty() && t.getItems().getFirst() instanceof GroupSummary) found.set(t);
            }
        });
        assertNotNull(found.get(), "the macro-region summary table is in the window");
        return found.get();
    }

    @Test
    void rightClickOnATableOffersCopyAndSaveInTheInterfaceLanguage(FxRobot robot) throws Exception {
        TableView<?> table = summaryTable(robot);
        robot.interact(() -> {
            var b = table.localToScreen(table.getBoundsInLocal());
            table.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    20, 40, b.getMinX() + 20, b.getMinY() + 40, false, new javafx.scene.input.PickResult(table, 20, 40)));
        });
        ContextMenu menu = robot.listWindows().stream().filter(x -> x instanceof ContextMenu).map(x -> (ContextMenu) x)
                .findFirst().orElseThrow(() -> new AssertionError("no context menu on the table"));
        assertEquals("Копировать таблицу", menu.getItems().get(0).getText());
        assertEquals("Сохранить таблицу как XLSX/CSV…", menu.getItems().get(1).getText());
        // Copy: tab-separated, decimal commas, the group names as shown
        robot.interact(() -> menu.getItems().get(0).fire());
        AtomicReference<String> clip = new AtomicReference<>();
        robot.interact(() -> clip.set(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertNotNull(clip.get());
        List<String> lines = clip.get().lines().toList();
        assertEquals(1 + panel.viewModel().summary().size(), lines.size(), clip.get());
        assertTrue(lines.get(1).startsWith("Север\t"), lines.get(1));
        assertTrue(lines.get(1).matches(".*\\t\\d+,\\d\\t.*"), "a decimal comma: " + lines.get(1));
        robot.interact(menu::hide);
    }

    @Test
    void theSavedXlsxHoldsTheTableAsNumbers(FxRobot robot, @TempDir Path dir) throws Exception {
        TableView<?> table = summaryTable(robot);
        Path file = dir.resolve("макрорегионы.xlsx");
        List<String> errors = new ArrayList<>();
        AtomicReference<Boolean> ok = new AtomicReference<>();
        robot.interact(() -> ok.set(TableMenu.save(table, file, Messages.of("ru"), errors::add)));
        assertTrue(ok.get(), errors.toString());
        List<GroupSummary> summary = List.copyOf(panel.viewModel().summary());
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("Данные", s.getSheetName());
            Row head = s.getRow(0);
            List<String> headers = new ArrayList<>();
            for (Cell c : head) headers.add(c.getStringCellValue());
            // the frozen name column (its own table beside the figures) comes first, as on screen
            List<String> shownHeaders = new ArrayList<>();
            if (table.getProperties().get(kz.aimaq.ui.common.TableExport.LEADING) instanceof TableView<?> fixed) {
                fixed.getVisibleLeafColumns().forEach(c -> shownHeaders.add(c.getText()));
            }
            table.getVisibleLeafColumns().forEach(c -> shownHeaders.add(c.getText()));
            assertEquals(shownHeaders, headers);
            assertTrue(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(summary.size(), s.getLastRowNum());
            // by header: the map's indicator may be shown as a column after the group's name
            int grpPerCapita = headers.size() - 1;   // the last column, shown with one decimal
            int population = headers.indexOf("Население, чел.");
            assertTrue(population > 0, headers.toString());
            for (int i = 0; i < summary.size(); i++) {
                Row row = s.getRow(i + 1);
                GroupSummary g = summary.get(i);
                assertEquals(g.group().name("ru"), row.getCell(0).getStringCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(population).getCellType(), "population is a number");
                assertEquals(Math.round(g.population().value()), row.getCell(population).getNumericCellValue(), 0.0);
                assertEquals("#,##0", row.getCell(population).getCellStyle().getDataFormatString());
                Cell gpc = row.getCell(grpPerCapita);
                assertEquals(CellType.NUMERIC, gpc.getCellType());
                double shown = BigDecimal.valueOf(g.grpPerCapita().value()).setScale(1, RoundingMode.HALF_UP).doubleValue();
                assertEquals(shown, gpc.getNumericCellValue(), 0.0, g.group().id());
                assertEquals("#,##0.0", gpc.getCellStyle().getDataFormatString());
            }
            assertEquals("Источник", wb.getSheetAt(1).getSheetName());
        }
        // and the CSV for a Russian Excel
        Path csv = dir.resolve("t.csv");
        robot.interact(() -> ok.set(TableMenu.save(table, csv, Messages.of("ru"), errors::add)));
        assertTrue(ok.get(), errors.toString());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertTrue(text.lines().skip(1).findFirst().orElseThrow().startsWith("Север;"), text);
    }
}
