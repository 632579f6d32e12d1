package kz.aimaq.core.table;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TableWritersTest {
    @TempDir Path dir;

    private static DataTable sample() {
        return new DataTable("ВРП на душу населения, 2024",
                List.of(TableColumn.text("Регион"), TableColumn.year("Год"), TableColumn.decimal("ВРП, тыс. тенге", 1),
                        TableColumn.percent("Доля", 2), TableColumn.integer("Население")),
                List.of(Arrays.asList("Алматы", 2024, 12345.678, 12.5, 2_228_000),
                        Arrays.asList("=HYPERLINK(\"x\")", 2024, Double.NaN, -3.25, null),
                        Arrays.asList("Абай; область", 2024, -0.5, 0.0, 600_000L)),
                List.of("Источник: БНС АСПиР РК", "Единица: тыс. тенге"));
    }

    @Test void csvInRussianHasBomSemicolonsAndDecimalCommas() throws Exception {
        Path f = dir.resolve("t.csv");
        TableFiles.write(sample(), f, "ru");
        byte[] bytes = Files.readAllBytes(f);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("Регион;Год;ВРП, тыс. тенге;Доля;Население", lines.get(0));
        assertEquals("Алматы;2024;12345,678;12,5;2228000", lines.get(1));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\";2024;;-3,25;", lines.get(2), "a formula is neutralised, NaN and null are empty");
        assertEquals("\"Абай; область\";2024;-0,5;0;600000", lines.get(3));
    }

    @Test void csvInEnglishUsesCommasAndPoints() throws Exception {
        String text = CsvTableWriter.toText(sample(), "en");
        assertTrue(text.startsWith("Регион,Год,\"ВРП, тыс. тенге\",Доля,Население\r\n"), text);
        assertTrue(text.contains("\r\nАлматы,2024,12345.678,12.5,2228000\r\n"), text);
    }

    @Test void xlsxHasNumericCellsWithFormatsAndASourceSheet() throws Exception {
        Path f = dir.resolve("t.xlsx");
        TableFiles.write(sample(), f, "kk");
        try (InputStream in = Files.newInputStream(f); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("Деректер", s.getSheetName());
            Row h = s.getRow(0);
            assertEquals("ВРП, тыс. тенге", h.getCell(2).getStringCellValue());
            assertTrue(wb.getFontAt(h.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            Cell grp = s.getRow(1).getCell(2);
            assertEquals(CellType.NUMERIC, grp.getCellType());
            assertEquals(12345.678, grp.getNumericCellValue());
            assertEquals("#,##0.0", grp.getCellStyle().getDataFormatString());
            assertEquals("#,##0.00\" %\"", s.getRow(1).getCell(3).getCellStyle().getDataFormatString());
            assertEquals(2_228_000, s.getRow(1).getCell(4).getNumericCellValue());
            assertEquals("#,##0", s.getRow(1).getCell(4).getCellStyle().getDataFormatString());
            assertEquals(2024, s.getRow(1).getCell(1).getNumericCellValue());
            assertNull(s.getRow(2).getCell(2), "NaN is an empty cell, not zero");
            assertEquals("=HYPERLINK(\"x\")", s.getRow(2).getCell(0).getStringCellValue(), "text stays text, never a formula");
            assertEquals(CellType.STRING, s.getRow(2).getCell(0).getCellType());
            Sheet src = wb.getSheetAt(1);
            assertEquals("Дереккөз", src.getSheetName());
            assertEquals("ВРП на душу населения, 2024", src.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Источник: БНС АСПиР РК", src.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Единица: тыс. тенге", src.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test void rowsMustMatchTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new DataTable("t", List.of(TableColumn.text("a")),
                List.of(List.of("x", "y")), List.of()));
    }
}
