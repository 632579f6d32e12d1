package kz.aimaq.core.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentFilesTest {
    @TempDir Path dir;

    @Test
    void newestFirstWithoutDuplicatesAndOnlyFilesThatStillExist() throws IOException {
        RecentFiles recent = new RecentFiles(dir.resolve("prefs/recent.json"));
        Path a = Files.writeString(dir.resolve("a.aimaq"), "{}");
        Path b = Files.writeString(dir.resolve("b.aimaq"), "{}");
        Path c = Files.writeString(dir.resolve("c.aimaq"), "{}");
        recent.add(a);
        recent.add(b);
        recent.add(c);
        recent.add(a);
        assertEquals(List.of(a, c, b), new RecentFiles(dir.resolve("prefs/recent.json")).list());
        Files.delete(c);
        assertEquals(List.of(a, b), recent.list());
        recent.remove(a);
        assertEquals(List.of(b), recent.list());
    }

    @Test
    void keepsAtMostEight() throws IOException {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.json"));
        for (int i = 0; i < 12; i++) recent.add(Files.writeString(dir.resolve(i + ".aimaq"), "{}"));
        List<Path> l = recent.list();
        assertEquals(RecentFiles.MAX, l.size());
        assertEquals(dir.resolve("11.aimaq"), l.getFirst());
        assertEquals(dir.resolve("4.aimaq"), l.getLast());
    }

    @Test
    void aDamagedListReadsAsEmpty() throws IOException {
        Path store = Files.writeString(dir.resolve("recent.json"), "not json");
        assertEquals(List.of(), new RecentFiles(store).list());
    }
}
