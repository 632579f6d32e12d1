package kz.aimaq.ui.table;

import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.shell.MainWindow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The data table in the real window on the bundled figures: GRP per capita 2024 on today's 20
 * regions, ranks, the change since 2014 (absent, with the reason, where a region did not exist
 * or its 2014 figure covers a larger territory), selection linked with the map both ways, and
 * the saved XLSX with numeric cells.
 */
class DataTableUiTest {
    static MainWindow window;
    static DataTableFeature feature;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        window = kz.aimaq.ui.RealWindow.open("ru", 1200, 780, w -> feature = DataTableFeature.install(w));
        FxToolkit.setupFixture(() -> {
            MapViewModel vm = window.viewModel();
            vm.indicatorProperty().set(vm.data().catalog().require("grp_per_capita"));
            vm.yearProperty().set(2024);
            feature.open();
            feature.viewModel().baseYearProperty().set(2014);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception { FxToolkit.cleanupStages(); }

    private static TableRow row(String code) {
        return feature.viewModel().rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void rowsAreTheMappedValuesWithRanksClassesAndAnHonestChange() {
        DataTableViewModel t = feature.viewModel();
        assertEquals(20, t.rows().size(), "today's 20 regions");
        assertTrue(t.baseYears().contains(2010) && !t.baseYears().contains(2024), "years before the shown one");
        assertEquals(5367.8, row("10").value());
        assertEquals(1, row("23").rank(), "Atyrau has the highest GRP per capita in 2024");
        assertEquals(21177.6, row("23").value());
        assertEquals(5, row("23").classNo(), "top quintile");
        assertEquals("область Абай", row("10").name());
        // Akmola: same territory in 2014 and 2024
        assertEquals(5332.7 - 1427.9, row("11").change(), 1e-9);
        assertEquals((5332.7 - 1427.9) / 1427.9 * 100, row("11").changePct(), 1e-9);
        // Abai did not exist in 2014; Karaganda's 2014 figure includes Ulytau: no number, a reason
        assertNull(row("10").change());
        assertTrue(row("10").changeNote().contains("2022"), row("10").changeNote());
        assertNull(row("35").change());
        assertTrue(row("35").changeNote().contains("большей территории"), row("35").changeNote());
        assertTrue(t.nationalProperty().get().contains("6\u00A0780,9"), t.nationalProperty().get());

        // the filter: case-insensitive Cyrillic substring or KATO
        robot.interact(() -> t.filterProperty().set("АЛМАТ"));
        assertEquals(Set.of("19", "75"), Set.copyOf(t.shownRows().stream().map(TableRow::code).toList()));
        robot.interact(() -> t.filterProperty().set("6"));
        assertTrue(t.shownRows().stream().allMatch(r -> r.code().contains("6") || r.name().contains("6")));
        robot.interact(() -> t.filterProperty().set(""));

        // copy: tab-separated, decimal comma, no grouping
        String text = t.copyText(List.of(row("10")));
        String[] lines = text.split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith("область Абай\t10\t5367,8\t"), lines[1]);
    }

    /**
     * A closed table does not rebuild its rows on every map change (a recolour paid for rows
     * nobody saw); opened again it shows the map as it is now.
     */
    @Test
    void aClosedTableFollowsTheMapAgainWhenReopened() throws Exception {
        DataTableViewModel t = feature.viewModel();
        javafx.scene.control.Tab tab = robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .flatMap(p -> p.getTabs().stream()).filter(x -> DataTableFeature.VIEW_ID.equals(x.getId())).findFirst().orElseThrow();
        int before = t.revisionProperty().get();
        robot.interact(() -> tab.getTabPane().getTabs().remove(tab));
        robot.interact(() -> window.viewModel().yearProperty().set(2020));
        assertEquals(before, t.revisionProperty().get(), "rebuilt while closed");
        assertEquals(2024, t.year());
        robot.interact(feature::open);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.year() == 2020 && t.rows().size() == 17);
        robot.interact(() -> window.viewModel().yearProperty().set(2024));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.year() == 2024 && t.rows().size() == 20);
        robot.interact(() -> t.baseYearProperty().set(2014));
    }

