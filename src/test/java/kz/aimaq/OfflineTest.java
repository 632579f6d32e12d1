package kz.aimaq;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app works with no network and never tries to use one. The CLI and the desktop app's
 * start-up (to the drawn map) run in a child JVM inside a network namespace with no interfaces
 * ({@code unshare -n}: any connection would fail), traced with {@code strace} (which records every
 * {@code connect}/{@code sendto}, so an attempt is seen even though it fails). Local sockets
 * (AF_UNIX, e.g. the X display) are fine; any AF_INET or AF_INET6 call fails the test.
 * Skipped, saying why, only where neither tool can run (non-Linux machines).
 */
class OfflineTest {
    private static boolean unshare;
    private static boolean strace;
    @TempDir Path dir;

    @BeforeAll
    static void mechanisms() {
        unshare = works("unshare", "-n", "true") || works("unshare", "-rn", "true");
        strace = works("strace", "-qq", "-e", "trace=none", "true");
        assumeTrue(unshare || strace, "neither 'unshare -n' nor 'strace' can run here (Linux with util-linux/strace needed)");
    }

    private static boolean works(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    record Run(int exit, String output, List<String> networkCalls) {}

    private Run isolated(List<String> javaArgs) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (unshare) cmd.addAll(works("unshare", "-n", "true") ? List.of("unshare", "-n") : List.of("unshare", "-rn"));
        Path trace = dir.resolve("strace.log");
        if (strace) cmd.addAll(List.of("strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,bind", "-o", trace.toString()));
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Daimaq.shared=" + System.getProperty("aimaq.shared"), "-Daimaq.data.dir=" + dir.resolve("data"),
                "-DSIS_DATA=" + dir, "-cp", System.getProperty("java.class.path")));
        cmd.addAll(javaArgs);
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("did not finish in 180 s:\n" + Files.readString(out));
        }
        List<String> net = new ArrayList<>();
        if (strace && Files.exists(trace)) {
            for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
                if (line.contains("AF_INET") || line.contains("AF_INET6")) net.add(line);
            }
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), net);
    }

    @Test
    void theCommandLineNeedsNoNetwork() throws Exception {
        Run r = isolated(List.of("kz.aimaq.Launcher", "table", "--indicator", "grp_per_capita", "--year", "2024", "--level", "district"));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().lines().anyMatch(l -> l.startsWith("kato,")), r.output());
        assertTrue(r.output().lines().count() > 150, "district table from the shared boundary files");
        assertEquals(List.of(), r.networkCalls(), "network calls");
    }

    @Test
    void theAppStartsAndDrawsTheMapWithoutNetwork() throws Exception {
        Run r = isolated(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Daimaq.lang=en", StartUntilReady.class.getName()));
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("map ready"), r.output());
        assertEquals(List.of(), r.networkCalls(), "network calls");
    }

    /** The check itself can fail: a program that does try to connect is caught. */
    @Test
    void aConnectionAttemptIsSeen() throws Exception {
        Run r = isolated(List.of(TriesToConnect.class.getName()));
        if (strace) assertFalse(r.networkCalls().isEmpty(), "strace saw the connect: " + r.output());
        if (unshare) assertTrue(r.output().contains("unreachable") || r.output().contains("Exception"), r.output());
    }

    /** Child process for {@link #aConnectionAttemptIsSeen()}. */
    public static final class TriesToConnect {
        public static void main(String[] args) {
            try (var s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("192.0.2.1", 80), 500); // TEST-NET-1: never a real host
            } catch (IOException e) {
                System.out.println(e);
            }
        }
    }

    /** Child process: starts the real app (all features installed) and exits once the status bar says the map is ready. */
    public static final class StartUntilReady {
        public static void main(String[] args) throws Exception {
            String ready = Messages.of("en").get("app.ready");
            Platform.startup(() -> {
                try {
                    new kz.aimaq.ui.AimaqApp().start(new Stage());
                } catch (Exception e) {
                    e.printStackTrace();
                    System.exit(3);
                }
            });
            for (int i = 0; i < 600; i++) {
                Thread.sleep(200);
                var found = new java.util.concurrent.CompletableFuture<Boolean>();
                Platform.runLater(() -> found.complete(Window.getWindows().stream()
                        .anyMatch(w -> w.getScene() != null && hasText(w.getScene().getRoot(), ready))));
                if (found.get(10, TimeUnit.SECONDS)) {
                    System.out.println("map ready");
                    System.exit(0);
                }
            }
            System.out.println("the map did not load");
            System.exit(1);
        }

        private static boolean hasText(Node n, String text) {
            if (n instanceof Labeled l && text.equals(l.getText())) return true;
            if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) if (hasText(c, text)) return true;
            return false;
        }
    }
}
