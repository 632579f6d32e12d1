package kz.aimaq.core.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.stream.Stream;

/**
 * Reads and writes {@code .aimaq} workspace files.
 *
 * <p>Saving is atomic: the JSON goes to a temporary file in the same folder, is forced to disk,
 * and only then renamed over the target in one step. A crash or kill at any moment leaves
 * either the previous file or the new one, never a half-written one. (The temporary file must
 * be in the same folder: a rename across file systems is a copy, which is not atomic.)
 */
public final class WorkspaceFiles {
    public static final String EXTENSION = ".aimaq";

    /** The steps of a save, in order; a test can stop the save after any of them. */
    public enum Step { TEMP_CREATED, HALF_WRITTEN, WRITTEN, FORCED, MOVED }

    /** Called after each step of a save. Production code passes {@link #NO_CRASH}; tests throw to simulate a crash. */
    @FunctionalInterface
    public interface CrashPoint { void after(Step step) throws IOException; }

    public static final CrashPoint NO_CRASH = step -> {};

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A file from a newer minor revision may carry fields this build does not know: keep reading.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(kz.aimaq.core.data.Indicator.class, IndicatorFields.class)
            .build();

    /** Indicator.isExtensive() is derived from "kind": keep it out of the file. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"extensive"})
    private abstract static class IndicatorFields {}

    private WorkspaceFiles() {}

    public static void save(Path file, Workspace ws) throws IOException { save(file, ws, NO_CRASH); }

    public static void save(Path file, Workspace ws, CrashPoint crash) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        byte[] bytes = toBytes(ws);
        // not createTempFile: that makes the file 0600, and the saved project would keep that mode
        Path tmp = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        kz.aimaq.core.io.AtomicFiles.keepMode(target, tmp); // the previous file's mode, else the umask's
        boolean moved = false;
        boolean crashed = false;
        try {
            crash.after(Step.TEMP_CREATED);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                int half = bytes.length / 2;
                writeFully(ch, ByteBuffer.wrap(bytes, 0, half));
                crash.after(Step.HALF_WRITTEN);
                writeFully(ch, ByteBuffer.wrap(bytes, half, bytes.length - half));
                crash.after(Step.WRITTEN);
                ch.force(true);
                crash.after(Step.FORCED);
            }
            forceDirectory(dir); // the temporary file's entry, before the rename refers to it
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network shares cannot rename atomically; a plain replace is the best they offer.
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(dir);
            crash.after(Step.MOVED);
        } catch (SimulatedCrash c) {
            crashed = true; // a simulated crash leaves the temporary file behind, as a real one would
            throw c;
        } finally {
            if (!moved && !crashed) {
                try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* best effort */ }
            }
        }
        removeLeftovers(target);
    }

    /** Thrown by test crash points; the save leaves its temporary file behind as a killed process would. */
    public static final class SimulatedCrash extends IOException {
        public SimulatedCrash(Step step) { super("simulated crash after " + step); }
    }

    /**
     * Reads a workspace. A file written by a newer, incompatible version is refused with a
     * message naming both versions; an older one is migrated to the current version.
     */
    public static Workspace load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new WorkspaceException("workspace.error.missing", file);
        if (!Files.isReadable(file)) throw new WorkspaceException("workspace.error.denied", file.getFileName());
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(e, "workspace.error.notJson", file.getFileName(), e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !Workspace.FORMAT.equals(root.path("format").asText())) {
            throw new WorkspaceException("workspace.error.notWorkspace", file.getFileName());
        }
        int version = root.path("version").asInt(-1);
        if (version > Workspace.VERSION) {
            throw new WorkspaceException("workspace.error.newer", file.getFileName(), version, Workspace.VERSION);
        }
        if (version < 1) throw new WorkspaceException("workspace.error.notWorkspace", file.getFileName());
        ObjectNode current = WorkspaceMigrations.upgrade((ObjectNode) root, version);
        Workspace ws;
        try {
            ws = JSON.treeToValue(current, Workspace.class);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(e, "workspace.error.damaged", file.getFileName(), e.getOriginalMessage());
        }
        checkSettings(file, ws);
        return ws;
    }

    /**
     * Refuses map settings that would load and then fail (a hand-edited {@code "classes": 1000},
     * a year of -5, a NaN break), naming the setting, so the project is refused at once with the
     * reason rather than breaking the map afterwards.
     */
    static void checkSettings(Path file, Workspace ws) throws WorkspaceException {
        String name = String.valueOf(file.getFileName());
        checkMap(name, ws.map());
        for (SavedView v : ws.views()) checkMap(name, v.map());
    }

    private static void checkMap(String name, MapSettings m) throws WorkspaceException {
        if (m == null) return;
        int maxClasses = kz.aimaq.core.classify.Classifiers.MAX_UI_CLASSES;
        if (m.classes() < 2 || m.classes() > maxClasses) {
            throw new WorkspaceException("workspace.error.setting", name, "classes", m.classes(), "2–" + maxClasses);
        }
        if (m.level() != null && !m.level().equals("oblast") && !m.level().equals("district")) {
            throw new WorkspaceException("workspace.error.setting", name, "level", m.level(), "oblast, district");
        }
        if (m.year() < 1900 || m.year() > 2100) {
            throw new WorkspaceException("workspace.error.setting", name, "year", String.valueOf(m.year()), "1900–2100");
        }
        for (Double b : m.manualBreaks()) {
            if (b == null || !Double.isFinite(b)) {
                throw new WorkspaceException("workspace.error.setting", name, "manualBreaks", String.valueOf(b), "finite numbers");
            }
        }
    }

    public static byte[] toBytes(Workspace ws) throws JsonProcessingException {
        return JSON.writeValueAsBytes(ws);
    }

    public static Workspace fromBytes(byte[] json) throws IOException {
        return JSON.readValue(json, Workspace.class);
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) ch.write(b);
    }

    /** Makes the rename itself durable (Linux, macOS); Windows cannot open folders this way and need not. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported on this platform: the rename is still atomic, only its durability is the OS's
        }
    }

    /** Temporary files left by an earlier save that was killed; they hold nothing the target lacks. */
    private static void removeLeftovers(Path target) {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> s = Files.list(target.getParent())) {
            s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))
                    .forEach(p -> { try { Files.deleteIfExists(p); } catch (IOException ignored) { } });
        } catch (IOException ignored) {
            // leftovers are harmless
        }
    }
}
