package kz.aimaq.core.workspace;

import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A hand-edited project with an impossible setting is refused on opening, naming it (issue 14). */
class WorkspaceSettingsCheckTest {
    @TempDir Path dir;

    private WorkspaceException refused(MapSettings m) throws IOException {
        Path f = dir.resolve("edited.aimaq");
        WorkspaceFiles.save(f, WorkspaceSamples.simple().withMap(m));
        return assertThrows(WorkspaceException.class, () -> WorkspaceFiles.load(f));
    }

    @Test
    void thousandClassesANegativeYearAndANaNBreakAreRefused() throws IOException {
        MapSettings ok = MapSettings.defaults("ru");
        WorkspaceException e = refused(new MapSettings("oblast", "grp", 2024, "quantile", 1000, null, false, List.of(), true, "ru"));
        assertEquals("workspace.error.setting", e.key());
        assertTrue(e.getMessage().contains("classes = 1,000") && e.getMessage().contains("2–9"), e.getMessage());
        assertTrue(e.message(Messages.of("kk")).contains("мүмкін емес баптауы"), e.message(Messages.of("kk")));
        assertTrue(refused(new MapSettings("oblast", "grp", -5, "quantile", 5, null, false, List.of(), true, "ru")).getMessage().contains("year"));
        assertTrue(refused(new MapSettings("region", "grp", 2024, "quantile", 5, null, false, List.of(), true, "ru")).getMessage().contains("level"));
        assertTrue(refused(new MapSettings("oblast", "grp", 2024, "manual", 5, null, false, List.of(1.0, Double.NaN), true, "ru"))
                .getMessage().contains("manualBreaks"));
        Path good = dir.resolve("good.aimaq");
        WorkspaceFiles.save(good, WorkspaceSamples.simple().withMap(ok));
        assertEquals(ok, WorkspaceFiles.load(good).map());
    }
}
