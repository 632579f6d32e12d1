package kz.aimaq.core.table;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.io.ExportException;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a {@link DataTable} as an Excel workbook.
 *
 * <p>Sheet 1 ("Данные" / "Деректер" / "Data"): the header row in bold, frozen so it stays in
 * view, with an autofilter; one row per table row. Number cells are numeric cells (the full
 * value) with a number format from the column: {@code #,##0} for integers, {@code #,##0.0} (as
 * many zeros as the column's decimals) for decimals, {@code 0} for years, and for percentages
 * {@code #,##0.0" %"} (the cell holds the percentage itself, 12.5 for 12.5 %, as CSV does).
 * Excel shows the thousands and decimal marks of the reader's own locale. NaN and infinite
 * values are left empty (an empty cell is "no data", never zero). Text cells are strings; a
 * number that arrives as text in a numeric column stays text rather than being guessed at.
 * Columns are autosized.
 *
 * <p>Sheet 2 ("Источник" / "Дереккөз" / "Source"): the title, each note on its own row (data
 * source, units, territory, method) and the date the file was saved.
 */
public final class XlsxTableWriter {
    private XlsxTableWriter() {}

    public static void write(DataTable table, Path file, String lang) throws ExportException {
        Messages m = Messages.of(lang);
        try (XSSFWorkbook wb = build(table, m)) {
            AtomicFiles.write(file, wb::write);
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(e, "export.error.failed", String.valueOf(file.getFileName()), String.valueOf(e.getMessage()));
        }
    }

    static XSSFWorkbook build(DataTable table, Messages m) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet data = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("table.sheet.data")));
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        head.setWrapText(false);

        int n = table.columns().size();
        CellStyle[] styles = new CellStyle[n];
        Map<String, CellStyle> byFormat = new HashMap<>();
        DataFormat formats = wb.createDataFormat();
        for (int c = 0; c < n; c++) {
            TableColumn col = table.columns().get(c);
            if (!col.numeric()) continue;
            String f = numberFormat(col);
            styles[c] = byFormat.computeIfAbsent(f, k -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(formats.getFormat(k));
                return s;
            });
        }

        Row header = data.createRow(0);
        for (int c = 0; c < n; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(head);
        }
        int r = 1;
        for (var row : table.rows()) {
            Row x = data.createRow(r++);
            for (int c = 0; c < n; c++) {
                Object o = row.get(c);
                if (o == null) continue;
                if (o instanceof Number num) {
                    double d = num.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) continue;
                    Cell cell = x.createCell(c, CellType.NUMERIC);
                    cell.setCellValue(d);
                    if (styles[c] != null) cell.setCellStyle(styles[c]);
                } else {
                    String s = o.toString();
                    if (s.isEmpty()) continue;
                    x.createCell(c, CellType.STRING).setCellValue(s);
                }
            }
        }
        data.createFreezePane(0, 1);
        if (n > 0) {
            data.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, n - 1));
        }
        for (int c = 0; c < n; c++) {
            data.autoSizeColumn(c);
            // autosize measures with AWT fonts; keep a floor for headers and a ceiling for long texts
            int w = Math.max(data.getColumnWidth(c), Math.min(60, table.columns().get(c).header().length() + 3) * 256);
            data.setColumnWidth(c, Math.min(w, 80 * 256));
        }

        Sheet src = wb.createSheet(WorkbookUtil.createSafeSheetName(m.get("table.sheet.source")));
        int s = 0;
        Cell title = src.createRow(s++).createCell(0);
        title.setCellValue(table.title());
        title.setCellStyle(head);
        for (String note : table.notes()) src.createRow(s++).createCell(0).setCellValue(note);
        s++;
        src.createRow(s).createCell(0).setCellValue(m.format("table.saved", LocalDate.now().toString()));
        src.setColumnWidth(0, 120 * 256);
        return wb;
    }

    /** The Excel number format of a numeric column: "#,##0", "#,##0.00", "0" (years), "#,##0.0\" %\"". */
    static String numberFormat(TableColumn col) {
        String decimals = col.decimals() == 0 ? "" : "." + "0".repeat(col.decimals());
        return switch (col.kind()) {
            case YEAR -> "0";
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0" + decimals;
            case PERCENT -> "#,##0" + decimals + "\" %\"";
            case TEXT -> "@";
        };
    }
}
