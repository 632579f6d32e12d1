package kz.aimaq.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.aimaq.core.table.DataTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static kz.aimaq.core.table.TableColumn.Kind.*;
import static org.junit.jupiter.api.Assertions.*;

/** What a table's cells become when saved: numbers read back from the way the app writes them. */
@ExtendWith(ApplicationExtension.class)
class TableExportTest {
    private TableView<List<Object>> table;

    private static TableColumn<List<Object>, Object> col(String title, int i) {
        TableColumn<List<Object>, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().get(i)));
        return c;
    }

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.getColumns().setAll(List.of(col("Код", 0), col("Регион", 1), col("Год", 2), col("ВРП", 3), col("Доля", 4),
                col("Население", 5), col("Индекс", 6)));
        table.setItems(FXCollections.observableArrayList(
                List.of("00", "Казахстан", "2024", "7 012,3", "100,0 %", "20 286 084", 0.5123),
                List.of("10", "Абай", "2024", "5 367,8", "3,1 %", "605 000", "—"),
                List.of("75", "Алматы", "2024", "13 844,9", "12,5 %", "2 300 000", -0.25)));
        stage.setScene(new Scene(table, 600, 200));
        stage.show();
    }

    @Test
    void displayedNumbersBecomeNumbersAndCodesStayText(FxRobot robot) {
        AtomicReference<DataTable> t = new AtomicReference<>();
        robot.interact(() -> t.set(TableExport.dataTable(table, "ru", "Таблица")));
        DataTable d = t.get();
        assertEquals("Таблица", d.title());
        assertEquals(List.of(TEXT, TEXT, YEAR, DECIMAL, PERCENT, INTEGER, DECIMAL),
                d.columns().stream().map(kz.aimaq.core.table.TableColumn::kind).toList());
        assertEquals(List.of("00", "Казахстан", 2024.0, 7012.3, 100.0, 20286084.0, 0.5123), d.rows().get(0));
        assertEquals("10", d.rows().get(1).get(0), "KATO codes stay text");
        assertNull(d.rows().get(1).get(6), "a dash is no value, not text in a number column");
        assertEquals(-0.25, d.rows().get(2).get(6));
        assertEquals(1, d.columns().get(3).decimals());
        assertEquals(4, d.columns().get(6).decimals());
    }

    @Test
    void aTableMaySupplyItsOwnTitleNotesAndExactValues(FxRobot robot) {
        AtomicReference<DataTable> t = new AtomicReference<>();
        robot.interact(() -> {
            table.getProperties().put(TableExport.TITLE, "ВРП на душу населения, 2024");
            table.getProperties().put(TableExport.NOTES, List.of("Источник: БНС"));
            t.set(TableExport.dataTable(table, "ru", "Таблица"));
        });
        assertEquals("ВРП на душу населения, 2024", t.get().title());
        assertEquals(List.of("Источник: БНС"), t.get().notes());
        DataTable own = new DataTable("own", List.of(kz.aimaq.core.table.TableColumn.decimal("v", 3)),
                List.of(List.of(5367.812)), List.of("n"));
        robot.interact(() -> {
            TableExport.supply(table, () -> own);
            t.set(TableExport.dataTable(table, "ru", "Таблица"));
            table.getProperties().remove(TableExport.SOURCE);
            table.getProperties().remove(TableExport.TITLE);
            table.getProperties().remove(TableExport.NOTES);
        });
        assertSame(own, t.get());
    }
}
