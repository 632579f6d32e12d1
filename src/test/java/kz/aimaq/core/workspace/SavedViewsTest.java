package kz.aimaq.core.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Saved views travel in the project file (version 2); a version-1 project opens with none. */
class SavedViewsTest {
    @TempDir Path dir;

    static SavedView poverty() {
        return new SavedView("Бедность по макрорегионам", new MapSettings("oblast", "poverty_below_subsistence_min_pct", 2023,
                "jenks", 4, "Reds", false, List.of(), true, "ru"), false, "default",
                List.of(new SavedView.Layer("groups", "GROUPS")), null);
    }

    @Test
    void viewsRoundTripInOrder() throws IOException {
        SavedView grp = new SavedView("ВРП 2024", MapSettings.defaults("ru"), false, null, List.of(), null);
        Workspace ws = Workspace.of(MapSettings.defaults("ru")).withViews(List.of(grp, poverty()));
        Path f = dir.resolve("w.aimaq");
        WorkspaceFiles.save(f, ws);
        assertTrue(Files.readString(f).contains("\"views\""));
        Workspace back = WorkspaceFiles.load(f);
        assertEquals(List.of(grp, poverty()), back.views());
        assertEquals(2, back.version());
        assertEquals(ws, back.withMap(ws.map()), "everything else unchanged");
    }

    @Test
    void aVersionOneProjectOpensWithNoViews() throws IOException {
        Path f = dir.resolve("old.aimaq");
        Files.writeString(f, """
                {"format":"aimaq-workspace","version":1,
                 "map":{"level":"oblast","indicator":"grp","year":2022,"method":"jenks","classes":6,
                        "palette":"Blues","reversePalette":false,"manualBreaks":[],"labels":true,"language":"ru"}}
                """);
        Workspace ws = WorkspaceFiles.load(f);
        assertEquals(Workspace.VERSION, ws.version());
        assertEquals(List.of(), ws.views());
        assertEquals("grp", ws.map().indicator());
    }

    @Test
    void aViewWithAnImpossibleSettingIsRefusedNamingIt() throws IOException {
        Path f = dir.resolve("bad.aimaq");
        Files.writeString(f, """
                {"format":"aimaq-workspace","version":2,"map":{"level":"oblast","indicator":"grp","year":2022,"method":"jenks","classes":5},
                 "views":[{"name":"x","map":{"level":"oblast","indicator":"grp","year":2022,"method":"jenks","classes":1000}}]}
                """);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceFiles.load(f));
        assertEquals("workspace.error.setting", e.key());
        assertTrue(e.getMessage().contains("classes"), e.getMessage());
    }
}
