package kz.aimaq.core.data.importing;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.region.RegionNameMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** Each file variant the issue lists, written by the test into a temp folder, read end to end. */
class TableImportVariantsTest {

    @TempDir Path dir;
    final RegionNameMatcher matcher = RegionNameMatcher.bundled();

    /** Reads, detects, joins and imports into a copy; returns the imported values as "kato|year" -> value. */
    private Map<String, Double> importAll(Path file, String sheet) throws Exception {
        TableFile f = TableReader.read(file);
        Grid g = sheet == null ? LayoutDetector.bestSheet(f, matcher) : f.requireSheet(sheet);
        JoinReport report = JoinReport.build(f.fileName(), g, LayoutDetector.detect(g, matcher), matcher);
        IndicatorData data = IndicatorData.bundled().copy();
        TableImporter.apply(report, data, TableImporter.indicatorFor("t", "test", "", report));
        Map<String, Double> out = new TreeMap<>();
        for (int y : data.years("t")) data.year("t", y).forEach((k, o) -> out.put(k + "|" + y, o.value()));
        return out;
    }

    @Test
    void csvCommaUtf8Wide() throws Exception {
        Path p = TestTables.csv(dir, "a.csv", """
                Region,2020,2021
                Akmola Region,1.5,2.5
                Almaty (city),10.25,11
                Republic of Kazakhstan,5,6
                """, StandardCharsets.UTF_8, false);
        TableFile f = TableReader.read(p);
        assertEquals(',', f.delimiter());
        assertEquals("UTF-8", f.encoding());
        assertEquals(Map.of("11|2020", 1.5, "11|2021", 2.5, "75|2020", 10.25, "75|2021", 11.0, "00|2020", 5.0, "00|2021", 6.0),
                importAll(p, null));
    }

    @Test
    void csvSemicolonCp1251DecimalCommaSpaceThousands() throws Exception {
        Path p = TestTables.csv(dir, "b.csv", """
                Показатель: ВРП, млн тенге
                Область;2021 год;2022 год
                Акмолинская обл.;1 234,5;2\u00A0345,75
                г.Нур-Султан;10 000,1;-
                Туркестанская область;…;x
                """, Charset.forName("windows-1251"), false);
        TableFile f = TableReader.read(p);
        assertEquals("windows-1251", f.encoding());
        assertEquals(';', f.delimiter());
        assertEquals(Map.of("11|2021", 1234.5, "11|2022", 2345.75, "71|2021", 10000.1), importAll(p, null));
    }

    @Test
    void csvUtf8BomTabsApostrophes() throws Exception {
        Path p = TestTables.csv(dir, "c.tsv", "kato\tname\t2019\n110000000\tАқмола облысы\t1'234.5\n150000000\tАқтөбе облысы\t2’000\n",
                StandardCharsets.UTF_8, true);
        TableFile f = TableReader.read(p);
        assertEquals("UTF-8 with BOM", f.encoding());
        assertEquals('\t', f.delimiter());
        assertEquals(Map.of("11|2019", 1234.5, "15|2019", 2000.0), importAll(p, null));
    }

    @Test
    void csvCommaDelimitedWithQuotedDecimalCommas() throws Exception {
        Path p = TestTables.csv(dir, "q.csv", """
                "Регион","2020","2021"
                "Павлодарская область","1 234,5","7,25"
                "Шымкент қаласы","12,5","-"
                """, StandardCharsets.UTF_8, false);
        assertEquals(Map.of("55|2020", 1234.5, "55|2021", 7.25, "79|2020", 12.5), importAll(p, null));
    }

    @Test
    void csvLongWithNamesPeriodHeaderAndDuplicateYear() throws Exception {
        Path p = TestTables.csv(dir, "ln.csv", """
                Регион;Год;Значение
                Ақмола облысы;2020;5,5
                Ақмола облысы;2021;6,5
                Маңғыстау облысы;2020;7
                Маңғыстау облысы;2020;8
                """, StandardCharsets.UTF_8, false);
        TableFile f = TableReader.read(p);
        Grid g = f.sheets().getFirst();
        TableLayout layout = LayoutDetector.detect(g, matcher);
        assertEquals(TableLayout.Kind.LONG, layout.kind());
        JoinReport r = JoinReport.build(f.fileName(), g, layout, matcher);
        assertEquals(List.of(new JoinReport.Duplicate("47", "Mangystau Region", 2020, List.of(4, 5))), r.duplicates());
        assertEquals(Map.of("11|2020", 5.5, "11|2021", 6.5, "47|2020", 7.0), importAll(p, null));
    }

