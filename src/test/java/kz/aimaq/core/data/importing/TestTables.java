package kz.aimaq.core.data.importing;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the test tables the import tests read: CSV in several encodings, XLSX and XLS built with POI. */
final class TestTables {
    private TestTables() {}

    static Path csv(Path dir, String name, String text, Charset charset, boolean bom) throws IOException {
        Path p = dir.resolve(name);
        byte[] body = text.getBytes(charset);
        try (OutputStream out = Files.newOutputStream(p)) {
            if (bom) out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(body);
        }
        return p;
    }

    /** A sheet: rows of cells (String, Number or null) and merged ranges like "B3:F3". */
    record SheetSpec(String name, List<List<Object>> rows, List<String> merged) {}

    static Path workbook(Path dir, String name, boolean xls, SheetSpec... sheets) throws IOException {
        Path p = dir.resolve(name);
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            for (SheetSpec s : sheets) {
                Sheet sheet = wb.createSheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = s.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                        else if (v != null) row.createCell(c).setCellValue(v.toString());
                    }
                }
                for (String m : s.merged()) sheet.addMergedRegion(CellRangeAddress.valueOf(m));
            }
            wb.write(out);
        }
        return p;
    }
}
