package kz.aimaq.core.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class RecoveryTest {
    @TempDir Path dir;
    /** A pid that no running process has: the "previous run" that crashed. */
    private static final long DEAD_PID = Long.MAX_VALUE - 7;

    @Test
    void autosavedWorkIsOfferedAndRestoredAfterACrash() throws IOException {
        Path recovery = dir.resolve("recovery");
        Path original = dir.resolve("planning.aimaq");
        AtomicReference<Workspace> state = new AtomicReference<>(WorkspaceSamples.full());
        Autosaver saver = new Autosaver(new RecoveryStore(recovery, DEAD_PID), state::get, () -> original, e -> fail(e));
        assertTrue(saver.saveNow());
        // ... and the process dies without close()

        RecoveryStore nextStart = new RecoveryStore(recovery, 1234567);
        List<RecoveryStore.Recovery> pending = nextStart.pending();
        assertEquals(1, pending.size());
        assertEquals(original.toAbsolutePath(), pending.getFirst().original());
        assertEquals(WorkspaceSamples.full(), pending.getFirst().load());

        nextStart.discard(pending.getFirst());
        assertTrue(nextStart.pending().isEmpty(), "once restored or declined it is not offered again");
        try (var s = Files.list(recovery)) { assertEquals(0, s.count()); }
    }

    @Test
    void aCleanExitLeavesNothingToRecover() throws IOException {
        Path recovery = dir.resolve("recovery");
        Autosaver saver = new Autosaver(new RecoveryStore(recovery, DEAD_PID), WorkspaceSamples::simple, () -> null, e -> fail(e));
        saver.saveNow();
        assertEquals(1, new RecoveryStore(recovery, 1).pending().size());
        saver.close();
        assertTrue(new RecoveryStore(recovery, 1).pending().isEmpty());
    }

    @Test
    void unchangedWorkIsNotWrittenAgainAndSavingToAFileClearsTheAutosave() throws IOException {
        Path recovery = dir.resolve("recovery");
        AtomicReference<Workspace> state = new AtomicReference<>(WorkspaceSamples.simple());
        RecoveryStore store = new RecoveryStore(recovery, DEAD_PID);
        Autosaver saver = new Autosaver(store, state::get, () -> null, e -> fail(e));
        assertTrue(saver.saveNow());
        assertFalse(saver.saveNow(), "nothing changed");
        state.set(WorkspaceSamples.full());
        assertTrue(saver.saveNow());
        assertEquals(WorkspaceSamples.full(), WorkspaceFiles.load(store.file()));
        saver.markSaved(state.get());
        assertFalse(Files.exists(store.file()));
        assertFalse(saver.saveNow(), "the saved state needs no autosave");
    }

    @Test
    void autosavesOfAnotherAimaqStillRunningAreNotOffered() throws IOException {
        Path recovery = dir.resolve("recovery");
        long me = ProcessHandle.current().pid(); // alive: stands for a second running Aimaq
        new Autosaver(new RecoveryStore(recovery, me), WorkspaceSamples::simple, () -> null, e -> fail(e)).saveNow();
        assertTrue(new RecoveryStore(recovery, 42).pending().isEmpty());
    }

    @Test
    void theTimerAutosavesWithoutBeingAsked() throws Exception {
        Path recovery = dir.resolve("recovery");
        List<IOException> errors = new ArrayList<>();
        RecoveryStore store = new RecoveryStore(recovery, DEAD_PID);
        try (Autosaver saver = new Autosaver(store, WorkspaceSamples::full, () -> null, errors::add)) {
            saver.start(java.time.Duration.ofMillis(20));
            for (int i = 0; i < 500 && !Files.exists(store.file()); i++) Thread.sleep(20);
            assertTrue(Files.exists(store.file()), "an autosave appeared");
        }
        assertTrue(errors.isEmpty(), errors::toString);
        assertFalse(Files.exists(store.file()), "close() removed it");
    }
}