    @Test
    void onAnOlderMapTheChangeComparesUnitsThatCoveredTheSameGround() throws Exception {
        DataTableViewModel t = feature.viewModel();
        robot.interact(() -> window.viewModel().yearProperty().set(2020));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.rows().size() == 17);
        robot.interact(() -> t.baseYearProperty().set(2014));
        // Almaty Region with Zhetisu in 2014 and in 2020: the same ground, compared
        assertEquals(1805.2, row("19").value());
        assertEquals(1805.2 - 1002.1, row("19").change(), 1e-9);
        // Turkistan is a unit from 2018: in 2014 it was part of South Kazakhstan
        assertNull(row("61").change());
        assertTrue(row("61").changeNote().contains("2018"), row("61").changeNote());
        robot.interact(() -> window.viewModel().yearProperty().set(2024));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> t.rows().size() == 20);
        robot.interact(() -> t.baseYearProperty().set(2014));
    }

    @Test
    void selectingRowsOutlinesRegionsAndClickingARegionSelectsItsRow() throws Exception {
        DataTableView view = feature.view();
        robot.interact(() -> {
            view.table().getSelectionModel().clearSelection();
            for (int i = 0; i < view.table().getItems().size(); i++) {
                String c = view.table().getItems().get(i).code();
                if (c.equals("71") || c.equals("75")) view.table().getSelectionModel().select(i);
            }
        });
        assertEquals(Set.of("71", "75"), Set.copyOf(window.map().marked()), "the selected rows are outlined on the map");
        MapScene before = window.viewModel().sceneProperty().get();
        assertNull(before.selectedCode(), "the outline is the screen's, not the scene's: exports do not carry it");

        // back on the map tab, a click on Karaganda selects its row
        robot.interact(() -> window.mainArea().showMap());
        WaitForAsyncUtils.waitForFxEvents();
        MapScene s = window.viewModel().sceneProperty().get();
        MapScene.Area karaganda = s.areas().stream().filter(a -> a.code().equals("35")).findFirst().orElseThrow();
        var v = window.map().viewport();
        Point2D p = window.map().localToScreen(v.toDeviceX(karaganda.labelX()), v.toDeviceY(karaganda.labelY()));
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("35"), view.table().getSelectionModel().getSelectedItems().stream().map(TableRow::code).toList());
        assertEquals(Set.of("35"), Set.copyOf(window.map().marked()));
    }

    @Test
    void savesTheTableAsXlsxWithNumericCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("grp.xlsx");
        robot.interact(() -> {
            try {
                TableSaving.write(feature.viewModel(), feature.view().shownInOrder(), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(file) > 0);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheetAt(0);
            Row abai = null;
            int header = -1;
            for (Row r : sh) {
                Cell c0 = r.getCell(0);
                if (c0 != null && c0.getCellType() == CellType.STRING && c0.getStringCellValue().equals("Регион")) header = r.getRowNum();
                if (c0 != null && c0.getCellType() == CellType.STRING && c0.getStringCellValue().equals("область Абай")) abai = r;
            }
            assertTrue(header >= 0, "a header row");
            assertNotNull(abai, "Abai's row");
            assertEquals(CellType.NUMERIC, abai.getCell(2).getCellType(), "the value is a number, not text");
            assertEquals(5367.8, abai.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(0, header, "the header is the first row");
            assertEquals(20, sh.getLastRowNum(), "20 regions below the header");
            assertEquals(CellType.NUMERIC, abai.getCell(4).getCellType(), "the class is a number");
            assertEquals("Источник", wb.getSheetAt(1).getSheetName());
        }
    }
}
