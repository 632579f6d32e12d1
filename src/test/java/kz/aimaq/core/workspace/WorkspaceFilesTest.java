package kz.aimaq.core.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class WorkspaceFilesTest {
    @TempDir Path dir;

    @Test
    void saveThenLoadGivesTheSameWorkspace() throws IOException {
        Workspace ws = WorkspaceSamples.full();
        assertEquals(21, ws.importedTables().getFirst().observations().size(), "20 regions + the national row of 2023");
        Path f = dir.resolve("session.aimaq");
        WorkspaceFiles.save(f, ws);
        Workspace back = WorkspaceFiles.load(f);
        assertEquals(ws, back);
        // the parts a reader of the file relies on
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"format\" : \"aimaq-workspace\""), text.substring(0, 80));
        assertTrue(text.contains("\"version\" : 2"));
        assertTrue(text.contains("Жан басына ЖӨӨ"), "Kazakh text saved as UTF-8");
        assertEquals(4.8, back.map().manualBreaks().get(1));
        assertEquals("West", back.groupings().get(0).path("groups").get(0).path("name").asText());
    }

    @Test
    void saveReplacesThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("w.aimaq");
        WorkspaceFiles.save(f, WorkspaceSamples.simple());
        WorkspaceFiles.save(f, WorkspaceSamples.full());
        assertEquals(WorkspaceSamples.full(), WorkspaceFiles.load(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(java.util.List.of(f), s.toList());
        }
    }

    /** A crash after any step of a save leaves a readable file: the old work, or (once renamed) the new. */
    @ParameterizedTest
    @EnumSource(WorkspaceFiles.Step.class)
    void aSaveInterruptedAtAnyStepLeavesAReadableFile(WorkspaceFiles.Step crashAfter) throws IOException {
        Path f = dir.resolve("work.aimaq");
        Workspace before = WorkspaceSamples.simple();
        Workspace after = WorkspaceSamples.full();
        WorkspaceFiles.save(f, before);
        assertThrows(WorkspaceFiles.SimulatedCrash.class, () -> WorkspaceFiles.save(f, after, step -> {
            if (step == crashAfter) throw new WorkspaceFiles.SimulatedCrash(step);
        }));
        Workspace found = WorkspaceFiles.load(f);
        assertEquals(crashAfter == WorkspaceFiles.Step.MOVED ? after : before, found);

        // the next save works and sweeps away what the crash left
        WorkspaceFiles.save(f, after);
        assertEquals(after, WorkspaceFiles.load(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "temporary files of the crashed save are removed");
        }
    }

    @Test
    void aFirstSaveInterruptedBeforeTheRenameLeavesNoFileBehindUnderTheTargetName() {
        Path f = dir.resolve("new.aimaq");
        assertThrows(WorkspaceFiles.SimulatedCrash.class, () -> WorkspaceFiles.save(f, WorkspaceSamples.full(), step -> {
            if (step == WorkspaceFiles.Step.HALF_WRITTEN) throw new WorkspaceFiles.SimulatedCrash(step);
        }));
        assertFalse(Files.exists(f), "no half file appears under the real name");
    }

    @Test
    void aFileFromANewerVersionIsRefusedNamingBothVersions() throws IOException {
        Path f = dir.resolve("future.aimaq");
        Files.writeString(f, "{\"format\":\"aimaq-workspace\",\"version\":3,\"map\":{},\"hologram\":true}");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceFiles.load(f));
        assertEquals("workspace.error.newer", e.key());
        assertTrue(e.getMessage().contains("version 3") && e.getMessage().contains("up to version 2"), e.getMessage());
        assertTrue(e.message(kz.aimaq.core.i18n.Messages.of("ru")).contains("версия формата 3"), e.message(kz.aimaq.core.i18n.Messages.of("ru")));
    }

    @Test
    void fieldsAddedByALaterRevisionOfTheSameVersionAreIgnored() throws IOException {
        Path f = dir.resolve("extra.aimaq");
        Files.writeString(f, """
                {"format":"aimaq-workspace","version":1,"savedBy":"Aimaq 1.3",
                 "map":{"level":"oblast","indicator":"grp","year":2022,"method":"jenks","classes":6,
                        "palette":"Blues","reversePalette":false,"manualBreaks":[],"labels":true,"language":"ru",
                        "basemap":"none"},
                 "groupings":[{"id":"g"}]}
                """);
        Workspace ws = WorkspaceFiles.load(f);
        assertEquals("grp", ws.map().indicator());
        assertEquals(2022, ws.map().year());
        assertEquals("jenks", ws.map().method());
        assertEquals(1, ws.groupings().size());
        assertTrue(ws.scenarios().isArray() && ws.scenarios().isEmpty(), "missing sections read as empty");
        assertTrue(ws.importedTables().isEmpty());
    }

    @Test
    void otherFilesAreRefusedWithAMessageSayingWhat() throws IOException {
        Path notJson = dir.resolve("a.aimaq");
        Files.writeString(notJson, "PK\u0003\u0004 this is a zip");
        assertEquals("workspace.error.notJson", assertThrows(WorkspaceException.class, () -> WorkspaceFiles.load(notJson)).key());
        Path other = dir.resolve("b.aimaq");
        Files.writeString(other, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceFiles.load(other));
        assertEquals("workspace.error.notWorkspace", e.key());
        assertTrue(e.getMessage().contains("b.aimaq"));
        assertEquals("workspace.error.missing",
                assertThrows(WorkspaceException.class, () -> WorkspaceFiles.load(dir.resolve("gone.aimaq"))).key());
    }

    /**
     * A real kill: a second JVM saves two workspaces in turn as fast as it can and is killed with
     * SIGKILL mid-stream; whatever instant it died at, the file on disk is one of the two, whole.
     */
    @Test
    void killingAProcessWhileItSavesLeavesAWholeFile() throws Exception {
        Path f = dir.resolve("killed.aimaq");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), f.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            int saves = 0;
            String line;
            while (saves < 20 && (line = out.readLine()) != null) if (line.startsWith("saved")) saves++;
            assertEquals(20, saves, "the child saved repeatedly before the kill");
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            p.waitFor();
        }
        Workspace found = WorkspaceFiles.load(f);
        assertTrue(found.equals(WorkspaceSamples.full()) || found.equals(WorkspaceSamples.simple()));
    }

    /** The child process of {@link #killingAProcessWhileItSavesLeavesAWholeFile}. */
    public static final class SaveLoop {
        public static void main(String[] args) throws IOException {
            Path f = Path.of(args[0]);
            Workspace[] two = {WorkspaceSamples.full(), WorkspaceSamples.simple()};
            for (int i = 0; ; i++) {
                WorkspaceFiles.save(f, two[i % 2]);
                System.out.println("saved " + i);
                System.out.flush();
            }
        }
    }
}
