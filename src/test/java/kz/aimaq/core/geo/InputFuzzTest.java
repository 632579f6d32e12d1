package kz.aimaq.core.geo;

import kz.aimaq.core.data.importing.*;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.region.RegionNameMatcher;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static kz.aimaq.core.geo.ShapefileFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Deterministic fuzzing of the File → Open and import entry points (issue 14): a few hundred
 * byte mutations (fixed seeds) of a .shp, .shx, .dbf, .xlsx and .csv. Every outcome must be a
 * layer or table, or a {@link GeoReadException} / {@link ImportException} whose message says
 * something (no class names, no ": null"); never another exception, an error, more than a second
 * of CPU or an allocation out of proportion to the file. For a longer run by hand, raise
 * {@code -Daimaq.fuzz.cases} (or wire Jazzer's {@code @FuzzTest} to {@link #openShapefile}).
 */
class InputFuzzTest {
    @TempDir static Path dir;

    static final int CASES = Integer.getInteger("aimaq.fuzz.cases", 300);
    static final long CPU_LIMIT_NANOS = 1_000_000_000L;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final RegionNameMatcher MATCHER = RegionNameMatcher.bundled();
    private static byte[] shp, shx, dbf, xlsx, csv;
    private static final Map<String, long[]> worst = new TreeMap<>(); // format → max cpu ns, max bytes, read, refused

    @BeforeAll
    static void originals() throws IOException {
        Path base = dir.resolve("orig");
        // three regions, one with a hole and one of two parts, as real files have
        writeShapes(base, 5, List.of(
                parts(square(70, 50, 1, false), square(70.2, 50.2, 0.3, true)),
                parts(square(71, 50, 1, false), square(71, 49, 0.5, false)),
                parts(square(72, 50, 1, false))));
        ShapefileFixture.writeDbf(base, StandardCharsets.UTF_8, 0, "Ақмола", "Ақтөбе", "Алматы облысы");
        shp = Files.readAllBytes(dir.resolve("orig.shp"));
        shx = Files.readAllBytes(dir.resolve("orig.shx"));
        dbf = Files.readAllBytes(dir.resolve("orig.dbf"));
        List<Region> regions = RegionCatalog.bundled().current().stream().filter(r -> !r.isNational()).toList();
        StringBuilder text = new StringBuilder("Регион;2023;2024\n");
        Path x = dir.resolve("orig.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(x)) {
            Sheet s = wb.createSheet("data");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Регион");
            h.createCell(1).setCellValue(2023);
            h.createCell(2).setCellValue(2024);
            for (int i = 0; i < regions.size(); i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue(regions.get(i).nameRu());
                r.createCell(1).setCellValue(1000.5 + i);
                r.createCell(2).setCellFormula("B" + (i + 2) + "*1.1");
                text.append(regions.get(i).nameRu()).append(';').append(1000 + i).append(",5;").append(i).append(",143\n");
            }
            wb.write(out);
        }
        xlsx = Files.readAllBytes(x);
        csv = text.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- the entry points -------------------------------------------------------------------

    /** As File → Open: the .shp path of the three files. */
    static void openShapefile(Path shpFile) throws GeoReadException {
        try {
            RegionLayer layer = RegionLayers.load(shpFile);
            assertTrue(layer.size() > 0);
        } catch (GeoReadException e) {
            throw e;
        } catch (IOException e) {
            fail("not a GeoReadException: " + e);
        }
    }

    /** As the import dialog: read, choose the sheet, detect the layout, join. */
    static void importTable(Path file) throws ImportException {
        TableFile t = TableReader.read(file);
        Grid g = LayoutDetector.bestSheet(t, MATCHER);
        JoinReport r = JoinReport.build(t.fileName(), g, LayoutDetector.detect(g, MATCHER), MATCHER);
        r.matched(); r.fuzzy(); r.unmatchedRows(); r.missingRegions(); r.duplicates(); r.notes();
        for (JoinReport.DataRow d : r.rows()) d.values().values().forEach(v -> assertTrue(Double.isFinite(v), "a non-finite value was read"));
    }

    // ---- the mutations ----------------------------------------------------------------------

    static byte[] mutate(byte[] original, Random rnd) {
        byte[] b = original.clone();
        switch (rnd.nextInt(5)) {
            case 0 -> { // a few random bytes
                int k = 1 + rnd.nextInt(16);
                for (int i = 0; i < k; i++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            case 1 -> b = Arrays.copyOf(b, rnd.nextInt(b.length)); // truncated
            case 2 -> { // an extreme 32-bit count, either byte order
                int[] extremes = {Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, 1 << 30, 65_535, -4};
                int at = rnd.nextInt(Math.max(1, b.length - 4)) & ~3;
                ByteBuffer.wrap(b).order(rnd.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                        .putInt(at, extremes[rnd.nextInt(extremes.length)]);
            }
            case 3 -> { // a chunk repeated (inserted)
                int from = rnd.nextInt(b.length), len = Math.min(b.length - from, 1 + rnd.nextInt(64)), at = rnd.nextInt(b.length);
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, from, out, at, len);
                System.arraycopy(b, at, out, at + len, b.length - at);
                b = out;
            }
            default -> { // a doubles' worth of garbage (coordinates, cell values)
                int at = rnd.nextInt(Math.max(1, b.length - 8));
                double[] extremes = {Double.NaN, Double.POSITIVE_INFINITY, 1e308, -1e308, 5_500_000, 0};
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putDouble(at, extremes[rnd.nextInt(extremes.length)]);
            }
        }
        return b;
    }

    private interface Case { void run() throws Exception; }

    /** Runs one mutated input and checks the outcome, the CPU time and what it allocated. */
    private static void check(String format, int seed, long size, Case c) {
        long tid = Thread.currentThread().threadId();
        long cpu0 = THREADS.getCurrentThreadCpuTime(), mem0 = THREADS.getThreadAllocatedBytes(tid);
        long[] w = worst.computeIfAbsent(format, k -> new long[4]);
        try {
            c.run();
            w[2]++;
        } catch (GeoReadException | ImportException e) {
            w[3]++;
            String m = e.getMessage();
            assertNotNull(m, format + " seed " + seed);
            assertFalse(m.isBlank() || m.endsWith(": null") || m.endsWith("null)") || m.matches("(?s).*\\b(java|com|org)\\.[a-z]+\\..*")
                    || m.contains("Exception"), format + " seed " + seed + ": unclear message: " + m);
        } catch (Throwable t) {
            fail(format + " seed " + seed + ": " + t, t);
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0, mem = THREADS.getThreadAllocatedBytes(tid) - mem0;
        assertTrue(cpu < CPU_LIMIT_NANOS, format + " seed " + seed + " took " + cpu / 1_000_000 + " ms of CPU");
        // POI and JTS need some megabytes whatever the size; beyond that, in proportion to the file
        long limit = (format.equals("xlsx") ? 256L << 20 : 64L << 20) + 1000 * size;
        assertTrue(mem < limit, format + " seed " + seed + " allocated " + (mem >> 20) + " MB for " + size + " bytes");
        w[0] = Math.max(w[0], cpu);
        w[1] = Math.max(w[1], mem);
    }

    private static void fuzzShapefile(String which, byte[] original) throws IOException {
        Random rnd = new Random(0x14_00 + which.hashCode());
        for (int seed = 0; seed < CASES; seed++) {
            Path d = Files.createDirectories(dir.resolve(which + seed));
            Files.write(d.resolve("f.shp"), which.equals("shp") ? mutate(original, rnd) : shp);
            Files.write(d.resolve("f.shx"), which.equals("shx") ? mutate(original, rnd) : shx);
            Files.write(d.resolve("f.dbf"), which.equals("dbf") ? mutate(original, rnd) : dbf);
            long size = Files.size(d.resolve("f." + which));
            check(which, seed, size, () -> openShapefile(d.resolve("f.shp")));
        }
    }

    private static void fuzzTable(String ext, byte[] original) throws IOException {
        Random rnd = new Random(0x14_00 + ext.hashCode());
        for (int seed = 0; seed < CASES; seed++) {
            Path f = Files.write(dir.resolve("t" + seed + "." + ext), mutate(original, rnd));
            check(ext, seed, Files.size(f), () -> importTable(f));
        }
    }

    @Test void shp() throws IOException { fuzzShapefile("shp", shp); bothOutcomes("shp"); }
    @Test void shx() throws IOException { fuzzShapefile("shx", shx); bothOutcomes("shx"); }
    @Test void dbf() throws IOException { fuzzShapefile("dbf", dbf); bothOutcomes("dbf"); }
    @Test void xlsx() throws IOException { fuzzTable("xlsx", xlsx); assertTrue(worst.get("xlsx")[3] > 0); }
    @Test void csv() throws IOException { fuzzTable("csv", csv); bothOutcomes("csv"); }

    /** The mutations reach both sides: some files still read, others are refused (else they test nothing). */
    private static void bothOutcomes(String format) {
        long[] w = worst.get(format);
        assertTrue(w[2] > 0 && w[3] > 0, format + ": " + w[2] + " read, " + w[3] + " refused");
    }

    @Test
    void theCheckCatchesWhatIssue14Saw() {
        // a foreign exception, an unclear message and a slow case all fail the check
        assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> check("self", 0, 10, () -> { throw new NegativeArraySizeException("-4"); }));
        assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> check("self", 1, 10, () -> { throw new ImportException("x.dbf: damaged: null"); }));
        assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> check("self", 2, 10, () -> { throw new ImportException("broken (java.io.EOFException)"); }));
        assertThrows(org.opentest4j.AssertionFailedError.class, () -> check("self", 3, 10, () -> {
            long end = THREADS.getCurrentThreadCpuTime() + CPU_LIMIT_NANOS + 10_000_000;
            double x = 0;
            while (THREADS.getCurrentThreadCpuTime() < end) x += Math.sqrt(x + 1);
            assertTrue(x > 0);
        }));
        worst.remove("self");
    }

    @Test
    void theOriginalsThemselvesAreRead() throws Exception {
        Path d = Files.createDirectories(dir.resolve("orig-check"));
        Files.write(d.resolve("f.shp"), shp);
        Files.write(d.resolve("f.shx"), shx);
        Files.write(d.resolve("f.dbf"), dbf);
        openShapefile(d.resolve("f.shp"));
        importTable(Files.write(d.resolve("t.xlsx"), xlsx));
        importTable(Files.write(d.resolve("t.csv"), csv));
    }

    @org.junit.jupiter.api.AfterAll
    static void report() {
        worst.forEach((f, w) -> System.out.printf(Locale.ROOT, "fuzz %s: %d cases (%d read, %d refused), worst %d ms CPU, %d KB allocated%n",
                f, CASES, w[2], w[3], w[0] / 1_000_000, w[1] >> 10));
    }
}
