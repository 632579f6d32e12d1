package kz.aimaq.cli;

import kz.aimaq.core.geo.BoundarySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A clone without {@code ../shared}: {@code render} and {@code table} work on the embedded
 * simplified boundaries, and {@code help} says which set is in use (issue 14). Each run is its
 * own JVM, so the default-layer cache of the other tests is neither used nor polluted.
 */
class FreshCloneTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    private Run cli(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daimaq.shared=" + dir.resolve("nonexistent"), "-Daimaq.sharedLookup=false",
                "-Daimaq.cache=" + dir.resolve("cache"), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Cli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void renderAndTableWorkWithoutTheSharedFolder() throws Exception {
        Run help = cli("help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("Boundaries: simplified embedded set"), help.out());
        assertTrue(help.out().contains("packaging/fetch-geokz.sh"), help.out());

        Path png = dir.resolve("map.png");
        Run render = cli("render", "--indicator", "grp_per_capita", "--year", "2024", "--size", "800x500", "--out", png.toString());
        assertEquals(0, render.code(), render.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        // the map is drawn: the centre of Kazakhstan is not the background colour of the corner
        assertNotEquals(img.getRGB(2, 2), img.getRGB(400, 250));

        Run table = cli("table", "--indicator", "area_km2", "--year", "2024", "--level", "district");
        assertEquals(0, table.code(), table.err());
        assertEquals(225, table.out().lines().count(), "header + 224 districts");

        Run oblasts = cli("table", "--indicator", "grp", "--year", "2024");
        assertEquals(0, oblasts.code(), oblasts.err());
        assertTrue(oblasts.out().lines().anyMatch(l -> l.startsWith("75,KZ-75,Almaty (city),")), oblasts.out());
    }

    @Test
    void inThisJvmTheFullResolutionSetIsInUse() {
        // the other tests run beside ../shared: BoundarySource says so, and names the folder
        BoundarySource s = BoundarySource.current();
        if (s.kind() == BoundarySource.Kind.FULL) assertTrue(s.folder().endsWith(Path.of("data", "boundaries", "geokz")), s.toString());
        assertNotNull(s.message(kz.aimaq.core.i18n.Messages.of("kk")));
    }
}
