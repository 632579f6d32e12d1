package kz.aimaq.core.data;

import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.io.BinaryTexts;

import java.io.*;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * <p>The installed app carries the snapshot its packaging script's training run wrote
 * ({@code -Daimaq.preparedCacheOut=DIR}, read from {@link Resources#preparedCacheFolder()}), keyed
 * by the table's content (its name, size and CRC-32) rather than by where it is installed: a
 * planner's first start reads it instead of scanning the CSV and writing a snapshot (about 300 ms of
 * that first start, measured on the app image).
 */
final class ObservationSnapshot {
    static final int VERSION = 2; // 2: by columns

    private ObservationSnapshot() {}

    /** The observations of the bundled CSV, from the snapshot when a current one exists. */
    static List<Observation> bundled(String resource) throws IOException {
        Found f = find(resource);
        return f.columns != null ? f.columns.all() : f.rows;
    }

    /**
     * The same, grouped by indicator in the table's order; from a snapshot each group's
     * observations are made when the group is first read, so a command that draws one indicator
     * makes 200 of the 7,800 ({@link IndicatorData} indexes an indicator at its first question).
     */
    static Map<String, List<Observation>> bundledByIndicator(String resource) throws IOException {
        Found f = find(resource);
        if (f.columns != null) return f.columns.byIndicator();
        Map<String, List<Observation>> out = new java.util.LinkedHashMap<>();
        for (Observation o : f.rows) out.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
        return out;
    }

    /** A snapshot's columns, or the rows of the CSV where there was no current snapshot. */
    private record Found(Columns columns, List<Observation> rows) {}

    private static Found find(String resource) throws IOException {
        URL url = Resources.class.getClassLoader().getResource(resource);
        if (url == null) throw new FileNotFoundException("Missing bundled resource " + resource);
        String key = Resources.versionKey(url);
        Path file = file(key);
        if (file != null) {
            Optional<Columns> snap = columns(file, key);
            if (snap.isPresent()) {
                if (preparedOut() == null) return new Found(snap.get(), null);
                return new Found(null, prepare(url, snap.get().all()));
            }
        }
        Path prepared = Resources.preparedCacheFolder();
        String content = prepared == null ? null : Resources.contentKey(url);
        if (content != null) {
            // read where it is, not copied: its key costs no more than the user's entry's
            Optional<Columns> snap = columns(prepared.resolve(fileName(content)), content);
            if (snap.isPresent()) return new Found(snap.get(), null);
        }
        List<Observation> obs;
        try (InputStream in = url.openStream()) {
            obs = BundledCsv.readObservations(in);
        }
        if (file != null) write(file, key, obs);
        return new Found(null, prepare(url, obs));
    }

    private static String preparedOut() {
        String out = System.getProperty("aimaq.preparedCacheOut");
        return out == null || out.isBlank() ? null : out;
    }

    /** The training run of the packaging script also writes the entry the installed app reads. */
    private static List<Observation> prepare(URL url, List<Observation> obs) {
        String out = preparedOut();
        if (out == null) return obs;
        String content = Resources.contentKey(url);
        if (content != null) write(Path.of(out).resolve(fileName(content)), content, obs);
        return obs;
    }

    private static String fileName(String key) {
        return "observations-" + Integer.toHexString(key.hashCode()) + "-v" + VERSION + ".bin";
    }

    private static Path file(String key) {
        if (key == null) return null;
        Path dir = Resources.cacheFolder();
        return dir == null ? null : dir.resolve(fileName(key));
    }

    static Optional<List<Observation>> read(Path file, String key) {
        return columns(file, key).map(Columns::all);
    }

    private static Optional<Columns> columns(Path file, String key) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            // the whole file, then whole columns at a time: a start-up reads it before the JIT has
            // compiled anything, and a call per field (DataInputStream) cost tens of milliseconds
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != VERSION || !BinaryTexts.read(in).equals(key)) return Optional.empty();
            String[] texts = new String[in.getInt()];
            for (int i = 0; i < texts.length; i++) texts[i] = BinaryTexts.read(in);
            int n = in.getInt();
            int[] kato = ints(in, n), year = ints(in, n), indicator = ints(in, n), unit = ints(in, n),
                    source = ints(in, n), note = ints(in, n);
            double[] value = new double[n];
            in.asDoubleBuffer().get(value);
            in.position(in.position() + 8 * n);
            byte[] boundary = new byte[n];
            in.get(boundary);
            if (in.getInt() != n) return Optional.empty(); // cut short
            // checked now: the observations are made later, outside this method's care for a broken file
            for (int[] column : new int[][]{kato, indicator, unit, source, note}) {
                for (int t : column) if (t < 0 || t >= texts.length) return Optional.empty();
            }
            for (byte b : boundary) if (b < 0 || b >= BOUNDARIES.length) return Optional.empty();
            return Optional.of(new Columns(texts, kato, year, indicator, unit, source, note, value, boundary));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final Observation.Boundary[] BOUNDARIES = Observation.Boundary.values();

    /** A snapshot's rows as columns of text numbers and values; an observation is made when asked for. */
    private record Columns(String[] texts, int[] kato, int[] year, int[] indicator, int[] unit, int[] source, int[] note,
                           double[] value, byte[] boundary) {
        Observation row(int i) {
            return new Observation(texts[kato[i]], year[i], texts[indicator[i]], value[i], texts[unit[i]],
                    BOUNDARIES[boundary[i]], texts[source[i]], texts[note[i]]);
        }

        List<Observation> all() {
            List<Observation> out = new ArrayList<>(value.length);
            for (int i = 0; i < value.length; i++) out.add(row(i));
            return out;
        }

        /** The rows by indicator, in the table's order; each group a list that makes its observations when read. */
        Map<String, List<Observation>> byIndicator() {
            int[] counts = new int[texts.length];
            for (int t : indicator) counts[t]++;
            int[][] groups = new int[texts.length][];
            int[] filled = new int[texts.length];
            Map<String, List<Observation>> out = new java.util.LinkedHashMap<>();
            for (int i = 0; i < indicator.length; i++) {
                int t = indicator[i];
                if (groups[t] == null) {
                    int[] rows = groups[t] = new int[counts[t]];
                    out.put(texts[t], new java.util.AbstractList<>() {
                        @Override public Observation get(int k) { return row(rows[k]); }
                        @Override public int size() { return rows.length; }
                    });
                }
                groups[t][filled[t]++] = i;
            }
            return out;
        }
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * n);
        return a;
    }

    static void write(Path file, String key, List<Observation> obs) {
        try {
            Files.createDirectories(file.getParent());
            Map<String, Integer> index = new HashMap<>();
            List<String> texts = new ArrayList<>();
            for (Observation o : obs) {
                for (String s : new String[]{o.kato(), o.indicator(), o.unit(), o.source(), o.note()}) {
                    index.computeIfAbsent(s, k -> { texts.add(k); return texts.size() - 1; });
                }
            }
            AtomicFiles.write(file, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(VERSION);
                BinaryTexts.write(out, key);
                out.writeInt(texts.size());
                for (String s : texts) BinaryTexts.write(out, s);
                out.writeInt(obs.size());
                for (Observation o : obs) out.writeInt(index.get(o.kato()));
                for (Observation o : obs) out.writeInt(o.year());
                for (Observation o : obs) out.writeInt(index.get(o.indicator()));
                for (Observation o : obs) out.writeInt(index.get(o.unit()));
                for (Observation o : obs) out.writeInt(index.get(o.source()));
                for (Observation o : obs) out.writeInt(index.get(o.note()));
                for (Observation o : obs) out.writeDouble(o.value());
                for (Observation o : obs) out.writeByte(o.boundary().ordinal());
                out.writeInt(obs.size());
                out.flush();
            });
            removeOthers(file);
        } catch (IOException | RuntimeException e) {
            // without the snapshot the next run scans the CSV again
        }
    }

    /** Snapshots of earlier builds' tables are dropped when a new one is written (one per build would pile up). */
    private static void removeOthers(Path kept) throws IOException {
        try (var files = Files.newDirectoryStream(kept.getParent(), "observations-*.bin")) {
            for (Path p : files) if (!p.getFileName().equals(kept.getFileName())) Files.deleteIfExists(p);
        }
    }

}
