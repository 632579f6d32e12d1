package kz.aimaq.ui.group;

import javafx.beans.property.SimpleIntegerProperty;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.group.GroupingEditor;
import kz.aimaq.core.group.Groupings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The panel's logic without nodes: JavaFX properties work without the toolkit running. */
class GroupViewModelTest {

    private final SimpleIntegerProperty year = new SimpleIntegerProperty(2024);
    private final GroupViewModel vm = new GroupViewModel(new GroupingEditor(Groupings.preset("five")), IndicatorData.bundled(), year, GroupTexts.of("en"));

    @Test
    void mapClicksAssignOnlyWithAGroupSelected() {
        assertFalse(vm.onRegionClicked("71"), "no group selected: the map keeps its own click behaviour");
        assertFalse(vm.canUndoProperty().get());
        vm.selectedGroupIdProperty().set("central");
        assertTrue(vm.onRegionClicked("71"));
        assertEquals("central", vm.getGrouping().groupOf("71").orElseThrow().id());
        assertTrue(vm.canUndoProperty().get());
        assertEquals(3, vm.summary().get(1).group().members().size(), "summary follows the edit");
        vm.undo();
        assertEquals(Groupings.preset("five"), vm.getGrouping());
        assertTrue(vm.canRedoProperty().get());
    }

    @Test
    void summaryFollowsTheYear() {
        double pop2024 = vm.summary().getFirst().population().value();
        year.set(2015);
        assertNotEquals(pop2024, vm.summary().getFirst().population().value());
        assertFalse(vm.summary().get(1).grp().complete(), "Central GRP 2015 is not on today's boundaries");
    }

    @Test
    void restoreDefaultIsOneUndoableClick() {
        vm.removeGroup("west");
        assertEquals(5, vm.summary().size(), "four groups left plus the ungrouped row");
        assertTrue(vm.summary().getLast().isUngrouped());
        vm.restoreDefault();
        assertEquals(Groupings.preset("five"), vm.getGrouping());
        vm.undo();
        assertTrue(vm.getGrouping().group("west").isEmpty());
    }

    @Test
    void aRefusedFileLeavesTheGroupingAndSaysWhy(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"aimaq-grouping\",\"version\":1,\"groups\":[{\"id\":\"a\",\"color\":\"#66c2a5\",\"members\":[\"77\"]}]}");
        assertFalse(vm.open(bad));
        assertTrue(vm.messageProperty().get().contains("'77'"), vm.messageProperty().get());
        assertEquals(Groupings.preset("five"), vm.getGrouping());

        Path good = dir.resolve("good.json");
        vm.selectedGroupIdProperty().set("east");
        vm.onRegionClicked("62");
        assertTrue(vm.save(good));
        vm.restoreDefault();
        assertTrue(vm.open(good));
        assertEquals("east", vm.getGrouping().groupOf("62").orElseThrow().id());
    }

    @Test
    void removingTheSelectedGroupClearsTheSelection() {
        vm.selectedGroupIdProperty().set("west");
        vm.removeGroup("west");
        assertNull(vm.selectedGroupIdProperty().get());
        assertFalse(vm.onRegionClicked("23"));
    }
}
