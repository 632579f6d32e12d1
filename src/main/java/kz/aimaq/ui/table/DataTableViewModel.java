package kz.aimaq.ui.table;

import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import kz.aimaq.core.classify.Classification;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.format.NumberFormats;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.group.Group;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.map.MapContent;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.map.MapOverlay;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.territory.Territory;
import kz.aimaq.ui.map.MapViewModel;

import java.util.*;

/**
 * The rows of the data table, rebuilt from the map session whenever the map is redrawn (a new
 * indicator, year, level, territory or classes) or the base year of the change column moves.
 * Values and classes are the drawn ones ({@link Choropleth#values()}, its classification), so
 * the table never disagrees with the map. The change since the base year takes the base year on
 * its own territory (16 units before 2018, 17 in 2018–2021, 20 since; the shown territory when
 * the user asked for today's regions): a unit compares only where it covered the same ground
 * then as on the map now; one that did not exist then (Turkistan before 2018, Abai before
 * 2022) or was larger (Karaganda with Ulytau before 2022) gets no number but a note saying why.
 */
public final class DataTableViewModel {
    private final MapViewModel vm;
    private final Messages m;
    private final ObservableList<TableRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TableRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Integer> baseYear = new SimpleObjectProperty<>();
    private final ObservableList<Integer> baseYears = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper national = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper districts = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper grouped = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private Indicator indicator;
    private int year;
    private Double nationalValue;

    public DataTableViewModel(MapViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        filter.addListener((o, a, b) -> shown.setPredicate(matcher(b)));
        vm.revisionProperty().addListener((o, a, b) -> rebuildIfActive());
        baseYear.addListener((o, a, b) -> rebuildIfActive());
        rebuild();
    }

    /** False while no table shows the rows: map changes then only mark them stale. */
    private boolean active = true;
    private boolean stale;

    /**
     * Whether a table shows these rows. While none does (the data table is closed), a map change
     * does not rebuild them: on every recolour that was a few per cent of the frame's time on the
     * UI thread, for rows nobody saw. Made active again, the rows are rebuilt if the map changed.
     */
    public void setActive(boolean active) {
        this.active = active;
        if (active && stale) rebuild();
    }

    private void rebuildIfActive() {
        if (active) rebuild();
        else stale = true;
    }

    /** Name or KATO contains the text, ignoring case (Cyrillic too). */
    static java.util.function.Predicate<TableRow> matcher(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return r -> true;
        return r -> r.code().toLowerCase(Locale.ROOT).contains(t) || r.name().toLowerCase(Locale.ROOT).contains(t)
                || (r.oblast() != null && r.oblast().toLowerCase(Locale.ROOT).contains(t));
    }

    /** Every region of the shown map, in map order. */
    public ObservableList<TableRow> rows() { return rows; }

    /** The rows the filter lets through (the table sorts a view of these). */
    public FilteredList<TableRow> shownRows() { return shown; }

    public StringProperty filterProperty() { return filter; }

    /** The year the change column compares with; null for no change column values. */
    public ObjectProperty<Integer> baseYearProperty() { return baseYear; }

    /** Years with figures of the indicator before the shown year. */
    public ObservableList<Integer> baseYears() { return baseYears; }

    /** "Kazakhstan: 5 123,4 thousand tenge" under the table, or a note that no national figure exists. */
    public ReadOnlyStringProperty nationalProperty() { return national.getReadOnlyProperty(); }

