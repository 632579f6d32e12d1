package kz.aimaq.core.workspace;

import java.nio.file.Path;

/** Where Aimaq keeps its own files (recovery, recent files): {@code -Daimaq.data.dir}, else {@code ~/.aimaq}. */
public final class DataFolder {
    private DataFolder() {}

    public static Path get() {
        String p = System.getProperty("aimaq.data.dir");
        if (p != null && !p.isBlank()) return Path.of(p);
        return Path.of(System.getProperty("user.home"), ".aimaq");
    }
}
