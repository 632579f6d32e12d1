package kz.aimaq.core.group;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GroupingEditorTest {

    private final Grouping five = Groupings.preset("five");
    private final GroupingEditor editor = new GroupingEditor(five);

    @Test
    void assignMovesARegionAndUndoRestoresThePreviousGrouping() {
        assertFalse(editor.canUndo());
        editor.assign("71", "central"); // Astana to Central, as some planners argue
        assertEquals("central", editor.current().groupOf("71").orElseThrow().id());
        assertEquals(List.of("11", "39", "55", "59"), editor.current().group("north").orElseThrow().members());
        assertEquals(List.of("35", "62", "71"), editor.current().group("central").orElseThrow().members());
        assertTrue(editor.canUndo());

        editor.undo();
        assertEquals(five, editor.current());
        assertFalse(editor.canUndo());
        assertTrue(editor.canRedo());

        editor.redo();
        assertEquals("central", editor.current().groupOf("71").orElseThrow().id());
    }

    @Test
    void everyKindOfEditIsUndoneInReverseOrder() {
        List<Grouping> states = new ArrayList<>(List.of(editor.current()));
        editor.rename("east", "en", "East (Altai)");        states.add(editor.current());
        editor.recolour("east", "#B3B3B3");                  states.add(editor.current());
        Group added = editor.addGroup("Capital");           states.add(editor.current());
        editor.assign("71", added.id());                     states.add(editor.current());
        editor.removeGroup("west");                          states.add(editor.current());
        editor.resetToPreset("five-plus-cities");            states.add(editor.current());

        assertEquals(Groupings.preset("five-plus-cities"), editor.current());
        for (int i = states.size() - 2; i >= 0; i--) {
            editor.undo();
            assertEquals(states.get(i), editor.current(), "after undo to state " + i);
        }
        assertFalse(editor.canUndo());
        for (int i = 1; i < states.size(); i++) {
            editor.redo();
            assertEquals(states.get(i), editor.current(), "after redo to state " + i);
        }
    }

    @Test
    void editsChangeWhatTheySay() {
        editor.rename("east", "ru", "Восточный");
        assertEquals("Восточный", editor.current().group("east").orElseThrow().nameRu());
        assertEquals("East", editor.current().group("east").orElseThrow().nameEn());
        editor.recolour("east", "#B3B3B3");
        assertEquals("#b3b3b3", editor.current().group("east").orElseThrow().color());
        assertThrows(IllegalArgumentException.class, () -> editor.recolour("east", "grey"));

        editor.removeGroup("west");
        assertEquals(List.of("15", "23", "27", "47"), editor.ungrouped(), "members of a removed group become ungrouped");

        Group g = editor.addGroup("West");
        assertEquals("west", g.id());
        Group g2 = editor.addGroup("West");
        assertEquals("west-2", g2.id(), "ids stay unique");
        assertNotEquals(g.color(), g2.color());
        editor.assign("23", "west");
        editor.unassign("23");
        assertTrue(editor.ungrouped().contains("23"));
        assertThrows(IllegalArgumentException.class, () -> editor.assign("99", "west"));
        assertThrows(IllegalArgumentException.class, () -> editor.assign("23", "nowhere"));
    }

    @Test
    void aNewEditClearsRedoAndNoOpsAreNotRecorded() {
        editor.assign("11", "north"); // already there
        assertFalse(editor.canUndo());
        editor.assign("11", "central");
        editor.undo();
        editor.assign("59", "central");
        assertFalse(editor.canRedo());
    }

    @Test
    void listenersHearEditsUndoAndRedo() {
        List<Grouping> heard = new ArrayList<>();
        editor.addListener(heard::add);
        editor.assign("10", "central");
        editor.undo();
        editor.redo();
        assertEquals(3, heard.size());
        assertEquals(five, heard.get(1));
        assertEquals(heard.get(0), heard.get(2));
    }
}
