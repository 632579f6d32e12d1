package kz.aimaq.core.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last workspaces the user opened or saved, newest first, kept in a small JSON list
 * ({@code recent.json} in the data folder). Files that no longer exist are dropped when read.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path store;

    public RecentFiles(Path store) { this.store = store; }

    public static RecentFiles standard() { return new RecentFiles(DataFolder.get().resolve("recent.json")); }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(store)) return out;
        try {
            for (String s : JSON.readValue(store.toFile(), String[].class)) {
                Path p = Path.of(s);
                if (Files.isRegularFile(p) && !out.contains(p)) out.add(p);
            }
        } catch (IOException | RuntimeException e) {
            return out; // a damaged list is not worth an error: it refills as the user works
        }
        return out;
    }

    /** Puts {@code file} first. */
    public List<Path> add(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(abs);
        l.addFirst(abs);
        while (l.size() > MAX) l.removeLast();
        write(l);
        return l;
    }

    public List<Path> remove(Path file) throws IOException {
        List<Path> l = list();
        l.remove(file.toAbsolutePath().normalize());
        write(l);
        return l;
    }

    private void write(List<Path> l) throws IOException {
        Files.createDirectories(store.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(store.toAbsolutePath().getParent(), ".recent", ".tmp");
        JSON.writeValue(tmp.toFile(), l.stream().map(Path::toString).toList());
        Files.move(tmp, store, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
