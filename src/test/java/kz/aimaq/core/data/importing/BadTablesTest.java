package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.region.RegionNameMatcher;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bad tables of issue 14, each built here: the right values, or a refusal that names the
 * cell and says what to do. Never a silently wrong number.
 */
class BadTablesTest {
    @TempDir Path dir;
    private static final RegionNameMatcher MATCHER = RegionNameMatcher.bundled();
    private static final List<Region> REGIONS = RegionCatalog.bundled().current().stream().filter(r -> !r.isNational()).toList();

    private static JoinReport join(Path file) throws ImportException {
        TableFile t = TableReader.read(file);
        Grid g = LayoutDetector.bestSheet(t, MATCHER);
        return JoinReport.build(t.fileName(), g, LayoutDetector.detect(g, MATCHER), MATCHER);
    }

    /** kato → value of the (single-year) report. */
    private static Map<String, Double> values(JoinReport r) {
        Map<String, Double> out = new TreeMap<>();
        for (JoinReport.DataRow d : r.rows()) r.regionOf(d.row()).ifPresent(reg -> d.values().values().forEach(v -> out.put(reg.kato(), v)));
        return out;
    }

    private ImportException refused(Path p) {
        return assertThrows(ImportException.class, () -> join(p));
    }

    @Test
    void decimalCommaWithThreeDecimalsInASemicolonCsvIsAFraction() throws Exception {
        StringBuilder csv = new StringBuilder("Регион;2024\n");
        for (int i = 0; i < REGIONS.size(); i++) csv.append(REGIONS.get(i).nameRu()).append(';').append(4 + i).append(",143\n");
        JoinReport r = join(Files.writeString(dir.resolve("comma.csv"), csv));
        Map<String, Double> v = values(r);
        assertEquals(20, v.size());
        assertEquals(4.143, v.get(REGIONS.getFirst().kato()), 1e-12);
        assertEquals(23.143, v.get(REGIONS.getLast().kato()), 1e-12);
        assertTrue(r.problems().stream().noneMatch(p -> p.contains("decimal")), r.problems().toString());
    }

    @Test
    void aColumnThatStaysAmbiguousIsReportedAndTheUserChooses() throws Exception {
        StringBuilder csv = new StringBuilder("region,2024\n");
        for (Region reg : REGIONS) csv.append('"').append(reg.nameEn()).append("\",\"4,143\"\n");
        Path p = Files.writeString(dir.resolve("amb.csv"), csv);
        JoinReport r = join(p);
        assertTrue(r.problems().getFirst().startsWith("Column B: a value like '4,143'"), r.problems().toString());
        assertEquals(4143.0, values(r).get("11"), 0);

        TableFile t = TableReader.read(p);
        Grid comma = t.sheets().getFirst().withDecimalMark(NumberParser.DecimalMark.COMMA);
        JoinReport chosen = JoinReport.build(t.fileName(), comma, LayoutDetector.detect(comma, MATCHER), MATCHER);
        assertEquals(4.143, values(chosen).get("11"), 1e-12);
        assertTrue(chosen.problems().isEmpty(), chosen.problems().toString());
    }

    @Test
    void oneColumnSaysCommaTheSheetFollowsPerColumn() throws Exception {
        // column B has 4,14 (a comma decimal); column C has 1.5 (a point decimal): each keeps its own
        StringBuilder csv = new StringBuilder("region;2023;2024\n");
        for (Region reg : REGIONS) csv.append(reg.nameRu()).append(";4,14;1.5\n");
        JoinReport r = join(Files.writeString(dir.resolve("mixed.csv"), csv));
        JoinReport.DataRow d = r.rows().getFirst();
        assertEquals(4.14, d.values().get(2023), 1e-12);
        assertEquals(1.5, d.values().get(2024), 1e-12);
    }

    @Test
    void nonFiniteValuesAreRefusedWithRowAndColumnAndTheRowIsKept() throws Exception {
        StringBuilder csv = new StringBuilder("region;year;value\n");
        String[] bad = {"NaN", "Infinity", "∞", "1e400", "-inf"};
        for (int i = 0; i < REGIONS.size(); i++) {
            csv.append(REGIONS.get(i).nameRu()).append(";2024;").append(i < bad.length ? bad[i] : String.valueOf(i + 1)).append('\n');
        }
        for (Region reg : REGIONS) csv.append(reg.nameRu()).append(";2023;7\n");
        JoinReport r = join(Files.writeString(dir.resolve("nan.csv"), csv));
        assertEquals("long", r.layoutSummary().kind());
        long read2024 = r.rows().stream().filter(d -> d.values().containsKey(2024)).count();
        assertEquals(15, read2024, "the five refused values are not read");
        assertTrue(r.rows().stream().allMatch(d -> d.values().values().stream().allMatch(Double::isFinite)));
        for (int i = 0; i < bad.length; i++) {
            String cell = "C" + (i + 2), expected = cell + ": '" + bad[i] + "' is not a finite number";
            assertTrue(r.problems().stream().anyMatch(p -> p.startsWith(expected)),
                    cell + " " + r.problems());
        }
        // the rows are there (a region row with a refused value is not a footnote), only without data
        assertEquals(40, r.rows().size());
    }