    /** The source line of the shown figures. */
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }

    /** True on the district map: the table shows each district's oblast. */
    public ReadOnlyBooleanProperty districtsProperty() { return districts.getReadOnlyProperty(); }

    /** True while a macro-region grouping is drawn: the table shows each region's group. */
    public ReadOnlyBooleanProperty groupedProperty() { return grouped.getReadOnlyProperty(); }

    /** Increments on each rebuild. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public Indicator indicator() { return indicator; }

    public int year() { return year; }

    public Messages messages() { return m; }

    /** The national value of the shown year, null when not published. */
    public Double nationalValue() { return nationalValue; }

    public void rebuild() {
        stale = false;
        MapModel model = vm.modelProperty().get();
        Choropleth c = vm.choroplethProperty().get();
        PreparedLayer layer = vm.layerProperty().get();
        Indicator ind = vm.indicatorProperty().get();
        if (model == null || c == null || layer == null || ind == null) { rows.clear(); return; }
        String lang = m.lang();
        int y = vm.yearProperty().get();
        Map<String, Double> values;
        Classification cls = c.classification();
        if (model.content() instanceof MapContent.IndicatorValues iv) {
            ind = iv.indicator();
            y = iv.year();
            values = c.values();
        } else if (model.content() instanceof MapContent.ScenarioYear sy) {
            ind = sy.indicator();
            y = sy.year();
            values = c.values();
        } else {
            // a categorical result on top: the table keeps showing the indicator behind it
            values = ChoroplethScenes.values(vm.data(), layer, ind.id(), y);
            cls = null;
        }
        indicator = ind;
        year = y;
        List<Integer> earlier = vm.data().years(ind.id()).stream().filter(x -> x < year).toList();
        if (!baseYears.equals(earlier)) baseYears.setAll(earlier);
        Integer keep = baseYear.get();
        if (keep == null || !earlier.contains(keep)) {
            // the default: ten years back where the data reach, else the first year
            Integer def = earlier.isEmpty() ? null : earlier.contains(year - 10) ? Integer.valueOf(year - 10) : earlier.getFirst();
            if (!Objects.equals(def, keep)) { baseYear.set(def); return; } // its listener rebuilds
        }
        Integer base = baseYear.get();
        Territory t = ChoroplethScenes.territoryOf(layer).orElse(null);
        // the base year on its own territory (unless the user asked for today's regions): a unit compares
        // only where it covered the same ground then as on the map now
        Territory tb = t == null || base == null ? null : vm.todaysTerritoryProperty().get() ? t : Territory.forYear(base);
        Map<String, Double> baseValues = base == null || model.content() instanceof MapContent.ScenarioYear ? Map.of()
                : tb == null ? ChoroplethScenes.values(vm.data(), layer, ind.id(), base)
                : new kz.aimaq.core.territory.TerritoryValues(vm.data()).values(tb, ind.id(), base);
        Grouping g = null;
        for (MapOverlay o : model.overlays()) if (o instanceof MapOverlay.Groups gr) g = gr.grouping();
        if (g != null && t != null) g = g.onTerritory(t);
        boolean district = layer.layer().level() == MapLevel.DISTRICT;
        districts.set(district);
        grouped.set(g != null);

        List<Double> sorted = values.values().stream().sorted(Comparator.reverseOrder()).toList();
        List<TableRow> out = new ArrayList<>();
        RegionCatalog catalog = RegionCatalog.bundled();
        for (MapRegion r : layer.layer().regions()) {
            String code = r.code();
            String name = district ? r.name(lang) : catalog.byKato(code).map(x -> x.name(lang)).orElse(r.name(lang));
            String oblast = district ? catalog.byKato(r.parentKato()).map(x -> x.name(lang)).orElse(r.parentKato()) : null;
            Double v = values.get(code);
            int classNo = v == null || cls == null ? 0 : cls.classOf(v) + 1;
            Integer rank = v == null ? null : sorted.indexOf(v) + 1;
            Double change = null, pct = null;
            String note = null;
            if (v != null && base != null) {
                boolean sameGround = tb == null || (tb.units().contains(code) && tb.components(code).equals(t.components(code)));
                Double b = sameGround ? baseValues.get(code) : null;
                if (b == null) note = whyNoBase(code, base, ind.id(), district, tb);
                else {
                    change = v - b;
                    pct = b == 0 ? null : (v - b) / Math.abs(b) * 100;
                }
            }
            String group = null;
            if (g != null) group = g.groupOf(district ? r.parentKato() : code).map(x -> x.name(lang)).orElse(null);
            out.add(new TableRow(code, name, oblast, v, classNo, v == null ? 0 : c.fillOf(code), rank, change, pct, note, group));
        }
        rows.setAll(out);
        var nat = vm.data().get(ind.id(), year, "00").filter(Observation::onCurrentTerritory);
        nationalValue = nat.map(Observation::value).orElse(null);
        String natName = catalog.byKato("00").map(x -> x.name(lang)).orElse("—");
        national.set(nationalValue == null ? m.format("datatable.national.none", natName)
                : m.format("datatable.national", natName, NumberFormats.format(nationalValue, ind.decimals(), lang), ind.unit(lang)));
        source.set(String.join("\n", model.frame().sourceLines()));
        revision.set(revision.get() + 1);
    }

    /** Why a unit has no figure in the base year on the shown territory. */
    private String whyNoBase(String code, int base, String indicatorId, boolean district, Territory tb) {
        OptionalInt formed = Territory.splitYear(code);
        if (!district && formed.isPresent() && base < formed.getAsInt() && (tb == null || !tb.units().contains(code))) {
            return m.format("datatable.change.notYet", String.valueOf(base), String.valueOf(formed.getAsInt()));
        }
        if (tb != null && tb.units().contains(code) && tb.isMerged(code)) {
            return m.format("datatable.change.otherTerritory", String.valueOf(base));
        }
        var o = vm.data().get(indicatorId, base, code);
        if (o.isPresent() && o.get().onOldTerritory()) return m.format("datatable.change.otherTerritory", String.valueOf(base));
        return m.format("datatable.change.noFigure", String.valueOf(base));
    }

    /** A number for a spreadsheet cell pasted as text: no grouping, the interface's decimal mark. */
    static String plain(Double v, int decimals, String lang) {
        if (v == null) return "";
        String s = String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", v);
        return s.replace('.', NumberFormats.decimalSeparator(lang));
    }

    /** The column titles in order (oblast and macro-region only when they apply). */
    public List<String> headers() {
        List<String> h = new ArrayList<>(List.of(m.get("datatable.col.region"), m.get("datatable.col.kato")));
        if (districts.get()) h.add(m.get("datatable.col.oblast"));
        h.add(indicator == null ? m.get("datatable.col.value") : indicator.name(m.lang()) + ", " + indicator.unit(m.lang()));
        h.add(m.get("datatable.col.class"));
        h.add(m.get("datatable.col.rank"));
        String b = baseYear.get() == null ? "" : String.valueOf(baseYear.get());
        h.add(m.format("datatable.col.change", b));
        h.add(m.format("datatable.col.changePct", b));
        if (grouped.get()) h.add(m.get("datatable.col.group"));
        return h;
    }

    /** The cells of a row, numbers as {@link Double} / {@link Integer}, empty cells as null. */
    public List<Object> cells(TableRow r) {
        List<Object> c = new ArrayList<>(List.of(r.name(), r.code()));
        if (districts.get()) c.add(r.oblast());
        c.add(r.value());
        c.add(r.classNo() == 0 ? null : r.classNo());
        c.add(r.rank());
        c.add(r.change());
        c.add(r.changePct());
        if (grouped.get()) c.add(r.group());
        return c;
    }

    /**
     * The given rows as tab-separated text for Excel: a header line, then one line per row,
     * numbers without grouping and with the interface's decimal mark, so the paste gives numbers.
     */
    public String copyText(List<TableRow> selection) {
        String lang = m.lang();
        int dec = indicator == null ? 1 : indicator.decimals();
        StringBuilder sb = new StringBuilder(String.join("\t", headers())).append('\n');
        for (TableRow r : selection) {
            List<String> parts = new ArrayList<>();
            List<Object> cells = cells(r);
            int valueAt = districts.get() ? 3 : 2;
            for (int i = 0; i < cells.size(); i++) {
                Object o = cells.get(i);
                if (o == null) parts.add("");
                else if (o instanceof Double d) parts.add(plain(d, i == valueAt + 4 ? 1 : dec, lang));
                else parts.add(String.valueOf(o));
            }
            sb.append(String.join("\t", parts)).append('\n');
        }
        return sb.toString();
    }
    /**
     * The given rows as a table to save (XLSX keeps numbers numeric with the indicator's
     * decimals): title = indicator and year, notes = the national value, the source lines and
     * the territory rule of the change column.
     */
    public kz.aimaq.core.table.DataTable dataTable(List<TableRow> selection) {
        List<String> h = headers();
        int dec = indicator == null ? 1 : indicator.decimals();
        List<kz.aimaq.core.table.TableColumn> cols = new ArrayList<>();
        cols.add(kz.aimaq.core.table.TableColumn.text(h.get(0)));
        cols.add(kz.aimaq.core.table.TableColumn.text(h.get(1)));
        int i = 2;
        if (districts.get()) cols.add(kz.aimaq.core.table.TableColumn.text(h.get(i++)));
        cols.add(kz.aimaq.core.table.TableColumn.decimal(h.get(i++), dec));
        cols.add(kz.aimaq.core.table.TableColumn.integer(h.get(i++)));
        cols.add(kz.aimaq.core.table.TableColumn.integer(h.get(i++)));
        cols.add(kz.aimaq.core.table.TableColumn.decimal(h.get(i++), dec));
        cols.add(kz.aimaq.core.table.TableColumn.percent(h.get(i++), 1));
        if (grouped.get()) cols.add(kz.aimaq.core.table.TableColumn.text(h.get(i)));
        List<List<Object>> out = new ArrayList<>();
        for (TableRow r : selection) out.add(cells(r));
        List<String> notes = new ArrayList<>();
        notes.add(national.get());
        notes.add(source.get());
        if (baseYear.get() != null) notes.add(m.format("datatable.note.change", String.valueOf(baseYear.get())));
        String title = indicator == null ? m.get("datatable.title") : indicator.name(m.lang()) + ", " + year;
        return new kz.aimaq.core.table.DataTable(title, cols, out, notes);
    }
}
