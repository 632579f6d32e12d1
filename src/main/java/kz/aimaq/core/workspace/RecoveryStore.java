package kz.aimaq.core.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of autosaved work ({@code ~/.aimaq/recovery} unless {@code -Daimaq.data.dir} says
 * otherwise). Each running app writes {@code autosave-<pid>.aimaq} (plus a small
 * {@code .origin} note naming the file the work came from); a clean exit deletes them. So at
 * start-up, files of processes that are no longer running are work a crash left behind,
 * while files of another Aimaq still running are not offered.
 */
public final class RecoveryStore {
    private final Path folder;
    private final long pid;

    /** Left-behind autosaved work: the autosave file, the file it came from (or null), when it was saved. */
    public record Recovery(Path file, Path original, Instant savedAt) {
        public Workspace load() throws IOException { return WorkspaceFiles.load(file); }
    }

    public RecoveryStore(Path folder) { this(folder, ProcessHandle.current().pid()); }

    RecoveryStore(Path folder, long pid) {
        this.folder = folder;
        this.pid = pid;
    }

    /** The default store under the user's data folder. */
    public static RecoveryStore standard() { return new RecoveryStore(DataFolder.get().resolve("recovery")); }

    public Path folder() { return folder; }

    public Path file() { return folder.resolve("autosave-" + pid + WorkspaceFiles.EXTENSION); }

    private Path originNote() { return folder.resolve("autosave-" + pid + ".origin"); }

    public void write(Workspace ws, Path original) throws IOException {
        Files.createDirectories(folder);
        WorkspaceFiles.save(file(), ws);
        if (original == null) Files.deleteIfExists(originNote());
        else Files.writeString(originNote(), original.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file());
        Files.deleteIfExists(originNote());
    }

    /** Autosaves left by Aimaq processes that are no longer running, newest first. */
    public List<Recovery> pending() throws IOException {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (!n.startsWith("autosave-") || !n.endsWith(WorkspaceFiles.EXTENSION)) continue;
                String id = n.substring("autosave-".length(), n.length() - WorkspaceFiles.EXTENSION.length());
                long owner;
                try { owner = Long.parseLong(id); } catch (NumberFormatException e) { continue; }
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) continue;
                Path note = folder.resolve("autosave-" + id + ".origin");
                Path original = Files.isRegularFile(note) ? Path.of(Files.readString(note, StandardCharsets.UTF_8).trim()) : null;
                out.add(new Recovery(p, original, Files.getLastModifiedTime(p).toInstant()));
            }
        }
        out.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return out;
    }

    /** Forgets a left-behind autosave (after it was restored or the user declined it). */
    public void discard(Recovery r) throws IOException {
        Files.deleteIfExists(r.file());
        String n = r.file().getFileName().toString();
        Files.deleteIfExists(r.file().resolveSibling(n.substring(0, n.length() - WorkspaceFiles.EXTENSION.length()) + ".origin"));
    }
}
