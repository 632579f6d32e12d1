package kz.aimaq.core.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class ObservationSnapshotTest {

    private static List<Observation> csv() throws IOException {
        return IndicatorData.readObservations(new StringReader(Files.readString(Path.of("datasets/indicators.csv"), StandardCharsets.UTF_8)));
    }

    /** The snapshot holds exactly the CSV's rows: every field of every figure comes back equal. */
    @Test
    void givesBackEveryRowOfTheTable(@TempDir Path dir) throws IOException {
        List<Observation> rows = csv();
        Path f = dir.resolve("o.bin");
        ObservationSnapshot.write(f, "key-1", rows);
        Optional<List<Observation>> back = ObservationSnapshot.read(f, "key-1");
        assertTrue(back.isPresent());
        assertEquals(rows, back.get());
    }

    @Test
    void anEntryForAnotherTableOrCutShortIsIgnored(@TempDir Path dir) throws IOException {
        List<Observation> rows = csv();
        Path f = dir.resolve("o.bin");
        ObservationSnapshot.write(f, "key-1", rows);
        assertTrue(ObservationSnapshot.read(f, "key-2").isEmpty(), "made from another CSV");
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        assertTrue(ObservationSnapshot.read(f, "key-1").isEmpty(), "a half-written file");
    }

    /** The key changes with the table's bytes: an edited datasets/indicators.csv is read afresh. */
    @Test
    void theKeyFollowsTheFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("indicators.csv");
        Files.writeString(csv, "kato,year,indicator,value,unit,boundary,source,note\n10,2024,x,1,u,current,s,\n");
        String before = Resources.versionKey(csv.toUri().toURL());
        Files.writeString(csv, "kato,year,indicator,value,unit,boundary,source,note\n10,2024,x,2.5,u,current,s,\n");
        Files.setLastModifiedTime(csv, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(csv).toMillis() + 2000));
        assertNotEquals(before, Resources.versionKey(csv.toUri().toURL()));
    }

    /**
     * Grouped by indicator, from the snapshot as from the CSV: every indicator once, in the
     * order it first appears, each with exactly its rows in the table's order.
     */
    @Test
    void theRowsByIndicatorAreTheTablesRowsGrouped() throws IOException {
        List<Observation> rows = csv();
        java.util.Map<String, List<Observation>> expected = new java.util.LinkedHashMap<>();
        for (Observation o : rows) expected.computeIfAbsent(o.indicator(), k -> new java.util.ArrayList<>()).add(o);
        ObservationSnapshot.bundled("datasets/indicators.csv"); // the snapshot is there from now on
        java.util.Map<String, List<Observation>> byIndicator = ObservationSnapshot.bundledByIndicator("datasets/indicators.csv");
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(byIndicator.keySet()));
        for (String id : expected.keySet()) assertEquals(expected.get(id), List.copyOf(byIndicator.get(id)), id);
    }

    /** A snapshot whose text numbers point past its texts is damaged: ignored, as a cut one. */
    @Test
    void anEntryWithATextNumberOutOfRangeIsIgnored(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("o.bin");
        ObservationSnapshot.write(f, "key-1", List.of(new Observation("10", 2024, "x", 1, "u", Observation.Boundary.CURRENT, "s", "")));
        byte[] all = Files.readAllBytes(f);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(all);
        // after the version, the key and the texts: the row count, then the first row's kato text number
        b.getInt();
        skipText(b);
        int texts = b.getInt();
        for (int i = 0; i < texts; i++) skipText(b);
        assertEquals(1, b.getInt());
        b.putInt(b.position(), texts + 5);
        Files.write(f, all);
        assertTrue(ObservationSnapshot.read(f, "key-1").isEmpty());
    }

    private static void skipText(java.nio.ByteBuffer b) throws IOException {
        kz.aimaq.core.io.BinaryTexts.read(b);
    }

    /** The bundled instance (read through the snapshot in the test cache folder) has the CSV's figures. */
    @Test
    void theBundledDataMatchTheCsv() throws IOException {
        List<Observation> rows = csv();
        IndicatorData d = IndicatorData.bundled();
        for (Observation o : rows) assertEquals(o, d.get(o.indicator(), o.year(), o.kato()).orElseThrow(), o.toString());
    }

    /**
     * The installed app's first start: the snapshot the packaging script's training run left in
     * the app's own cache folder is read where it is (the user's folder stays empty) and gives
     * the CSV's rows; a damaged one is passed over and the CSV scanned as before.
     */
    @Test
    void theAppsPreparedSnapshotIsReadOnAFirstStart(@TempDir Path tmp) throws IOException {
        List<Observation> rows = csv();
        String cache = System.getProperty("aimaq.cache"), home = System.getProperty("aimaq.home");
        try {
            System.setProperty("aimaq.cache", tmp.resolve("training-cache").toString());
            System.setProperty("aimaq.preparedCacheOut", tmp.resolve("app/cache").toString());
            ObservationSnapshot.bundled("datasets/indicators.csv");
            System.clearProperty("aimaq.preparedCacheOut");
            List<Path> prepared;
            try (var files = Files.list(tmp.resolve("app/cache"))) { prepared = files.toList(); }
            assertEquals(1, prepared.size(), "the training run wrote one prepared snapshot");

            Path user = tmp.resolve("user-cache");
            System.setProperty("aimaq.cache", user.toString());
            System.setProperty("aimaq.home", tmp.resolve("app").toString());
            assertEquals(rows, ObservationSnapshot.bundled("datasets/indicators.csv"));
            assertFalse(Files.exists(user), "read from the app's folder: nothing scanned, nothing written");

            Files.write(prepared.get(0), new byte[]{0, 0, 0, 2, 1});
            assertEquals(rows, ObservationSnapshot.bundled("datasets/indicators.csv"));
            try (var files = Files.list(user)) {
                assertEquals(1, files.count(), "a damaged prepared snapshot: the CSV scanned and the user's own written");
            }
        } finally {
            System.clearProperty("aimaq.preparedCacheOut");
            if (cache == null) System.clearProperty("aimaq.cache"); else System.setProperty("aimaq.cache", cache);
            if (home == null) System.clearProperty("aimaq.home"); else System.setProperty("aimaq.home", home);
        }
    }
}
