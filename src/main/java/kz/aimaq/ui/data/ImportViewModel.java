package kz.aimaq.ui.data;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.i18n.Localized;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.importing.*;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionNameMatcher;

import java.nio.file.Path;
import java.util.*;

/**
 * The state of the import dialog: file, sheet, layout (with the user's corrections), preview and
 * join report, and the rows that need the user's decision. Commands are methods; problems end in
 * {@link #errorProperty()} as a sentence for the user, never as an exception. No nodes here.
 */
public final class ImportViewModel {

    /** A row the user should look at: status is a key ("fuzzy", "ambiguous", "unmatched", "excluded", "manual", "duplicate"). */
    public record AttentionRow(int row, String label, String status, String suggestedKato) {}

    private final RegionNameMatcher matcher;
    private TableFile tableFile;
    private Grid grid;

    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<TableLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TablePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JoinReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AttentionRow> attention = FXCollections.observableArrayList();
    private final ObservableList<String> indicatorValues = FXCollections.observableArrayList();
    private final StringProperty indicatorId = new SimpleStringProperty("");
    private final StringProperty indicatorName = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private boolean loading;
    private final Messages messages;

    public ImportViewModel(RegionNameMatcher matcher) {
        this(matcher, "en");
    }

    /** @param lang the language of the messages about the user's file (kk, ru, en) */
    public ImportViewModel(RegionNameMatcher matcher, String lang) {
        this.matcher = matcher;
        this.messages = Messages.of(lang);
        sheet.addListener((o, a, b) -> { if (!loading && b != null) selectSheet(b); });
    }

    /** What the imported indicator repeats of a catalogue (bundled) indicator. */
    public enum Sameness { SAME_ID, SAME_NAME_AND_UNIT }

    /** A catalogue indicator the import duplicates, and how. */
    public record Duplicate(kz.aimaq.core.data.Indicator of, Sameness how) {}

