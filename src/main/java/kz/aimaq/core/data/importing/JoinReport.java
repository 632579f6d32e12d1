package kz.aimaq.core.data.importing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionNameMatcher;

import kz.aimaq.core.i18n.Messages;

import java.util.*;

/**
 * What joining a table to the regions gave, shown before anything is applied: rows matched (and
 * how), fuzzy matches to confirm, rows not matched, current regions left without data,
 * regions given by more than one row, the national-total row, and cells that are not numbers.
 * The user fixes a row with {@link #withManualMatch}; {@link TableImporter} applies the result.
 *
 * <p>Serialised by Jackson with the keys of {@code aimaq import-check --format json}. Row numbers
 * are 1-based, as the spreadsheet shows them.
 */
@JsonPropertyOrder({"file", "sheet", "layout", "matched", "fuzzy", "unmatched_rows", "missing_regions", "duplicates",
        "national", "problems", "notes"})
public final class JoinReport {

    public record MatchedRow(int row, String label, String region, @JsonProperty("region_name") String regionName, String method) {}
    public record FuzzyRow(int row, String label, String candidate, @JsonProperty("candidate_name") String candidateName,
                           double score, List<String> candidates) {}
    public record UnmatchedRow(int row, String label, String reason) {}
    public record MissingRegion(String region, String name) {}
    public record Duplicate(String region, @JsonProperty("region_name") String regionName, Integer year, List<Integer> rows) {}
    public record NationalRow(int row, String label) {}
    public record LayoutSummary(String kind, @JsonProperty("region_column") String regionColumn,
                                @JsonProperty("first_data_row") int firstDataRow, Map<String, Integer> years,
                                @JsonProperty("year_column") String yearColumn, @JsonProperty("value_column") String valueColumn,
                                String indicator, String unit) {}

    /** One data row as read: its label and its values by year (1-based row number). */
    public record DataRow(int row, String label, SortedMap<Integer, Double> values) {}

    /** Cells listed one by one in {@link #problems()}; a whole column of text says enough after that. */
    static final int MAX_PROBLEMS = 50;

    private final String fileName;
    private final String sheet;
    private final TableLayout layout;
    private final List<DataRow> rows;
    private final Map<Integer, RegionNameMatcher.Match> matches;   // by row
    private final Map<Integer, String> manual;                      // row -> kato ("" = excluded)
    private final RegionNameMatcher matcher;
    private final List<String> problems;