    @Test
    void csvLongWithIsoCodesAndIndicatorColumn() throws Exception {
        Path p = TestTables.csv(dir, "long.csv", """
                iso|year|indicator|value
                KZ-11|2020|grp|5
                KZ-11|2021|grp|6
                KZ15|2020|grp|7
                KZ-11|2020|pop|100
                """, StandardCharsets.UTF_8, false);
        TableFile f = TableReader.read(p);
        TableLayout layout = LayoutDetector.detect(f.sheets().getFirst(), matcher);
        assertEquals(TableLayout.Kind.LONG, layout.kind());
        assertEquals(1, layout.yearColumn());
        assertEquals(3, layout.valueColumn());
        assertEquals(2, layout.indicatorColumn());
        assertEquals("grp", layout.indicatorFilter());
        assertEquals(Map.of("11|2020", 5.0, "11|2021", 6.0, "15|2020", 7.0), importAll(p, null));
        JoinReport pop = JoinReport.build("long.csv", f.sheets().getFirst(), layout.withLongColumns(1, 3, 2, "pop"), matcher);
        assertEquals(1, pop.rows().size());
        assertEquals(100.0, pop.rows().getFirst().values().get(2020));
    }

    /** A BNS-style workbook: title, unit, years merged over quarter columns, numbers as text, markers, footnotes. */
    private TestTables.SheetSpec bnsLikeSheet() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("Уровень безработицы1)", null, null, null, null, null));
        rows.add(Arrays.asList(null, null, null, null, null, "в процентах"));
        rows.add(Arrays.asList(null, 2021, null, null, 2022, null));
        rows.add(Arrays.asList(null, "I квартал", "IV квартал", "год", "I квартал", "год"));
        rows.add(Arrays.asList("Республика Казахстан", 5.0, 4.9, 4.9, 4.9, "4,9"));
        rows.add(Arrays.asList("Абай", "-", "-", "-", 4.7, "5,0"));
        rows.add(Arrays.asList("Акмолинская", 4.8, 4.7, "4,8", 4.6, "4,6"));
        rows.add(Arrays.asList("Туркестанская 3)", 5.1, 5.0, "…", 5.2, "x"));
        rows.add(Arrays.asList("г.Нур-Султан", 4.6, 4.6, 4.6, 4.6, 4.6));
        rows.add(Arrays.asList((Object) null));
        rows.add(Arrays.asList("1) по данным выборочного обследования", "1) по данным выборочного обследования", null, null, null, null));
        return new TestTables.SheetSpec("Регионы", rows, List.of("B3:D3", "E3:F3", "A11:F11"));
    }

    @Test
    void xlsxBnsStyleMergedYearsQuartersTextNumbersMarkersFootnotes() throws Exception {
        Path p = TestTables.workbook(dir, "u.xlsx", false,
                new TestTables.SheetSpec("Обложка", List.of(List.of("Бюллетень")), List.of()), bnsLikeSheet());
        checkBnsLike(p);
    }

    @Test
    void xlsOldExcelFormat() throws Exception {
        checkBnsLike(TestTables.workbook(dir, "u.xls", true, bnsLikeSheet()));
    }

    private void checkBnsLike(Path p) throws Exception {
        TableFile f = TableReader.read(p);
        Grid g = LayoutDetector.bestSheet(f, matcher);
        assertEquals("Регионы", g.sheetName());
        TableLayout layout = LayoutDetector.detect(g, matcher);
        assertEquals(Map.of(3, 2021, 5, 2022), layout.yearColumns(), "only the annual columns, years from merged cells");
        assertEquals(4, layout.firstDataRow());
        assertEquals("Уровень безработицы", layout.indicatorName());
        assertEquals("в процентах", layout.unit());
        JoinReport report = JoinReport.build(f.fileName(), g, layout, matcher);
        assertEquals(List.of(), report.problems());
        assertEquals(1, report.national().size());
        assertEquals(4, report.matched().size(), "the footnote row is not data");
        assertEquals(Map.of("00|2021", 4.9, "00|2022", 4.9, "10|2022", 5.0, "11|2021", 4.8, "11|2022", 4.6,
                "71|2021", 4.6, "71|2022", 4.6), importAll(p, null));
    }

    @Test
    void previewHoldsTwentyRowsAndColumnRoles() throws Exception {
        StringBuilder csv = new StringBuilder("Region;2020;2021;note\n");
        for (int i = 0; i < 30; i++) csv.append("Акмолинская;").append(i).append(";").append(i + 1).append(";x\n");
        Path p = TestTables.csv(dir, "p.csv", csv.toString(), StandardCharsets.UTF_8, false);
        Grid g = TableReader.read(p).sheets().getFirst();
        TableLayout layout = LayoutDetector.detect(g, matcher);
        TablePreview preview = TablePreview.of(g, layout, TablePreview.DEFAULT_ROWS);
        assertEquals(20, preview.rows().size());
        assertEquals(List.of("A", "B", "C", "D"), preview.columns());
        assertEquals(List.of(TableLayout.ColumnRole.REGION, TableLayout.ColumnRole.YEAR_VALUES,
                TableLayout.ColumnRole.YEAR_VALUES, TableLayout.ColumnRole.IGNORED), preview.roles());
        assertTrue(preview.rows().getFirst().header());
        assertFalse(preview.rows().get(1).header());
        assertEquals(2021, preview.years().get(2));
    }

    // ------------------------------------------------------------------ bad inputs

    private ImportException readFails(Path p) {
        return assertThrows(ImportException.class, () -> {
            TableFile f = TableReader.read(p);
            LayoutDetector.detect(LayoutDetector.bestSheet(f, matcher), matcher);
        });
    }

    @Test
    void emptyFile() throws Exception {
        Path p = Files.createFile(dir.resolve("empty.csv"));
        assertTrue(readFails(p).getMessage().contains("empty"));
        Path blank = TestTables.csv(dir, "blank.csv", "\n  \n", StandardCharsets.UTF_8, false);
        assertTrue(readFails(blank).getMessage().contains("no text"));
    }

    @Test
    void binaryGarbage() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 1;   // not a zip or OLE2 signature
        Path p = Files.write(dir.resolve("junk.csv"), junk);
        assertTrue(readFails(p).getMessage().contains("binary"), readFails(p).getMessage());
        byte[] fakeZip = Arrays.copyOf(new byte[]{0x50, 0x4B, 0x03, 0x04}, 2048);
        Path x = Files.write(dir.resolve("broken.xlsx"), fakeZip);
        // a zip signature and nothing else is a cut download: "save it again in Excel" could not help
        assertTrue(readFails(x).getMessage().contains("incomplete or damaged"), readFails(x).getMessage());
        assertFalse(readFails(x).getMessage().contains("Exception"), readFails(x).getMessage());
    }

    @Test
    void sheetWithNoNumbers() throws Exception {
        Path p = TestTables.workbook(dir, "text.xlsx", false, new TestTables.SheetSpec("Лист1",
                List.of(List.of("Регион", "Примечание"), List.of("Акмолинская", "нет данных"), List.of("Павлодарская", "нет")), List.of()));
        String msg = readFails(p).getMessage();
        assertTrue(msg.contains("no numbers"), msg);
    }

    @Test
    void noRegionColumn() throws Exception {
        Path p = TestTables.csv(dir, "n.csv", "fruit,2020\napples,1\npears,2\n", StandardCharsets.UTF_8, false);
        assertTrue(readFails(p).getMessage().contains("No column of region names"));
    }

    @Test
    void duplicateRegionsAreReportedAndOnlyTheFirstRowImported() throws Exception {
        Path p = TestTables.csv(dir, "d.csv", """
                region,2020
                Акмолинская,1
                Павлодарская,2
                Ақмола облысы,3
                г.Астана,4
                г.Нур-Султан,5
                """, StandardCharsets.UTF_8, false);
        TableFile f = TableReader.read(p);
        Grid g = f.sheets().getFirst();
        JoinReport r = JoinReport.build(f.fileName(), g, LayoutDetector.detect(g, matcher), matcher);
        assertEquals(List.of(new JoinReport.Duplicate("11", "Akmola Region", null, List.of(2, 4)),
                new JoinReport.Duplicate("71", "Astana (city)", null, List.of(5, 6))), r.duplicates());
        assertEquals(Map.of("11|2020", 1.0, "55|2020", 2.0, "71|2020", 4.0), importAll(p, null));
    }

    @Test
    void fiftyMegabyteCsvIsRefusedWithAClearMessage() throws Exception {
        Path p = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(p)) {
            w.write("kato,year,value\n");
            String line = "11,2020,1234567.891\n";
            for (long n = 0; n < 50L * 1024 * 1024 / line.length() + 1; n++) w.write(line);
        }
        assertTrue(Files.size(p) >= 50L * 1024 * 1024);
        String msg = readFails(p).getMessage();
        assertTrue(msg.contains("50 MB") && msg.contains("up to 32 MB"), msg);
    }

    @Test
    void missingFile() {
        assertTrue(readFails(dir.resolve("nope.xlsx")).getMessage().contains("not found"));
    }

    // ------------------------------------------------------------------ report, manual fixes, mapping, applying safely

    @Test
    void fuzzyUnmatchedMissingAndManualFixSavedAndReused() throws Exception {
        String text = """
                region,2020,2021
                Павлодрская обл.,1,2
                Акмолинская,3,4
                Атлантида,5,6
                """;
        Path p = TestTables.csv(dir, "f.csv", text, StandardCharsets.UTF_8, false);
        TableFile f = TableReader.read(p);
        Grid g = f.sheets().getFirst();
        JoinReport r = JoinReport.build(f.fileName(), g, LayoutDetector.detect(g, matcher), matcher);
        assertEquals(List.of(new JoinReport.MatchedRow(3, "Акмолинская", "11", "Akmola Region", "name")), r.matched());
        assertEquals(1, r.fuzzy().size());
        assertEquals("55", r.fuzzy().getFirst().candidate());
        assertEquals(List.of(4), r.unmatchedRows().stream().map(JoinReport.UnmatchedRow::row).toList());
        assertEquals(19, r.missingRegions().size(), "fuzzy matches count only once confirmed");

        JoinReport fixed = r.withManualMatch(2, "55").withManualMatch(4, null);
        assertEquals(18, fixed.missingRegions().size());
        assertEquals("manual", fixed.matched().getFirst().method());
        assertEquals("excluded by the user", fixed.unmatchedRows().getFirst().reason());

        Path mappingFile = dir.resolve("mapping.json");
        ImportMapping.of(fixed).save(mappingFile);
        Path next = TestTables.csv(dir, "f2022.csv", text.replace("1,2", "7,8"), StandardCharsets.UTF_8, false);
        TableFile f2 = TableReader.read(next);
        JoinReport again = ImportMapping.load(mappingFile).apply(f2.fileName(), f2.sheets().getFirst(), matcher);
        assertEquals(List.of("55", "11"), again.matched().stream().map(JoinReport.MatchedRow::region).toList());
        assertEquals(List.of(), again.fuzzy());
        assertEquals(7.0, again.rows().getFirst().values().get(2020));
    }

    @Test
    void importingIntoACopyLeavesLoadedDataAlone() throws Exception {
        Path p = TestTables.csv(dir, "g.csv", "region,2020\nАкмолинская,1\n", StandardCharsets.UTF_8, false);
        TableFile f = TableReader.read(p);
        Grid g = f.sheets().getFirst();
        JoinReport r = JoinReport.build(f.fileName(), g, LayoutDetector.detect(g, matcher), matcher);
        IndicatorData loaded = IndicatorData.bundled();
        int before = loaded.catalog().all().size();
        IndicatorData copy = loaded.copy();

        // refused: the name is taken; the copy is untouched as well
        ImportException clash = assertThrows(ImportException.class,
                () -> TableImporter.apply(r, copy, TableImporter.indicatorFor("grp", "GRP", "", r)));
        assertTrue(clash.getMessage().contains("already exists"));
        assertEquals(before, copy.catalog().all().size());

        TableImporter.Result res = TableImporter.apply(r, copy, TableImporter.indicatorFor("my_table", "Mine", "pcs", r));
        assertEquals(1, res.observations());
        Observation o = copy.get("my_table", 2020, "11").orElseThrow();
        assertEquals("g.csv", o.source(), "a CSV's sheet is its own name, not repeated (and no English word on a Russian map)");
        assertEquals("pcs", o.unit());
        assertTrue(copy.catalog().byId("my_table").isPresent(), "listed beside the bundled indicators");
        assertEquals(before, loaded.catalog().all().size(), "the loaded data did not change");
        assertTrue(loaded.catalog().byId("my_table").isEmpty());
        assertTrue(loaded.years("my_table").isEmpty());
    }

    @Test
    void unknownYearMustBeSetBeforeApplying() throws Exception {
        Path p = TestTables.csv(dir, "h.csv", "Регион;Все население\nАкмолинская;100\nПавлодарская;200\n", StandardCharsets.UTF_8, false);
        TableFile f = TableReader.read(p);
        Grid g = f.sheets().getFirst();
        TableLayout layout = LayoutDetector.detect(g, matcher);
        assertEquals(Map.of(1, -1), layout.yearColumns(), "no year anywhere: the user must set it");
        JoinReport r = JoinReport.build(f.fileName(), g, layout, matcher);
        assertFalse(r.isApplicable());
        assertTrue(r.problems().getFirst().contains("year of column B"));
        assertThrows(ImportException.class, () -> TableImporter.apply(r, IndicatorData.bundled().copy(), TableImporter.indicatorFor("x", "x", "", r)));
        JoinReport set = JoinReport.build(f.fileName(), g, layout.withYearColumns(Map.of(1, 2023)), matcher);
        assertTrue(set.isApplicable());
    }
}