    @Test
    void formulaCellsWithoutACachedResultAreComputedOrNamed() throws Exception {
        Path p = dir.resolve("formulas.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("region");
            s.getRow(0).createCell(1).setCellValue(2024);
            for (int i = 0; i < REGIONS.size(); i++) {
                Row row = s.createRow(i + 1);
                row.createCell(0).setCellValue(REGIONS.get(i).nameRu());
                // POI, like openpyxl, writes formulas without a result unless asked to evaluate
                if (i == 19) row.createCell(1).setCellFormula("[1]Other!A1*2");
                else row.createCell(1).setCellFormula((i + 1) + "*1.5");
            }
            wb.write(out);
        }
        JoinReport r = join(p);
        Map<String, Double> v = values(r);
        assertEquals(1.5, v.get(REGIONS.get(0).kato()), 1e-12, "computed, not read as 0");
        assertEquals(28.5, v.get(REGIONS.get(18).kato()), 1e-12);
        assertFalse(v.containsKey(REGIONS.get(19).kato()), "an external link cannot be computed: no value, not 0");
        assertTrue(r.problems().stream().anyMatch(x -> x.startsWith("B21: the formula =") && x.contains("no saved result")), r.problems().toString());
    }

    @Test
    void a1e400CellIsRefusedAloneNotTheWholeWorkbook() throws Exception {
        Path p = dir.resolve("big.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("data");
            s.createRow(0).createCell(0).setCellValue("region");
            s.getRow(0).createCell(1).setCellValue(2024);
            for (int i = 0; i < REGIONS.size(); i++) {
                Row row = s.createRow(i + 1);
                row.createCell(0).setCellValue(REGIONS.get(i).nameRu());
                row.createCell(1).setCellValue(i == 0 ? 123.456 : i + 1);
            }
            wb.write(out);
        }
        replaceInZip(p, "xl/worksheets/sheet1.xml", "<v>123.456</v>", "<v>1e400</v>");
        JoinReport r = join(p);
        assertEquals(19, values(r).size());
        assertTrue(r.problems().stream().anyMatch(x -> x.startsWith("B2: 'Infinity' is not a finite number")), r.problems().toString());
    }

    @Test
    void aSheetOverTheRowLimitIsRefusedNotCut() throws Exception {
        Path p = dir.resolve("long.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("data");
            for (int i = 0; i <= TableReader.MAX_ROWS; i++) s.createRow(i).createCell(0).setCellValue(i);
            wb.write(out);
        }
        ImportException e = refused(p);
        assertEquals("import.error.tooManyRows", e.key());
        // whole numbers are printed as they are in every language (Text: a year is 2024, never 2,024)
        assertTrue(e.getMessage().contains("200001 rows"), e.getMessage());
        assertTrue(e.message(Messages.of("ru")).contains("200001"), e.message(Messages.of("ru")));
    }

    @Test
    void aZipOfJunkATruncatedDownloadAndXlsbEachSayWhatTheyAre() throws Exception {
        Path junk = dir.resolve("junk.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(junk))) {
            z.putNextEntry(new ZipEntry("photo.jpg"));
            z.write(new byte[100]);
            z.closeEntry();
        }
        ImportException e = refused(junk);
        assertEquals("import.error.notWorkbookZip", e.key());
        assertTrue(e.getMessage().contains("photo.jpg"), e.getMessage());

        Path good = TestTables.workbook(dir, "good.xlsx", false, new TestTables.SheetSpec("s", List.of(List.of("region", 2024)), List.of()));
        byte[] b = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(b, b.length / 2));
        e = refused(cut);
        assertEquals("import.error.truncated", e.key());
        assertFalse(e.getMessage().contains("save it again"), e.getMessage());
        assertTrue(e.message(Messages.of("kk")).contains("қайта жүктеңіз"), e.message(Messages.of("kk")));

        Path xlsb = dir.resolve("b.xlsb");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(xlsb))) {
            z.putNextEntry(new ZipEntry("xl/workbook.bin"));
            z.write(new byte[10]);
            z.closeEntry();
        }
        assertEquals("import.error.xlsb", refused(xlsb).key());
    }

    @Test
    void utf16WithoutBomIsReadAndHtmlIsCalledAWebPage() throws Exception {
        StringBuilder csv = new StringBuilder("region;2024\n");
        for (int i = 0; i < REGIONS.size(); i++) csv.append(REGIONS.get(i).nameRu()).append(';').append(i + 1).append('\n');
        Path le = Files.write(dir.resolve("utf16.csv"), csv.toString().getBytes(StandardCharsets.UTF_16LE));
        assertEquals(20, values(join(le)).size());
        assertEquals("UTF-16LE without BOM", TableReader.read(le).encoding());

        Path html = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>Алматы</td><td>5</td></tr></table></body></html>");
        ImportException e = refused(html);
        assertEquals("import.error.html", e.key());
        assertTrue(e.getMessage().contains("web page"), e.getMessage());
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Path p = Files.writeString(dir.resolve("secret.csv"), "region;2024\nАлматы;5\n");
        assertTrue(p.toFile().setReadable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(p), "running as root: the OS lets us read anyway");
            ImportException e = refused(p);
            assertEquals("import.error.denied", e.key());
            assertTrue(e.getMessage().startsWith("permission denied"), e.getMessage());
        } finally {
            p.toFile().setReadable(true, false);
        }
    }

    private static void replaceInZip(Path zip, String entry, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String xml = new String(b, StandardCharsets.UTF_8);
                    assertTrue(xml.contains(from), "the fixture holds " + from);
                    b = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
                z.closeEntry();
            }
        }
        Files.write(zip, out.toByteArray());
    }
}
