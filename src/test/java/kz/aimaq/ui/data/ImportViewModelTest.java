package kz.aimaq.ui.data;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.importing.TableLayout;
import kz.aimaq.core.region.RegionNameMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The dialog's state and commands, without nodes or a display. */
class ImportViewModelTest {

    @TempDir Path dir;

    static final String DEMO = """
            Валовой региональный продукт на душу населения, тыс. тенге;;;
            Регион;2021 год;2022 год;Примечание
            Республика Казахстан;4 417,9;5 284,7;
            Акмолинская обл.;3 021,5;3 530,3;
            Павлодрская обл.;4 402,1;5 202,4;опечатка
            г.Нур-Султан;7 361,9;8 053,9;старое название
            Алматы;1 830,0;2 050,1;область или город?
            Атлантида;1;2;нет такого региона
            Карагандинская;4 201,3;4 512,8;
            Карагандинская область;4 201,3;4 512,8;повтор
            1) Данные предварительные;;;
            """;

    @Test
    void openDetectsReportsAndTheUserFixesRowsThenApplies() throws Exception {
        Path csv = Files.writeString(dir.resolve("demo.csv"), DEMO);
        ImportViewModel vm = new ImportViewModel(RegionNameMatcher.bundled());
        vm.open(csv);
        assertEquals("", vm.errorProperty().get());
        assertEquals(List.of("demo"), vm.sheets());
        assertEquals("тыс. тенге", vm.unitProperty().get());
        assertEquals(11, vm.previewProperty().get().rows().size(), "all 11 lines (fewer than 20)");
        assertEquals(List.of("5 fuzzy", "7 ambiguous", "8 unmatched", "10 duplicate"),
                vm.attention().stream().map(a -> a.row() + " " + a.status()).toList());

        vm.matchRow(5, "55");
        vm.matchRow(7, "19");
        vm.matchRow(8, null);
        vm.matchRow(10, null);
        assertEquals(List.of("5 manual", "7 manual", "8 excluded", "10 excluded"),
                vm.attention().stream().map(a -> a.row() + " " + a.status()).toList());
        assertEquals(List.of(), vm.reportProperty().get().duplicates());

        // the manual decisions survive a layout correction
        vm.setRole(2, TableLayout.ColumnRole.IGNORED);
        assertEquals(java.util.Map.of(1, 2021), vm.layoutProperty().get().yearColumns());
        assertEquals("5 manual", vm.attention().getFirst().row() + " " + vm.attention().getFirst().status());

        vm.indicatorIdProperty().set("grp_pc_demo");
        assertTrue(vm.canApply().get());
        IndicatorData current = IndicatorData.bundled();
        IndicatorData updated = vm.apply(current).orElseThrow();
        assertEquals(3021.5, updated.get("grp_pc_demo", 2021, "11").orElseThrow().value());
        assertEquals(4402.1, updated.get("grp_pc_demo", 2021, "55").orElseThrow().value());
        assertEquals(1830.0, updated.get("grp_pc_demo", 2021, "19").orElseThrow().value());
        assertTrue(updated.get("grp_pc_demo", 2022, "11").isEmpty(), "column C was set to ignored");
        assertTrue(current.catalog().byId("grp_pc_demo").isEmpty(), "the loaded data is not touched");

        // applying twice under the same id into the updated data is refused with a message
        vm.apply(updated);
        assertTrue(vm.errorProperty().get().contains("already exists"));
    }

    @Test
    void savedMappingIsReusedOnTheNextFile() throws Exception {
        ImportViewModel vm = new ImportViewModel(RegionNameMatcher.bundled());
        vm.open(Files.writeString(dir.resolve("a.csv"), DEMO));
        vm.matchRow(5, "55");
        Path mapping = dir.resolve("m.json");
        vm.saveMapping(mapping);

        ImportViewModel next = new ImportViewModel(RegionNameMatcher.bundled());
        next.open(Files.writeString(dir.resolve("b.csv"), DEMO.replace("4 402,1", "4 500,0")));
        next.loadMapping(mapping);
        assertEquals("5 manual", next.attention().getFirst().row() + " " + next.attention().getFirst().status());
        assertEquals(4500.0, next.reportProperty().get().rows().get(2).values().get(2021));
    }

    @Test
    void longTableChoosesTheIndicatorToImport() throws Exception {
        ImportViewModel vm = new ImportViewModel(RegionNameMatcher.bundled());
        vm.open(Files.writeString(dir.resolve("l.csv"), "kato,year,indicator,value\n11,2020,grp,5\n11,2021,grp,6\n11,2020,pop,100\n15,2020,pop,200\n"));
        assertEquals(List.of("grp", "pop"), vm.indicatorValues());
        assertEquals("grp", vm.indicatorNameProperty().get());
        vm.setIndicatorFilter("pop");
        assertEquals("pop", vm.indicatorNameProperty().get());
        assertEquals(List.of("11", "15"), vm.reportProperty().get().matched().stream().map(m -> m.region()).toList());
        assertEquals(200.0, vm.reportProperty().get().rows().get(1).values().get(2020));
    }

    @Test
    void unreadableFileGivesAMessageNotAnException() throws Exception {
        ImportViewModel vm = new ImportViewModel(RegionNameMatcher.bundled());
        vm.open(Files.write(dir.resolve("x.xlsx"), new byte[]{0x50, 0x4B, 0x03, 0x04, 9, 9}));
        assertTrue(vm.errorProperty().get().contains("incomplete or damaged"), vm.errorProperty().get());
        assertNull(vm.reportProperty().get());
        assertFalse(vm.canApply().get());
    }

    @Test
    void anIndicatorTheAppHasAlreadyIsNamedBySameIdOrByNameAndUnit() {
        ImportViewModel vm = new ImportViewModel(RegionNameMatcher.bundled(), "ru");
        var catalog = kz.aimaq.core.data.IndicatorData.bundled().catalog();
        vm.indicatorIdProperty().set("my_income");
        vm.indicatorNameProperty().set("Доход на душу");
        vm.unitProperty().set("тенге");
        assertTrue(vm.duplicateIn(catalog).isEmpty(), "a new indicator");

        vm.indicatorIdProperty().set("grp_per_capita");
        var byId = vm.duplicateIn(catalog).orElseThrow();
        assertEquals(ImportViewModel.Sameness.SAME_ID, byId.how());
        assertEquals("grp_per_capita", byId.of().id());

        // another id, but the bundled name and unit (in Russian, spaced and cased differently)
        vm.indicatorIdProperty().set("vrp_dusha_2024");
        vm.indicatorNameProperty().set("  ВРП на душу   населения ");
        vm.unitProperty().set("Тыс. тенге");
        var byName = vm.duplicateIn(catalog).orElseThrow();
        assertEquals(ImportViewModel.Sameness.SAME_NAME_AND_UNIT, byName.how());
        assertEquals("grp_per_capita", byName.of().id());

        // the same name in another unit is another indicator
        vm.unitProperty().set("долл. США");
        assertTrue(vm.duplicateIn(catalog).isEmpty());
    }
}
