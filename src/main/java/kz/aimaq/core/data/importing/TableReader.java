package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.*;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.*;

/**
 * Reads a CSV, XLSX or XLS file into {@link Grid}s. The format is recognised from the file's
 * first bytes, not its name (an .xls that is really HTML or CSV is common). CSV: UTF-8 with or
 * without BOM, UTF-16 with BOM, else windows-1251 (Cyrillic Excel exports); the separator is
 * the one of , ; tab | that splits the first lines into the most consistent columns.
 * Workbooks: every sheet, merged cells copied into each covered cell, formula cells by their
 * cached result (or, when the file has none, as openpyxl and POI write them, computed with POI's
 * FormulaEvaluator; a formula that cannot be computed stays text "=..." and the join report
 * names its cell), numbers kept as numbers. A sheet with more than {@link #MAX_ROWS} rows or
 * more than {@link #MAX_SHEET_BYTES} of XML is refused, never cut.
 *
 * <p>Every failure is an {@link ImportException} whose message says what to do.
 */
public final class TableReader {

    /** Region tables are small; a bigger file is almost surely not one (or needs filtering first). */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_ROWS = 200_000;
    static final int MAX_COLUMNS = 1_000;
    /** Unpacked size of one sheet's XML that POI can still hold in memory (a 20-region table is far below). */
    static final long MAX_SHEET_BYTES = 100L * 1024 * 1024;

    private TableReader() {}