    private JoinReport(String fileName, String sheet, TableLayout layout, List<DataRow> rows,
                       Map<Integer, RegionNameMatcher.Match> matches, Map<Integer, String> manual,
                       RegionNameMatcher matcher, List<String> problems) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.layout = layout;
        this.rows = List.copyOf(rows);
        this.matches = Map.copyOf(matches);
        this.manual = Map.copyOf(manual);
        this.matcher = matcher;
        this.problems = List.copyOf(problems);
    }

    /** Reads the data rows of {@code grid} as {@code layout} says and matches their labels. */
    public static JoinReport build(String fileName, Grid grid, TableLayout layout, RegionNameMatcher matcher) {
        DecimalMarks numbers = DecimalMarks.of(grid);
        List<DataRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DecimalMarks.Ambiguous a : numbers.ambiguous()) {
            if (!usedColumn(layout, a.column())) continue;
            problems.add(Messages.of("en").format("import.problem.decimalAmbiguous", Grid.columnName(a.column()), a.example(),
                    NumberParser.DecimalMark.POINT.name().toLowerCase(Locale.ROOT)));
        }
        if (layout.kind() == TableLayout.Kind.WIDE && layout.yearColumns().containsValue(-1)) {
            problems.add("The year of column " + layout.yearColumns().entrySet().stream().filter(e -> e.getValue() < 0)
                    .map(e -> Grid.columnName(e.getKey())).findFirst().orElse("?") + " is not known: set it in the preview.");
        }
        for (int r = Math.max(0, layout.firstDataRow()); r < grid.rowCount(); r++) {
            String label = grid.text(r, layout.regionColumn()).strip();
            if (label.isEmpty()) continue;
            SortedMap<Integer, Double> values = new TreeMap<>();
            List<String> rowProblems = new ArrayList<>();
            boolean hasCell = false;
            if (layout.kind() == TableLayout.Kind.WIDE) {
                for (var e : layout.yearColumns().entrySet()) {
                    NumberParser.Value v = numbers.at(r, e.getKey());
                    hasCell |= read(v, e.getValue(), values, rowProblems, r, e.getKey());
                }
            } else {
                if (layout.indicatorColumn() >= 0 && layout.indicatorFilter() != null
                        && !grid.text(r, layout.indicatorColumn()).strip().equals(layout.indicatorFilter())) continue;
                NumberParser.Value y = numbers.at(r, layout.yearColumn());
                NumberParser.Value v = numbers.at(r, layout.valueColumn());
                if (y instanceof NumberParser.Value.Number n && n.value() == Math.rint(n.value())) {
                    hasCell = read(v, (int) n.value(), values, rowProblems, r, layout.valueColumn());
                } else if (!(v instanceof NumberParser.Value.Blank)) {
                    problems.add(Grid.columnName(layout.yearColumn()) + (r + 1) + ": '" + grid.text(r, layout.yearColumn())
                            + "' is not a year; row " + (r + 1) + " skipped.");
                }
            }
            // rows without a number or a no-data mark (section titles, footnotes, even when a merged
            // footnote spreads its text over the value columns) are not data
            if (hasCell) {
                rows.add(new DataRow(r + 1, label, values));
                problems.addAll(rowProblems);
            }
        }
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems.subList(MAX_PROBLEMS, problems.size()).clear();
            problems.add("... and " + more + " more cells like these.");
        }
        List<RegionNameMatcher.Match> ms = matcher.matchAll(rows.stream().map(DataRow::label).toList());
        Map<Integer, RegionNameMatcher.Match> byRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) byRow.put(rows.get(i).row(), ms.get(i));
        return new JoinReport(fileName, grid.sheetName(), layout, rows, byRow, Map.of(), matcher, problems);
    }

    private static boolean read(NumberParser.Value v, int year, SortedMap<Integer, Double> values, List<String> problems, int r, int c) {
        switch (v) {
            case NumberParser.Value.Number n -> { if (year > 0) values.put(year, n.value()); return true; }
            case NumberParser.Value.NoData d -> { return true; }
            case NumberParser.Value.NotFinite t -> {
                // a row with such a cell is data the file means, not a footnote: never drop it silently
                problems.add(Messages.of("en").format("import.problem.notFinite", Grid.columnName(c) + (r + 1), t.text(), r + 1));
                return true;
            }
            case NumberParser.Value.Text t -> {
                if (t.text().startsWith("=")) {
                    problems.add(Messages.of("en").format("import.problem.formula", Grid.columnName(c) + (r + 1), t.text()));
                    return true;
                }
                problems.add(Grid.columnName(c) + (r + 1) + ": '" + t.text() + "' is not a number; left without data.");
                return false;
            }
            case NumberParser.Value.Blank b -> { return false; }
        }
    }

    /** True when the layout reads values (or years) from that column. */
    private static boolean usedColumn(TableLayout layout, int col) {
        return layout.kind() == TableLayout.Kind.WIDE ? layout.yearColumns().containsKey(col)
                : col == layout.valueColumn();
    }

    /** A copy where the user has said which region row {@code row} is (a KATO code), or excluded it ({@code null}). */
    public JoinReport withManualMatch(int row, String kato) {
        if (rows.stream().noneMatch(d -> d.row() == row)) throw new IllegalArgumentException("Row " + row + " is not a data row");
        if (kato != null && matcher.catalog().byKato(kato).isEmpty()) throw new IllegalArgumentException("Unknown region code " + kato);
        Map<Integer, String> m = new HashMap<>(manual);
        m.put(row, kato == null ? "" : matcher.catalog().require(kato).kato());
        return new JoinReport(fileName, sheet, layout, rows, matches, m, matcher, problems);
    }

    /** Applies saved manual matches (label → KATO) to rows with the same label. */
    public JoinReport withManualMatches(Map<String, String> byLabel) {
        JoinReport r = this;
        for (DataRow d : rows) {
            String k = byLabel.get(d.label());
            if (k != null) r = r.withManualMatch(d.row(), k.isEmpty() ? null : k);
        }
        return r;
    }

    /** The manual decisions as label → KATO ("" = excluded), for saving in an {@link ImportMapping}. */
    @JsonIgnore
    public Map<String, String> manualMatchesByLabel() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DataRow d : rows) if (manual.containsKey(d.row())) out.put(d.label(), manual.get(d.row()));
        return out;
    }

    /** The region row {@code row} is joined to: manual choice, else an exact match; empty when none. */
    public Optional<Region> regionOf(int row) {
        String m = manual.get(row);
        if (m != null) return m.isEmpty() ? Optional.empty() : matcher.catalog().byKato(m);
        RegionNameMatcher.Match match = matches.get(row);
        return match != null && match.isExact() ? match.region() : Optional.empty();
    }

    // ------------------------------------------------------------------ the report's lists

    @JsonProperty("file") public String fileName() { return fileName; }
    @JsonProperty("sheet") public String sheet() { return sheet; }
    @JsonIgnore public TableLayout layout() { return layout; }
    @JsonIgnore public List<DataRow> rows() { return rows; }

    /** "file.xlsx, sheet NAME": the source written on every imported value. */
    /**
     * Where imported figures come from, as the map's source line shows it in every language: the
     * file, and the sheet when a workbook has one of its own ("bns.xlsx · тыс.тенге"); a CSV's
     * "sheet" is its own name and is not repeated. (It said ", sheet " in English on Russian maps.)
     */
    @JsonIgnore public String source() {
        if (sheet == null || sheet.isBlank() || fileName.equals(sheet) || fileName.startsWith(sheet + ".")) return fileName;
        return fileName + " · " + sheet;
    }

    @JsonProperty("layout")
    public LayoutSummary layoutSummary() {
        Map<String, Integer> years = new LinkedHashMap<>();
        layout.yearColumns().forEach((c, y) -> years.put(Grid.columnName(c), y));
        return new LayoutSummary(layout.kind().name().toLowerCase(Locale.ROOT), Grid.columnName(layout.regionColumn()),
                layout.firstDataRow() + 1, years,
                layout.yearColumn() >= 0 ? Grid.columnName(layout.yearColumn()) : null,
                layout.valueColumn() >= 0 ? Grid.columnName(layout.valueColumn()) : null,
                layout.indicatorName(), layout.unit());
    }

    @JsonProperty("matched")
    public List<MatchedRow> matched() {
        List<MatchedRow> out = new ArrayList<>();
        for (DataRow d : rows) {
            String m = manual.get(d.row());
            if (m != null) {
                if (!m.isEmpty() && !m.equals(Region.NATIONAL)) {
                    Region r = matcher.catalog().require(m);
                    out.add(new MatchedRow(d.row(), d.label(), r.kato(), r.nameEn(), "manual"));
                }
                continue;
            }
            RegionNameMatcher.Match match = matches.get(d.row());
            if (match.isExact() && !match.isNational()) {
                Region r = match.region().orElseThrow();
                out.add(new MatchedRow(d.row(), d.label(), r.kato(), r.nameEn(), match.method().name().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    @JsonProperty("fuzzy")
    public List<FuzzyRow> fuzzy() {
        List<FuzzyRow> out = new ArrayList<>();
        for (DataRow d : rows) {
            if (manual.containsKey(d.row())) continue;
            RegionNameMatcher.Match m = matches.get(d.row());
            if (m.method() == RegionNameMatcher.Method.FUZZY || m.method() == RegionNameMatcher.Method.AMBIGUOUS) {
                Region c = m.region().orElse(m.candidates().getFirst());
                out.add(new FuzzyRow(d.row(), d.label(), c.kato(), c.nameEn(), Math.round(m.score() * 1000) / 1000.0,
                        m.candidates().stream().map(Region::kato).toList()));
            }
        }
        return out;
    }

    @JsonProperty("unmatched_rows")
    public List<UnmatchedRow> unmatchedRows() {
        List<UnmatchedRow> out = new ArrayList<>();
        for (DataRow d : rows) {
            String man = manual.get(d.row());
            if (man != null) {
                if (man.isEmpty()) out.add(new UnmatchedRow(d.row(), d.label(), "excluded by the user"));
                continue;
            }
            if (matches.get(d.row()).method() == RegionNameMatcher.Method.NONE) {
                out.add(new UnmatchedRow(d.row(), d.label(), "no region with this name or code; pick the region or leave the row out"));
            }
        }
        return out;
    }

    @JsonProperty("missing_regions")
    public List<MissingRegion> missingRegions() {
        Set<String> have = new HashSet<>();
        for (DataRow d : rows) regionOf(d.row()).ifPresent(r -> have.add(r.kato()));
        List<MissingRegion> out = new ArrayList<>();
        for (Region r : matcher.catalog().current()) if (!have.contains(r.kato())) out.add(new MissingRegion(r.kato(), r.nameEn()));
        return out;
    }

    /** Regions given by more than one row (WIDE), or region and year given twice (LONG). Only the first row is imported. */
    @JsonProperty("duplicates")
    public List<Duplicate> duplicates() {
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        for (DataRow d : rows) {
            Optional<Region> r = regionOf(d.row());
            if (r.isEmpty()) continue;
            if (layout.kind() == TableLayout.Kind.WIDE) {
                seen.computeIfAbsent(r.get().kato() + "|", k -> new ArrayList<>()).add(d.row());
            } else {
                for (int y : d.values().keySet()) seen.computeIfAbsent(r.get().kato() + "|" + y, k -> new ArrayList<>()).add(d.row());
            }
        }
        List<Duplicate> out = new ArrayList<>();
        seen.forEach((k, rs) -> {
            if (rs.size() < 2) return;
            String[] p = k.split("\\|", -1);
            Region r = matcher.catalog().require(p[0]);
            out.add(new Duplicate(r.kato(), r.nameEn(), p[1].isEmpty() ? null : Integer.valueOf(p[1]), List.copyOf(rs)));
        });
        return out;
    }

    @JsonProperty("national")
    public List<NationalRow> national() {
        List<NationalRow> out = new ArrayList<>();
        for (DataRow d : rows) {
            if (regionOf(d.row()).map(Region::isNational).orElse(false)) out.add(new NationalRow(d.row(), d.label()));
        }
        return out;
    }

    /** Cells that are not numbers, years not known: things the user should look at. */
    @JsonProperty("problems")
    public List<String> problems() { return problems; }

    /** How old-configuration rows will be filed (see {@link TerritoryRules}). */
    @JsonProperty("notes")
    public List<String> notes() { return TerritoryRules.file(this).notes(); }

    /** True when nothing blocks applying: at least one joined row with values and every year known. */
    @JsonIgnore
    public boolean isApplicable() {
        return rows.stream().anyMatch(d -> regionOf(d.row()).isPresent() && !d.values().isEmpty())
                && !(layout.kind() == TableLayout.Kind.WIDE && layout.yearColumns().containsValue(-1));
    }
}
