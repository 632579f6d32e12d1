package kz.aimaq.core.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes the current work to the recovery folder every few minutes, so a crash loses at most
 * that much. Writes only when the work changed since the last autosave. {@link #close()} on a
 * clean exit stops it and removes the recovery file, so the next start offers nothing.
 */
public final class Autosaver implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(3);

    private final RecoveryStore store;
    private final Supplier<Workspace> snapshot;
    private final Supplier<Path> originalFile;
    private final Consumer<IOException> onError;
    private ScheduledExecutorService timer;
    private Workspace lastWritten;

    /**
     * @param snapshot     the work as it is now; called on the autosave thread, so it must be safe
     *                     to call from there (the UI hands over an immutable copy)
     * @param originalFile the file the work was opened from or last saved to, or null
     */
    public Autosaver(RecoveryStore store, Supplier<Workspace> snapshot, Supplier<Path> originalFile,
                     Consumer<IOException> onError) {
        this.store = store;
        this.snapshot = snapshot;
        this.originalFile = originalFile;
        this.onError = onError;
    }

    public synchronized void start(Duration every) {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "aimaq-autosave");
            t.setDaemon(true); // never keeps the app alive
            return t;
        });
        long ms = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(this::saveQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Autosaves now if the work changed; returns whether it wrote. */
    public synchronized boolean saveNow() throws IOException {
        Workspace ws = snapshot.get();
        if (ws == null || Objects.equals(ws, lastWritten)) return false;
        store.write(ws, originalFile.get());
        lastWritten = ws;
        return true;
    }

    /** The user saved the work to a file: nothing is left to recover, and the next change autosaves again. */
    public synchronized void markSaved(Workspace saved) throws IOException {
        store.clear();
        lastWritten = saved;
    }

    private void saveQuietly() {
        try {
            saveNow();
        } catch (IOException | RuntimeException e) {
            onError.accept(e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    /** Clean exit: stop and forget the recovery file. */
    @Override public synchronized void close() throws IOException {
        if (timer != null) timer.shutdownNow();
        timer = null;
        store.clear();
    }
}
