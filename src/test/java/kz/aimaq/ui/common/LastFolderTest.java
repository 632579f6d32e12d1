package kz.aimaq.ui.common;

import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The next file dialog starts where the last file was chosen; a vanished folder is skipped. */
class LastFolderTest {
    @TempDir Path dir;

    @Test
    void theNextDialogStartsInTheFolderOfTheLastChosenFile() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("Отчёты"));
        File chosen = reports.resolve("карта.png").toFile();
        assertSame(chosen, LastFolder.remember(chosen));
        assertEquals(reports.toFile().getAbsoluteFile(), LastFolder.folder().orElseThrow());
        FileChooser fc = new FileChooser();
        assertEquals(reports.toFile().getAbsoluteFile(), LastFolder.prepare(fc).getInitialDirectory());

        // a dialog that sets its own folder (the open project's) keeps it
        FileChooser own = new FileChooser();
        own.setInitialDirectory(dir.toFile());
        assertEquals(dir.toFile(), LastFolder.prepare(own).getInitialDirectory());

        // cancelled: nothing changes
        assertNull(LastFolder.remember(null));
        assertEquals(reports.toFile().getAbsoluteFile(), LastFolder.folder().orElseThrow());

        // the folder is gone: the platform's default
        Files.delete(reports);
        assertTrue(LastFolder.folder().isEmpty());
        assertNull(LastFolder.prepare(new FileChooser()).getInitialDirectory());
    }
}
