package kz.aimaq.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code --format xlsx --out FILE} and {@code --format csv --out FILE.csv} on the table commands. */
class TableFormatsCliTest {
    @TempDir Path dir;

    private static List<CSVRecord> csv(String text, char sep) throws Exception {
        return CSVFormat.DEFAULT.builder().setDelimiter(sep).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void groupsFive2024AsXlsxHasTheSameNumbersAsCsvInNumericCells() throws Exception {
        Path f = dir.resolve("g.xlsx");
        CliRun r = CliRun.of("groups", "--grouping", "five", "--year", "2024", "--format", "xlsx", "--out", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(f.toString(), r.out().strip());
        List<CSVRecord> expected = csv(CliRun.of("groups", "--grouping", "five", "--year", "2024").out(), ',');
        try (InputStream in = Files.newInputStream(f); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            Row head = s.getRow(0);
            assertEquals("group", head.getCell(0).getStringCellValue());
            assertEquals("grp_per_capita", head.getCell(8).getStringCellValue());
            assertEquals(expected.size(), s.getLastRowNum());
            for (int i = 0; i < expected.size(); i++) {
                Row row = s.getRow(i + 1);
                assertEquals(expected.get(i).get("group"), row.getCell(0).getStringCellValue());
                for (int c : new int[]{2, 3, 4, 5, 6, 7, 8}) {
                    Cell cell = row.getCell(c);
                    assertEquals(CellType.NUMERIC, cell.getCellType(), head.getCell(c).getStringCellValue());
                    assertEquals(Double.parseDouble(expected.get(i).get(c)), cell.getNumericCellValue(), 0.0,
                            head.getCell(c).getStringCellValue());
                }
                assertEquals("#,##0", row.getCell(2).getCellStyle().getDataFormatString());      // population
                assertEquals("#,##0.0000", row.getCell(3).getCellStyle().getDataFormatString()); // population share
                assertEquals("#,##0.0", row.getCell(8).getCellStyle().getDataFormatString());    // GRP per capita
            }
            Sheet src = wb.getSheetAt(1);
            assertEquals("Source", src.getSheetName());
            String notes = java.util.stream.IntStream.rangeClosed(0, src.getLastRowNum()).mapToObj(src::getRow)
                    .filter(java.util.Objects::nonNull).map(x -> x.getCell(0).getStringCellValue()).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(notes.contains("Bureau of National Statistics"), notes);
            assertTrue(notes.contains("Macro-regions: "), notes);
            assertTrue(notes.contains("Year: 2024"), notes);
        }
    }

    @Test
    void tableAsRussianCsvHasBomSemicolonsAndDecimalCommasWithTheSameValues() throws Exception {
        Path f = dir.resolve("t.csv");
        CliRun r = CliRun.of("table", "--indicator", "grp_per_capita", "--year", "2024", "--format", "csv", "--out", f.toString(), "--lang", "ru");
        assertEquals(0, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("kato;iso;name_en;name_ru;name_kk;value;unit\r\n"), text);
        List<CSVRecord> saved = csv(text, ';');
        List<CSVRecord> stdout = csv(CliRun.of("table", "--indicator", "grp_per_capita", "--year", "2024").out(), ',');
        assertEquals(21, saved.size());  // 20 regions and the country
        for (int i = 0; i < stdout.size(); i++) {
            assertEquals(stdout.get(i).get("kato"), saved.get(i).get("kato"));
            assertEquals(stdout.get(i).get("name_ru"), saved.get(i).get("name_ru"));
            assertEquals(stdout.get(i).get("value").replace('.', ','), saved.get(i).get("value"));
        }
        assertTrue(saved.stream().anyMatch(x -> x.get("value").contains(",")), "decimal commas");
    }

    @Test
    void everyTableCommandWritesAWorkbook() throws Exception {
        String spec = Path.of("docs/examples/my-index.json").toString();
        List<String[]> commands = List.of(
                new String[]{"table", "--indicator", "grp_per_capita", "--year", "2016"},
                new String[]{"typology"},
                new String[]{"index", "--spec", spec},
                new String[]{"simulate", "--scenario", "growth-poles", "--years", "5"},
                new String[]{"disparities", "--indicator", "grp_per_capita", "--from", "2015", "--to", "2024"});
        for (String[] c : commands) {
            Path f = dir.resolve(c[0] + ".xlsx");
            String[] argv = java.util.stream.Stream.concat(java.util.Arrays.stream(c),
                    java.util.stream.Stream.of("--format", "xlsx", "--out", f.toString(), "--lang", "kk")).toArray(String[]::new);
            CliRun r = CliRun.of(argv);
            assertEquals(0, r.code(), c[0] + ": " + r.err());
            List<CSVRecord> expected = csv(CliRun.of(c).out(), ',');
            try (InputStream in = Files.newInputStream(f); Workbook wb = new XSSFWorkbook(in)) {
                assertEquals("Деректер", wb.getSheetName(0));
                assertEquals("Дереккөз", wb.getSheetName(1));
                assertEquals(expected.size(), wb.getSheetAt(0).getLastRowNum(), c[0]);
                boolean numeric = false;
                for (Cell cell : wb.getSheetAt(0).getRow(1)) numeric |= cell.getCellType() == CellType.NUMERIC;
                assertTrue(numeric, c[0] + " has numeric cells");
            }
        }
        // the year on its own territory: 2016 has 16 regions and the country
        try (InputStream in = Files.newInputStream(dir.resolve("table.xlsx")); Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(17, wb.getSheetAt(0).getLastRowNum());
            assertEquals(CellType.NUMERIC, wb.getSheetAt(0).getRow(1).getCell(5).getCellType());
        }
    }

    @Test
    void xlsxWithoutOutIsRefusedWithAClearMessage() {
        CliRun r = CliRun.of("groups", "--grouping", "five", "--year", "2024", "--format", "xlsx");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format xlsx writes a workbook to a file: add --out FILE.xlsx"), r.err());
        assertEquals("", r.out());
        CliRun wrong = CliRun.of("table", "--indicator", "grp_per_capita", "--year", "2024", "--format", "xlsx", "--out", dir.resolve("t.csv").toString());
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("name it FILE.xlsx"), wrong.err());
    }

    @Test
    void stdoutCsvIsUnchangedByTheNewOptions() {
        CliRun r = CliRun.of("table", "--indicator", "grp_per_capita", "--year", "2024", "--format", "csv", "--lang", "ru");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("kato,iso,name_en,name_ru,name_kk,value,unit\n10,KZ-10,"), r.out());
    }
}
