package kz.aimaq.core.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.*;

/** A saved project keeps the mode of the file it replaces; a new one gets the umask's, never 0600 (issue 14). */
class WorkspaceFileModeTest {
    @TempDir Path dir;

    @Test
    void savingKeepsTheModeAndANewProjectIsNotPrivate() throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Path shared = dir.resolve("team.aimaq");
        WorkspaceFiles.save(shared, WorkspaceSamples.simple());
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(shared), "umask's mode, not 0600");

        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw----"));
        WorkspaceFiles.save(shared, WorkspaceSamples.full());
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertEquals(WorkspaceSamples.full(), WorkspaceFiles.load(shared));
    }

    @Test
    void anUnreadableProjectSaysPermissionDenied() throws IOException {
        Path f = dir.resolve("locked.aimaq");
        WorkspaceFiles.save(f, WorkspaceSamples.simple());
        assertTrue(f.toFile().setReadable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f), "running as root: the OS lets us read anyway");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceFiles.load(f));
            assertEquals("workspace.error.denied", e.key());
            assertTrue(e.getMessage().startsWith("permission denied"), e.getMessage());
        } finally {
            f.toFile().setReadable(true, false);
        }
    }
}
