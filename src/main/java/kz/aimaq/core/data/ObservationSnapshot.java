package kz.aimaq.core.data;

import java.io.*;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled observations as a compact binary file in the cache folder ({@link Resources#cacheFolder()}),
 * written the first time {@code datasets/indicators.csv} is read and read instead of it afterwards:
 * each distinct text once, then a row of numbers per figure. Reading it takes a few milliseconds
 * where scanning the 2.7 MB CSV took tens, on every command and every start of the app.
 *
 * <p>An entry names the CSV it was made from (where it was loaded from, its size and time), so a
 * new build or an edited table is read afresh; a broken or stale entry is ignored and rewritten,
 * and a cache folder that cannot be written only costs the scan. The CSV stays the source of
 * truth: this file holds exactly its rows (tested), never anything else.
 */
final class ObservationSnapshot {
    static final int VERSION = 1;

    private ObservationSnapshot() {}

    /** The observations of the bundled CSV, from the snapshot when a current one exists. */
    static List<Observation> bundled(String resource) throws IOException {
        URL url = Resources.class.getClassLoader().getResource(resource);
        if (url == null) throw new FileNotFoundException("Missing bundled resource " + resource);
        String key = key(url);
        Path file = file(key);
        if (file != null) {
            Optional<List<Observation>> snap = read(file, key);
            if (snap.isPresent()) return snap.get();
        }
        List<Observation> obs;
        try (InputStream in = url.openStream()) {
            obs = BundledCsv.readObservations(in);
        }
        if (file != null) write(file, key, obs);
        return obs;
    }

    /** Where the CSV was loaded from, with its size and modification time (of the jar when it is in one). */
    static String key(URL url) {
        StringBuilder b = new StringBuilder(url.toString());
        try {
            URLConnection c = url.openConnection();
            if (c instanceof JarURLConnection jar) {
                Path jarFile = Path.of(jar.getJarFileURL().toURI());
                b.append('|').append(Files.size(jarFile)).append('@').append(Files.getLastModifiedTime(jarFile).toMillis());
                b.append('|').append(jar.getJarEntry().getSize()).append('/').append(jar.getJarEntry().getCrc());
            } else if ("file".equals(url.getProtocol())) {
                Path p = Path.of(url.toURI());
                b.append('|').append(Files.size(p)).append('@').append(Files.getLastModifiedTime(p).toMillis());
            } else {
                return null; // nothing to tell an old copy from a new one: no snapshot
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        return b.toString();
    }

    private static Path file(String key) {
        if (key == null) return null;
        Path dir = Resources.cacheFolder();
        return dir == null ? null : dir.resolve("observations-" + Integer.toHexString(key.hashCode()) + "-v" + VERSION + ".bin");
    }

    static Optional<List<Observation>> read(Path file, String key) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != VERSION || !text(in).equals(key)) return Optional.empty();
            String[] texts = new String[in.readInt()];
            for (int i = 0; i < texts.length; i++) texts[i] = text(in);
            Observation.Boundary[] boundaries = Observation.Boundary.values();
            int n = in.readInt();
            List<Observation> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String kato = texts[in.readInt()];
                int year = in.readShort();
                String indicator = texts[in.readInt()];
                double value = in.readDouble();
                String unit = texts[in.readInt()];
                Observation.Boundary boundary = boundaries[in.readByte()];
                out.add(new Observation(kato, year, indicator, value, unit, boundary, texts[in.readInt()], texts[in.readInt()]));
            }
            if (in.readInt() != n) return Optional.empty(); // cut short
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path file, String key, List<Observation> obs) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".observations-", ".tmp");
            try {
                Map<String, Integer> index = new HashMap<>();
                List<String> texts = new ArrayList<>();
                for (Observation o : obs) {
                    for (String s : new String[]{o.kato(), o.indicator(), o.unit(), o.source(), o.note()}) {
                        index.computeIfAbsent(s, k -> { texts.add(k); return texts.size() - 1; });
                    }
                }
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                    out.writeInt(VERSION);
                    text(out, key);
                    out.writeInt(texts.size());
                    for (String s : texts) text(out, s);
                    out.writeInt(obs.size());
                    for (Observation o : obs) {
                        out.writeInt(index.get(o.kato()));
                        out.writeShort(o.year());
                        out.writeInt(index.get(o.indicator()));
                        out.writeDouble(o.value());
                        out.writeInt(index.get(o.unit()));
                        out.writeByte(o.boundary().ordinal());
                        out.writeInt(index.get(o.source()));
                        out.writeInt(index.get(o.note()));
                    }
                    out.writeInt(obs.size());
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // without the snapshot the next run scans the CSV again
        }
    }

    /** Texts of any length (writeUTF stops at 64 KB), as UTF-8 with an int length. */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 24)) throw new IOException("bad text length " + n);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
