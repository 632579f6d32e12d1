package kz.aimaq.core.data.importing;

import kz.aimaq.core.i18n.Text;
import kz.aimaq.core.region.RegionNameMatcher;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a {@link TableLayout} from a sheet, the way a person reads a BNS table:
 * <ol>
 *   <li>the region column is the one (among the first ten) whose cells name the most regions;</li>
 *   <li>the first data row is the first row whose region cell names a region (or the national
 *       total) and that has a number beside it; everything above is headers and title;</li>
 *   <li>a column whose cells are mostly years while region names repeat makes a LONG table;</li>
 *   <li>otherwise each column whose header carries a year (a number, "2008 год", or a year written
 *       once over a quarter group) is that year's column, unless the header names a quarter,
 *       half-year or months ("I квартал 2008 года", "year" vs "I quarter" under a merged 2010);</li>
 *   <li>with no year in the column headers, the first numeric column gets the year named in the
 *       title ("на 1 января 2023 года").</li>
 * </ol>
 * The guess is shown to the user, who corrects it; nothing here is final.
 */
public final class LayoutDetector {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d{2})(?!\\d)");
    private static final Pattern SUB_ANNUAL = Pattern.compile(
            "(?iu).*(квартал|кв\\.|quarter|полугод|half|месяц|month|январ|феврал|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр|тоқсан|жарты|\\bq[1-4]\\b).*",
            Pattern.DOTALL);
    private static final Pattern UNIT = Pattern.compile(
            "(?iu).*(тенге|tenge|kzt|usd|долл|процент|percent|%|человек|чел\\.|адам|persons|people|лет|years|жыл|млн|тыс\\.|thousand|million|км|km|га\\b|тонн|tonn).*",
            Pattern.DOTALL);
    private static final Pattern LONG_YEAR_HEADER = Pattern.compile("(?iu)\\s*(year|год|жыл|period|период)\\s*");
    private static final Pattern VALUE_HEADER = Pattern.compile("(?iu).*(value|значение|мән|мəн|val).*");
    private static final Pattern INDICATOR_HEADER = Pattern.compile("(?iu).*(indicator|показател|көрсеткіш|variable|measure).*");

    /** Rows looked at to find the region column: a long table shows all its regions well before this. */
    static final int SAMPLE_ROWS = 5_000;

    private LayoutDetector() {}

    public static TableLayout detect(Grid g, RegionNameMatcher matcher) throws ImportException {
        NumberParser numbers = new NumberParser(NumberParser.guess(g));
        if (!hasNumber(g, numbers)) {
            throw new ImportException(Text.of("core.import.noNumbers", g.sheetName()));
        }
        int regionCol = regionColumn(g, matcher);
        if (regionCol < 0) {
            throw new ImportException(Text.of("core.import.noRegionColumn", g.sheetName()));
        }
        int first = firstDataRow(g, regionCol, matcher, numbers);
        if (first < 0) {
            throw new ImportException(Text.of("core.import.noDataRow", g.sheetName(), Grid.columnName(regionCol)));
        }
        String title = titleGuess(g, first);
        String unit = unitGuess(g, first);
        if (unit.isEmpty()) {
            // "ВРП на душу населения, тыс. тенге": the unit is the title's last comma part
            int comma = title.lastIndexOf(',');
            String tail = comma < 0 ? "" : title.substring(comma + 1).strip();
            if (!tail.isEmpty() && tail.length() <= 30 && UNIT.matcher(tail).matches()) unit = tail;
        }

        TableLayout longLayout = detectLong(g, regionCol, first, numbers, title, unit);
        if (longLayout != null) return longLayout;

        SortedMap<Integer, Integer> years = yearColumns(g, regionCol, first);
        if (years.isEmpty()) {
            int col = firstNumericColumn(g, regionCol, first, numbers);
            Integer year = yearIn(title);
            if (col >= 0) years.put(col, year == null ? -1 : year);
        }
        return TableLayout.wide(regionCol, first, years, title, unit);
    }

    /** The first sheet a layout can be detected on (cover and contents sheets are passed over). */
    public static Grid bestSheet(TableFile file, RegionNameMatcher matcher) throws ImportException {
        if (file.sheets().size() == 1) return file.sheets().getFirst();   // the caller detects (and reports) on it
        List<Text> why = new ArrayList<>();
        Grid best = null;
        long bestScore = 0;
        for (Grid g : file.sheets()) {
            try {
                TableLayout l = detect(g, matcher);
                // a contents sheet lists the regions with page numbers: prefer the sheet with most values
                long score = valueCount(g, l, matcher);
                if (score > bestScore) { best = g; bestScore = score; }
            } catch (ImportException e) {
                why.add(e.text());
            }
        }
        if (best != null) return best;
        if (why.size() == 1) throw new ImportException(why.getFirst());
        throw new ImportException(Text.of("core.import.noSheet", file.fileName(), why));
    }

    /**
     * Numbers beside region names, counting each region's first row only: district rows of a
     * detailed sheet and repeated sections (urban, rural) do not make a sheet look better.
     */
    private static long valueCount(Grid g, TableLayout l, RegionNameMatcher matcher) {
        NumberParser numbers = new NumberParser(NumberParser.guess(g));
        long n = 0;
        Set<String> seen = new HashSet<>();
        for (int r = l.firstDataRow(); r < g.rowCount(); r++) {
            String t = g.text(r, l.regionColumn());
            if (t.isBlank()) continue;
            RegionNameMatcher.Match m = matcher.match(t);
            if (!m.isExact() || !seen.add(m.region().map(x -> x.kato()).orElse(""))) continue;
            for (int c = 0; c < g.columnCount(); c++)
                if (c != l.regionColumn() && numbers.parse(g.cell(r, c)) instanceof NumberParser.Value.Number) n++;
        }
        return n;
    }

    static boolean hasNumber(Grid g, NumberParser numbers) {
        for (int r = 0; r < g.rowCount(); r++)
            for (int c = 0; c < g.columnCount(); c++)
                if (numbers.parse(g.cell(r, c)) instanceof NumberParser.Value.Number) return true;
        return false;
    }

    /**
     * The column naming the most distinct regions. Digits count as KATO codes only in a column
     * where at least 80% of the digit cells are codes: a column of values 0..30 happens to
     * contain "10", "11", "15" but is not a code column.
     */
    static int regionColumn(Grid g, RegionNameMatcher matcher) {
        int best = -1, bestCount = 0;
        for (int c = 0; c < Math.min(10, g.columnCount()); c++) {
            Set<String> names = new HashSet<>(), codes = new HashSet<>();
            int digitCells = 0, digitCodes = 0;
            for (int r = 0; r < Math.min(g.rowCount(), SAMPLE_ROWS); r++) {
                String t = g.text(r, c).strip();
                if (t.isBlank() || t.length() > 80) continue;
                boolean digits = t.matches("[\\d.,\\s]+");
                if (digits) digitCells++;
                RegionNameMatcher.Match m = matcher.match(t);
                if (m.isExact() || m.method() == RegionNameMatcher.Method.AMBIGUOUS) {
                    String key = m.region().map(x -> x.kato()).orElse(t);
                    if (digits) { digitCodes++; codes.add(key); } else names.add(key);
                }
            }
            if (digitCells > 0 && digitCodes >= 0.8 * digitCells) names.addAll(codes);
            if (names.size() > bestCount) { best = c; bestCount = names.size(); }
        }
        return best;
    }

    private static int firstDataRow(Grid g, int regionCol, RegionNameMatcher matcher, NumberParser numbers) {
        for (int r = 0; r < g.rowCount(); r++) {
            String t = g.text(r, regionCol);
            if (t.isBlank()) continue;
            RegionNameMatcher.Match m = matcher.match(t);
            if (!m.isExact() && m.method() != RegionNameMatcher.Method.AMBIGUOUS) continue;
            for (int c = 0; c < g.columnCount(); c++) {
                if (c != regionCol && numbers.parse(g.cell(r, c)) instanceof NumberParser.Value.Number) {
                    // rows just above with a label and values (an unrecognised or misspelt first region) are data too
                    while (r > 0 && !g.text(r - 1, regionCol).isBlank() && hasValueNotYear(g, r - 1, regionCol, numbers)) r--;
                    return r;
                }
            }
        }
        return -1;
    }

    private static boolean hasValueNotYear(Grid g, int r, int regionCol, NumberParser numbers) {
        boolean value = false;
        for (int c = 0; c < g.columnCount(); c++) {
            if (c == regionCol) continue;
            NumberParser.Value v = numbers.parse(g.cell(r, c));
            if (v instanceof NumberParser.Value.Number n) {
                if (n.value() == Math.rint(n.value()) && n.value() >= 1950 && n.value() <= 2100) return false;   // a header of years
                value = true;
            }
        }
        return value;
    }

    private static TableLayout detectLong(Grid g, int regionCol, int first, NumberParser numbers, String title, String unit) {
        int rows = 0;
        Set<String> labels = new HashSet<>();
        for (int r = first; r < g.rowCount(); r++) {
            if (g.text(r, regionCol).isBlank()) continue;
            rows++;
            labels.add(g.text(r, regionCol).strip());
        }
        if (rows < 2 || labels.size() > rows * 0.8) return null;   // regions do not repeat: not long
        int yearCol = -1;
        for (int c = 0; c < g.columnCount() && yearCol < 0; c++) {
            if (c == regionCol) continue;
            int years = 0, filled = 0;
            for (int r = first; r < g.rowCount(); r++) {
                if (g.text(r, regionCol).isBlank()) continue;
                Grid.Cell cell = g.cell(r, c);
                if (cell.isBlank()) continue;
                filled++;
                if (numbers.parse(cell) instanceof NumberParser.Value.Number n && n.value() == Math.rint(n.value())
                        && n.value() >= 1950 && n.value() <= 2100) years++;
            }
            if (filled > 0 && years >= 0.8 * filled && years >= 0.8 * rows) yearCol = c;
        }
        if (yearCol < 0) return null;
        int header = first - 1;
        int valueCol = -1, indicatorCol = -1;
        for (int c = 0; c < g.columnCount(); c++) {
            if (c == regionCol || c == yearCol) continue;
            String h = header >= 0 ? g.text(header, c) : "";
            int nums = 0, texts = 0;
            Set<String> distinct = new LinkedHashSet<>();
            for (int r = first; r < g.rowCount(); r++) {
                if (g.text(r, regionCol).isBlank()) continue;
                NumberParser.Value v = numbers.parse(g.cell(r, c));
                if (v instanceof NumberParser.Value.Number || v instanceof NumberParser.Value.NoData) nums++;
                else if (v instanceof NumberParser.Value.Text t) { texts++; distinct.add(t.text().strip()); }
            }
            if (valueCol < 0 && (VALUE_HEADER.matcher(h).matches() && nums > 0)) valueCol = c;
            if (indicatorCol < 0 && texts >= 0.8 * rows && distinct.size() <= 200
                    && (INDICATOR_HEADER.matcher(h).matches() || distinct.size() > 1)) indicatorCol = c;
        }
        if (valueCol < 0) {
            for (int c = g.columnCount() - 1; c >= 0; c--) {   // the last numeric column is usually the value
                if (c == regionCol || c == yearCol) continue;
                int nums = 0;
                for (int r = first; r < g.rowCount(); r++)
                    if (numbers.parse(g.cell(r, c)) instanceof NumberParser.Value.Number) nums++;
                if (nums >= 0.5 * rows) { valueCol = c; break; }
            }
        }
        if (valueCol < 0) return null;
        String filter = null;
        if (indicatorCol >= 0) {
            for (int r = first; r < g.rowCount() && filter == null; r++) {
                if (!g.text(r, indicatorCol).isBlank()) filter = g.text(r, indicatorCol).strip();
            }
        }
        String name = filter != null ? filter : (header >= 0 && !g.text(header, valueCol).isBlank() && !LONG_YEAR_HEADER.matcher(g.text(header, valueCol)).matches()
                && !VALUE_HEADER.matcher(g.text(header, valueCol)).matches() ? g.text(header, valueCol).strip() : title);
        return TableLayout.longForm(regionCol, first, yearCol, valueCol, indicatorCol, filter, name, unit);
    }

    /** Column → year for columns whose header (lowest header row carrying a year) names one year, annual only. */
    static SortedMap<Integer, Integer> yearColumns(Grid g, int regionCol, int first) {
        // year written once over a group of columns: carry it right over the blank cells of that header row
        String[][] headers = new String[first][g.columnCount()];
        for (int r = 0; r < first; r++) {
            int yearCells = 0;
            for (int c = 0; c < g.columnCount(); c++) if (yearIn(g.text(r, c)) != null) yearCells++;
            String carry = null;
            for (int c = 0; c < g.columnCount(); c++) {
                String t = g.text(r, c).strip();
                if (!t.isEmpty()) carry = yearIn(t) != null ? t : null;
                headers[r][c] = t.isEmpty() && yearCells >= 2 && carry != null && c != regionCol ? carry : t;
            }
        }
        SortedMap<Integer, Integer> out = new TreeMap<>();
        Set<Integer> taken = new HashSet<>();
        for (int c = 0; c < g.columnCount(); c++) {
            if (c == regionCol) continue;
            for (int r = first - 1; r >= 0; r--) {
                Integer y = yearIn(headers[r][c]);
                if (y == null) continue;
                StringBuilder below = new StringBuilder();
                for (int k = r; k < first; k++) below.append(headers[k][c]).append(' ');
                if (!SUB_ANNUAL.matcher(below).matches() && taken.add(y)) out.put(c, y);
                break;
            }
        }
        return out;
    }

    private static int firstNumericColumn(Grid g, int regionCol, int first, NumberParser numbers) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (c == regionCol) continue;
            int nums = 0, rows = 0;
            for (int r = first; r < g.rowCount(); r++) {
                if (g.text(r, regionCol).isBlank()) continue;
                rows++;
                if (numbers.parse(g.cell(r, c)) instanceof NumberParser.Value.Number) nums++;
            }
            if (rows > 0 && nums >= 0.5 * rows) return c;
        }
        return -1;
    }

    static Integer yearIn(String text) {
        if (text == null) return null;
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The title: the longest text in the header rows that is not a unit or a bare year. */
    private static String titleGuess(Grid g, int first) {
        String best = "";
        for (int r = 0; r < first; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                String t = g.text(r, c).strip();
                if (t.length() > best.length() && t.length() >= 12 && !t.matches("[\\d\\s.]+")) best = t;
            }
        }
        best = best.replaceAll("\\s*\\n\\s*", " / ").replaceAll("\\s+", " ")
                .replaceAll("(\\s*(\\d{1,2}\\)|\\*+))+$", "").strip();
        return best.isEmpty() ? g.sheetName() : best;
    }

    /** A short header cell that names a unit ("тыс.тенге", "in percent", "человек"). */
    private static String unitGuess(Grid g, int first) {
        for (int r = 0; r < first; r++) {
            for (int c = g.columnCount() - 1; c >= 0; c--) {
                String t = g.text(r, c).strip();
                if (!t.isEmpty() && t.length() <= 30 && yearIn(t) == null && UNIT.matcher(t).matches()) return t;
            }
        }
        return "";
    }
}