    /**
     * The catalogue indicator the one being imported duplicates: the same id, or the same name and
     * unit in any of the three languages (case and spacing aside), so a planner re-importing
     * "ВРП на душу населения, тыс. тенге" hears that the app has it already.
     */
    public Optional<Duplicate> duplicateIn(kz.aimaq.core.data.IndicatorCatalog catalog) {
        String id = indicatorId.get() == null ? "" : indicatorId.get().strip();
        if (!id.isEmpty()) {
            var same = catalog.byId(id);
            if (same.isPresent()) return Optional.of(new Duplicate(same.get(), Sameness.SAME_ID));
        }
        String name = norm(indicatorName.get()), u = norm(unit.get());
        if (name.isEmpty()) return Optional.empty();
        for (var i : catalog.all()) {
            boolean sameName = java.util.stream.Stream.of(i.nameEn(), i.nameRu(), i.nameKk()).map(ImportViewModel::norm).anyMatch(name::equals);
            boolean sameUnit = java.util.stream.Stream.of("en", "ru", "kk").map(l -> norm(i.unit(l))).anyMatch(u::equals);
            if (sameName && sameUnit) return Optional.of(new Duplicate(i, Sameness.SAME_NAME_AND_UNIT));
        }
        return Optional.empty();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public ReadOnlyStringProperty fileNameProperty() { return fileName.getReadOnlyProperty(); }
    public ObservableList<String> sheets() { return sheets; }
    public StringProperty sheetProperty() { return sheet; }
    public ReadOnlyObjectProperty<TableLayout> layoutProperty() { return layout.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TablePreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<JoinReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ObservableList<AttentionRow> attention() { return attention; }
    public StringProperty indicatorIdProperty() { return indicatorId; }
    public StringProperty indicatorNameProperty() { return indicatorName; }
    public StringProperty unitProperty() { return unit; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public RegionNameMatcher matcher() { return matcher; }

    public BooleanBinding canApply() {
        return Bindings.createBooleanBinding(() -> report.get() != null && report.get().isApplicable()
                && !indicatorId.get().isBlank(), report, indicatorId);
    }

    /** Reads a file and detects the layout of its best sheet. */
    public void open(Path path) {
        try {
            tableFile = TableReader.read(path);
            fileName.set(tableFile.fileName());
            Grid best = LayoutDetector.bestSheet(tableFile, matcher);
            loading = true;
            sheets.setAll(tableFile.sheetNames());
            sheet.set(best.sheetName());
            loading = false;
            selectSheet(best.sheetName());
        } catch (ImportException e) {
            loading = false;
            fail(Localized.message(e, messages));
        }
    }

    public void selectSheet(String name) {
        if (tableFile == null) return;
        try {
            grid = tableFile.requireSheet(name);
            TableLayout l = LayoutDetector.detect(grid, matcher);
            indicatorName.set(l.indicatorName());
            unit.set(l.unit());
            indicatorId.set(suggestId(tableFile.fileName(), name));
            update(l, Map.of());
        } catch (ImportException e) {
            layout.set(null);
            report.set(null);
            attention.clear();
            preview.set(grid == null ? null : TablePreview.of(grid, TableLayout.wide(-1, 0, new TreeMap<>(), "", ""), TablePreview.DEFAULT_ROWS));
            fail(Localized.message(e, messages));
        }
    }

    /** The user gives a column a role in the preview. */
    public void setRole(int column, TableLayout.ColumnRole role) {
        TableLayout l = layout.get();
        if (l == null || grid == null) return;
        TableLayout next = switch (role) {
            case REGION -> l.withRegionColumn(column);
            case YEAR_VALUES -> {
                SortedMap<Integer, Integer> ys = new TreeMap<>(l.kind() == TableLayout.Kind.WIDE ? l.yearColumns() : Map.of());
                ys.put(column, headerYear(column, l));
                yield l.withYearColumns(ys);
            }
            case IGNORED -> {
                if (l.kind() == TableLayout.Kind.WIDE) {
                    SortedMap<Integer, Integer> ys = new TreeMap<>(l.yearColumns());
                    ys.remove(column);
                    yield l.withYearColumns(ys);
                }
                yield l.withLongColumns(l.yearColumn() == column ? -1 : l.yearColumn(), l.valueColumn() == column ? -1 : l.valueColumn(),
                        l.indicatorColumn() == column ? -1 : l.indicatorColumn(), l.indicatorColumn() == column ? null : l.indicatorFilter());
            }
            case YEAR -> l.withLongColumns(column, l.kind() == TableLayout.Kind.LONG ? l.valueColumn() : -1, l.indicatorColumn(), l.indicatorFilter());
            case VALUE -> l.withLongColumns(l.kind() == TableLayout.Kind.LONG ? l.yearColumn() : -1, column, l.indicatorColumn(), l.indicatorFilter());
            case INDICATOR -> l.withLongColumns(l.yearColumn(), l.valueColumn(), column,
                    grid.text(Math.max(0, l.firstDataRow()), column).strip());
        };
        update(next, currentManual());
    }

    /** The user sets the year a WIDE value column holds. */
    public void setYear(int column, int year) {
        TableLayout l = layout.get();
        if (l == null || l.kind() != TableLayout.Kind.WIDE) return;
        SortedMap<Integer, Integer> ys = new TreeMap<>(l.yearColumns());
        ys.put(column, year);
        update(l.withYearColumns(ys), currentManual());
    }

    /** LONG tables with an indicator column: the indicators in the file, in file order. */
    public ObservableList<String> indicatorValues() { return indicatorValues; }

    /** LONG tables with an indicator column: which indicator's rows to import. */
    public void setIndicatorFilter(String value) {
        TableLayout l = layout.get();
        if (l == null || l.kind() != TableLayout.Kind.LONG || l.indicatorColumn() < 0 || value == null
                || value.equals(l.indicatorFilter())) return;
        indicatorName.set(value);
        update(l.withLongColumns(l.yearColumn(), l.valueColumn(), l.indicatorColumn(), value), currentManual());
    }

    /** 1-based, as the preview shows rows. */
    public void setFirstDataRow(int row) {
        if (layout.get() != null) update(layout.get().withFirstDataRow(Math.max(0, row - 1)), currentManual());
    }

    /** The user picks the region of a row (KATO), or leaves the row out (null). */
    public void matchRow(int row, String kato) {
        JoinReport r = report.get();
        if (r == null) return;
        try {
            showReport(r.withManualMatch(row, kato));
        } catch (IllegalArgumentException e) {
            fail(Localized.message(e, messages));
        }
    }

    public void saveMapping(Path file) {
        if (report.get() == null) return;
        try {
            ImportMapping.of(report.get()).save(file);
        } catch (ImportException e) {
            fail(Localized.message(e, messages));
        }
    }

    public void loadMapping(Path file) {
        if (tableFile == null) return;
        try {
            ImportMapping m = ImportMapping.load(file);
            if (tableFile.sheet(m.sheet()).isPresent() && !m.sheet().equals(sheet.get())) {
                loading = true;
                sheet.set(m.sheet());
                loading = false;
                grid = tableFile.requireSheet(m.sheet());
            }
            update(m.layoutFor(grid, matcher), m.manualMatches());
        } catch (ImportException e) {
            loading = false;
            fail(Localized.message(e, messages));
        }
    }

    /**
     * Imports into a copy of {@code current} and returns the copy; {@code current} is never
     * changed. Empty (with the reason in {@link #errorProperty()}) when the import is refused.
     */
    public Optional<IndicatorData> apply(IndicatorData current) {
        JoinReport r = report.get();
        if (r == null) return Optional.empty();
        IndicatorData copy = current.copy();
        try {
            String name = indicatorName.get().isBlank() ? indicatorId.get() : indicatorName.get();
            TableImporter.apply(r, copy, TableImporter.indicatorFor(indicatorId.get().strip(), name, unit.get().strip(), r));
            return Optional.of(copy);
        } catch (ImportException e) {
            fail(Localized.message(e, messages));
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------

    private Map<String, String> currentManual() {
        return report.get() == null ? Map.of() : report.get().manualMatchesByLabel();
    }

    private void update(TableLayout l, Map<String, String> manual) {
        layout.set(l);
        Set<String> values = new LinkedHashSet<>();
        if (l.kind() == TableLayout.Kind.LONG && l.indicatorColumn() >= 0) {
            for (int r = Math.max(0, l.firstDataRow()); r < grid.rowCount() && values.size() < 500; r++) {
                String v = grid.text(r, l.indicatorColumn()).strip();
                if (!v.isEmpty()) values.add(v);
            }
        }
        if (!indicatorValues.equals(new ArrayList<>(values))) indicatorValues.setAll(values);
        preview.set(TablePreview.of(grid, l, TablePreview.DEFAULT_ROWS));
        boolean usable = l.regionColumn() >= 0 && (l.kind() == TableLayout.Kind.WIDE || (l.yearColumn() >= 0 && l.valueColumn() >= 0));
        if (!usable) {
            report.set(null);
            attention.clear();
            fail("Choose the region column and the value columns in the preview.");
            return;
        }
        error.set("");
        showReport(JoinReport.build(tableFile.fileName(), grid, l, matcher).withManualMatches(manual));
    }

    private void showReport(JoinReport r) {
        report.set(r);
        List<AttentionRow> rows = new ArrayList<>();
        Set<Integer> listed = new HashSet<>();
        for (var f : r.fuzzy()) {
            rows.add(new AttentionRow(f.row(), f.label(), f.candidates().size() > 1 ? "ambiguous" : "fuzzy", f.candidate()));
            listed.add(f.row());
        }
        for (var u : r.unmatchedRows()) {
            rows.add(new AttentionRow(u.row(), u.label(), u.reason().startsWith("excluded") ? "excluded" : "unmatched", null));
            listed.add(u.row());
        }
        for (var m : r.matched()) {
            if (m.method().equals("manual")) { rows.add(new AttentionRow(m.row(), m.label(), "manual", m.region())); listed.add(m.row()); }
        }
        for (var d : r.duplicates()) {
            for (int row : d.rows().subList(1, d.rows().size())) {
                if (listed.add(row)) {
                    String label = r.rows().stream().filter(x -> x.row() == row).map(JoinReport.DataRow::label).findFirst().orElse("");
                    rows.add(new AttentionRow(row, label, "duplicate", d.region()));
                }
            }
        }
        rows.sort(Comparator.comparingInt(AttentionRow::row));
        attention.setAll(rows);
        if (!r.problems().isEmpty()) error.set(String.join(" ", r.problems().subList(0, Math.min(3, r.problems().size()))));
    }

    private int headerYear(int column, TableLayout l) {
        for (int r = l.firstDataRow() - 1; r >= 0; r--) {
            String t = grid.text(r, column);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19[5-9]\\d|20\\d{2})").matcher(t);
            if (m.find()) return Integer.parseInt(m.group(1));
        }
        return -1;
    }

    private void fail(String message) { error.set(message); }

    static String suggestId(String file, String sheet) {
        String base = (file.replaceFirst("\\.[^.]+$", "") + (sheet == null || file.startsWith(sheet) ? "" : "_" + sheet))
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
        return "imported_" + base;
    }

    /** Regions the user may pick for a row: the 20 current ones, South Kazakhstan (51) and the national total. */
    public List<Region> choosableRegions() {
        List<Region> list = new ArrayList<>(matcher.catalog().current());
        matcher.catalog().byKato("51").ifPresent(list::add);
        matcher.catalog().byKato(Region.NATIONAL).ifPresent(list::add);
        return list;
    }
}