    public static TableFile read(Path path) throws ImportException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new ImportException(Text.of("core.import.notFound", path));
        } catch (AccessDeniedException e) {
            throw ImportException.keyed(e, "import.error.denied", name);
        } catch (IOException e) {
            throw new ImportException(Text.of("core.import.cannotRead", name, e.getMessage()));
        }
        if (Files.isDirectory(path)) throw new ImportException(Text.of("core.import.folder", name));
        if (size == 0) throw new ImportException(Text.of("core.import.empty", name));
        if (size > MAX_BYTES) {
            throw new ImportException(Text.of("core.import.tooBig", name,
                    String.format(Locale.ROOT, "%.0f", size / 1048576.0), MAX_BYTES / 1048576));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw ImportException.keyed(e, "import.error.denied", name);
        } catch (IOException e) {
            throw new ImportException(Text.of("core.import.cannotRead", name, e.getMessage()));
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            checkWorkbookZip(path, name);
            return readWorkbook(path, name, "xlsx");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) return readWorkbook(path, name, "xls");
        // "SQLite format 3\0": a GeoPackage's attribute tables, one sheet each
        if (startsWith(bytes, 0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6F, 0x72, 0x6D, 0x61, 0x74, 0x20, 0x33, 0x00)) {
            return GeoPackageTables.read(path, name);
        }
        return readCsv(path, name, bytes);
    }

    // ------------------------------------------------------------------ CSV

    static TableFile readCsv(Path path, String name, byte[] bytes) throws ImportException {
        String encoding;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "UTF-8 with BOM";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "UTF-16";
            text = new String(bytes, StandardCharsets.UTF_16);
        } else if (utf16WithoutBom(bytes) != null) {
            Charset cs = utf16WithoutBom(bytes);
            encoding = cs.name() + " without BOM";
            text = new String(bytes, cs);
        } else {
            if (looksLikeHtml(bytes)) throw ImportException.keyed("import.error.html", name);
            if (looksBinary(bytes)) {
                throw new ImportException(Text.of("core.import.binary", name));
            }
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                text = new String(bytes, Charset.forName("windows-1251"));
                encoding = "windows-1251";
            }
        }
        if (text.isBlank()) throw new ImportException(Text.of("core.import.noText", name));
        char delimiter = guessDelimiter(text);
        List<List<Grid.Cell>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get().parse(new StringReader(text))) {
            for (CSVRecord rec : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportException(Text.of("core.import.tooManyRows", name, MAX_ROWS));
                }
                List<Grid.Cell> row = new ArrayList<>(rec.size());
                for (int i = 0; i < Math.min(rec.size(), MAX_COLUMNS); i++) row.add(new Grid.Cell(rec.get(i), null));
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Text.of("core.import.badCsv", name, rows.size() + 1, e.getMessage()));
        }
        String sheet = name.replaceFirst("\\.[^.]+$", "");
        // Excel writes ';' where the decimal mark is a comma (ru, kk locales)
        NumberParser.DecimalMark hint = delimiter == ';' ? NumberParser.DecimalMark.COMMA : null;
        return new TableFile(path, "csv", encoding, delimiter, List.of(new Grid(sheet, rows, hint)));
    }

    /**
     * UTF-16 without a byte-order mark (some exports write it): most ASCII characters have a zero
     * high byte, so zeros fill every other byte. Null when the bytes do not look like that.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) return null;
        int pairs = n / 2;
        int[] zero = new int[2], latinOrCyrillic = new int[2];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) zero[i & 1]++;
            if (b[i] == 0 || b[i] == 0x04) latinOrCyrillic[i & 1]++;
        }
        // high bytes: 0x00 (ASCII, digits, separators) or 0x04 (Cyrillic, Kazakh letters) nearly everywhere,
        // with some zeros; low bytes: almost never zero
        if (latinOrCyrillic[1] > pairs * 0.9 && zero[1] > pairs * 0.1 && zero[0] < pairs * 0.05) return StandardCharsets.UTF_16LE;
        if (latinOrCyrillic[0] > pairs * 0.9 && zero[0] > pairs * 0.1 && zero[1] < pairs * 0.05) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** A web page saved with an .xls name (a common "Excel export" of web systems). */
    static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<table")
                || head.startsWith("<?xml") && head.contains("<html");
    }

    /**
     * A ZIP that is not a workbook, or is cut short, or holds a sheet too big to read, is told
     * apart before POI sees it: "open it in Excel and save again" cannot help with any of them.
     */
    static void checkWorkbookZip(Path path, String name) throws ImportException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
            boolean workbook = false, binary = false;
            List<String> entries = new ArrayList<>();
            for (var e : java.util.Collections.list(zip.entries())) {
                String n = e.getName();
                if (entries.size() < 3) entries.add(n);
                if (n.equals("xl/workbook.xml")) workbook = true;
                if (n.equals("xl/workbook.bin")) binary = true;
                if (n.startsWith("xl/worksheets/") && e.getSize() > MAX_SHEET_BYTES) {
                    throw ImportException.keyed("import.error.sheetTooBig", name, n.substring(n.lastIndexOf('/') + 1),
                            e.getSize() / (1024 * 1024), MAX_SHEET_BYTES / (1024 * 1024));
                }
            }
            if (binary) throw ImportException.keyed("import.error.xlsb", name);
            if (!workbook) throw ImportException.keyed("import.error.notWorkbookZip", name, String.join(", ", entries));
        } catch (java.util.zip.ZipException e) {
            throw ImportException.keyed(e, "import.error.truncated", name);
        } catch (IOException e) {
            throw ImportException.keyed(e, "import.error.truncated", name);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 65536), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
        }
        return control > n / 100;
    }

    /** The separator that gives the most lines with the same number (>1) of fields in the first 50 lines. */
    static char guessDelimiter(String text) {
        String[] lines = text.lines().filter(l -> !l.isBlank()).limit(50).toArray(String[]::new);
        char best = ',';
        double bestScore = -1;
        for (char d : new char[]{',', ';', '\t', '|'}) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String l : lines) {
                int fields = fieldCount(l, d);
                if (fields > 1) counts.merge(fields, 1, Integer::sum);
            }
            // lines agreeing on one width, weighted a little by that width
            double score = counts.entrySet().stream().mapToDouble(e -> e.getValue() + e.getKey() * 0.01).max().orElse(0);
            if (score > bestScore) { bestScore = score; best = d; }
        }
        return best;
    }

    private static int fieldCount(String line, char d) {
        int n = 1;
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') quoted = !quoted;
            else if (ch == d && !quoted) n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ workbooks

    static TableFile readWorkbook(Path path, String name, String format) throws ImportException {
        try (Workbook wb = WorkbookFactory.create(path.toFile(), null, true)) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
            List<Grid> sheets = new ArrayList<>();
            for (Sheet sheet : wb) sheets.add(readSheet(sheet, fmt, evaluator, name));
            if (sheets.isEmpty()) throw new ImportException(Text.of("core.import.noSheets", name));
            return new TableFile(path, format, "", '\0', sheets);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(Text.of("core.import.password", name));
        } catch (ImportException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw ImportException.keyed("import.error.tooBigForMemory", name);
        } catch (IOException | RuntimeException e) {
            // no POI class names: they tell the user nothing
            throw ImportException.keyed(e, "import.error.workbook", name);
        }
    }

    private static Grid readSheet(Sheet sheet, DataFormatter fmt, FormulaEvaluator evaluator, String name) throws ImportException {
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            throw ImportException.keyed("import.error.tooManyRows", name, sheet.getSheetName(), sheet.getLastRowNum() + 1, MAX_ROWS);
        }
        int lastRow = sheet.getLastRowNum();
        List<List<Grid.Cell>> rows = new ArrayList<>(Math.max(0, lastRow + 1));
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<Grid.Cell> cells = new ArrayList<>();
            if (row != null) {
                int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                for (int c = 0; c < last; c++) cells.add(cell(row.getCell(c), fmt, evaluator));
            }
            rows.add(cells);
        }
        // a merged header ("2010" over five columns) must be seen by every column it covers
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            int r0 = m.getFirstRow(), c0 = m.getFirstColumn();
            if (r0 > lastRow || c0 >= MAX_COLUMNS) continue;
            Grid.Cell top = c0 < rows.get(r0).size() ? rows.get(r0).get(c0) : Grid.Cell.EMPTY;
            if (top.isBlank()) continue;
            for (int r = r0; r <= Math.min(m.getLastRow(), lastRow); r++) {
                List<Grid.Cell> row = rows.get(r);
                for (int c = c0; c <= Math.min(m.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    while (row.size() <= c) row.add(Grid.Cell.EMPTY);
                    if (row.get(c).isBlank()) row.set(c, top);
                }
            }
        }
        return new Grid(sheet.getSheetName(), rows);
    }

    private static Grid.Cell cell(org.apache.poi.ss.usermodel.Cell c, DataFormatter fmt, FormulaEvaluator evaluator) {
        if (c == null) return Grid.Cell.EMPTY;
        if (c.getCellType() == CellType.FORMULA && !hasCachedResult(c)) return evaluate(c, evaluator);
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double v = c.getNumericCellValue();
                yield new Grid.Cell(plain(v), v);
            }
            case STRING -> new Grid.Cell(c.getStringCellValue(), null);
            case BOOLEAN -> new Grid.Cell(Boolean.toString(c.getBooleanCellValue()), null);
            case ERROR -> new Grid.Cell("#ERROR", null);
            default -> c.getCellType() == CellType.FORMULA ? Grid.Cell.EMPTY : new Grid.Cell(fmt.formatCellValue(c), null);
        };
    }

    /**
     * False for a formula cell written without its result (openpyxl, POI, many scripts): POI
     * would read it as 0. Only .xlsx can lack it; .xls always stores the result.
     */
    static boolean hasCachedResult(org.apache.poi.ss.usermodel.Cell c) {
        if (c instanceof org.apache.poi.xssf.usermodel.XSSFCell x) return x.getCTCell().isSetV();
        return true;
    }

    /** Computes a formula without a stored result; one that cannot be computed stays "=FORMULA" text. */
    private static Grid.Cell evaluate(org.apache.poi.ss.usermodel.Cell c, FormulaEvaluator evaluator) {
        String formula = "=" + c.getCellFormula();
        try {
            CellValue v = evaluator.evaluate(c);
            if (v == null) return new Grid.Cell(formula, null);
            return switch (v.getCellType()) {
                case NUMERIC -> new Grid.Cell(plain(v.getNumberValue()), v.getNumberValue());
                case STRING -> new Grid.Cell(v.getStringValue(), null);
                case BOOLEAN -> new Grid.Cell(Boolean.toString(v.getBooleanValue()), null);
                default -> new Grid.Cell(formula, null);
            };
        } catch (RuntimeException e) {
            return new Grid.Cell(formula, null); // external links, functions POI lacks: the report names the cell
        }
    }

    /** 2010.0 → "2010", 1.9765004E7 → "19765004": what the user would type. */
    static String plain(double v) {
        if (!Double.isFinite(v)) return Double.toString(v); // "Infinity", "NaN": refused later with the cell's address
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((b[i] & 0xFF) != magic[i]) return false;
        return true;
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
