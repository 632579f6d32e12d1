package kz.aimaq.core.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.*;

/**
 * All observations in memory, indexed by indicator, year and region. Small (a few thousand
 * rows), so a map of maps is fast enough and keeps lookups obvious. An indicator is indexed when
 * it is first asked for: a command that draws one indicator indexed all 7,800 bundled rows
 * before, about 15 ms of a 4K render's start in a JVM that has compiled nothing yet.
 */
public final class IndicatorData {

    private final IndicatorCatalog catalog;
    /** indicator -> year -> kato -> observation, for the indicators asked for so far */
    private final Map<String, NavigableMap<Integer, Map<String, Observation>>> index = new java.util.concurrent.ConcurrentHashMap<>();
    /** The observations of the indicators not indexed yet, in the order given (a later duplicate wins); guarded by this. */
    private final Map<String, List<Observation>> unindexed = new HashMap<>();

    /** True for the shared bundled tables: every window, command and test reads the same instance. */
    private boolean frozen;

    public IndicatorData(IndicatorCatalog catalog, Collection<Observation> observations) {
        this.catalog = catalog;
        for (Observation o : observations) unindexed.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
    }

    /** Rows already grouped by indicator, each group in the table's order (the bundled snapshot's, made when read). */
    private IndicatorData(IndicatorCatalog catalog, Map<String, List<Observation>> byIndicator) {
        this.catalog = catalog;
        unindexed.putAll(byIndicator);
    }

    private static volatile IndicatorData bundled;

    /**
     * datasets/indicator_catalog.csv + datasets/indicators.csv, read once and shared read-only:
     * {@link #put} and the catalogue's {@code add} refuse it, so one user's imported table or
     * index can never appear in another's data. The app and anything that adds work on {@link #copy()}.
     */
    public static IndicatorData bundled() {
        IndicatorData d = bundled;
        if (d == null) {
            try (Reader cat = Resources.reader("datasets/indicator_catalog.csv");
                 Reader ratios = Resources.reader("datasets/indicator_ratios.csv")) {
                IndicatorCatalog catalog = IndicatorCatalog.read(cat);
                catalog.readRatios(ratios);
                d = new IndicatorData(catalog.freeze(), ObservationSnapshot.bundledByIndicator("datasets/indicators.csv"));
                d.frozen = true;
                bundled = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return d;
    }

    /** A copy that can take imported indicators without touching the shared bundled instance. */
    public IndicatorData copy() {
        List<Observation> all = new ArrayList<>();
        List<String> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(unindexed.keySet());
        }
        waiting.forEach(this::indexed);
        index.values().forEach(y -> y.values().forEach(m -> all.addAll(m.values())));
        return new IndicatorData(catalog.copy(), all);
    }

    public static List<Observation> readObservations(Reader reader) throws IOException {
        List<Observation> list = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            list.add(new Observation(r.get("kato"), Integer.parseInt(r.get("year")), r.get("indicator"),
                    Double.parseDouble(r.get("value")), r.get("unit"), Observation.Boundary.parse(r.get("boundary")),
                    r.get("source"), r.get("note")));
        }
        return list;
    }

    /** Adds or replaces a figure; refused on the shared bundled tables (work on {@link #copy()}). */
    public void put(Observation o) {
        if (frozen) throw new IllegalStateException("the bundled indicator tables are shared and read-only: add to a copy");
        var years = indexed(o.indicator());
        if (years == null) index.put(o.indicator(), years = new TreeMap<>());
        add(years, o);
    }

    private static void add(NavigableMap<Integer, Map<String, Observation>> years, Observation o) {
        years.computeIfAbsent(o.year(), k -> new HashMap<>()).put(o.kato(), o);
    }

    /** The indicator's years, indexed now if it is asked for the first time; null when it has none. */
    private NavigableMap<Integer, Map<String, Observation>> indexed(String indicator) {
        if (indicator == null) return null;
        var years = index.get(indicator);
        if (years != null) return years;
        synchronized (this) {
            years = index.get(indicator);
            if (years != null) return years;
            List<Observation> rows = unindexed.remove(indicator);
            if (rows == null) return null;
            years = new TreeMap<>();
            for (Observation o : rows) add(years, o);
            index.put(indicator, years);
            return years;
        }
    }

    public IndicatorCatalog catalog() { return catalog; }

    public Optional<Observation> get(String indicator, int year, String kato) {
        var years = indexed(indicator);
        if (years == null) return Optional.empty();
        var m = years.get(year);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(kato));
    }

    /** The value on today's territory of that code, empty where missing or describing old boundaries. */
    public OptionalDouble current(String indicator, int year, String kato) {
        return get(indicator, year, kato).filter(Observation::onCurrentTerritory)
                .map(o -> OptionalDouble.of(o.value())).orElse(OptionalDouble.empty());
    }

    /** Years with at least one value, ascending. */
    public List<Integer> years(String indicator) {
        var years = indexed(indicator);
        return years == null ? List.of() : List.copyOf(years.keySet());
    }

    /** All observations of an indicator in a year, keyed by KATO (national "00" included when published). */
    public Map<String, Observation> year(String indicator, int year) {
        var years = indexed(indicator);
        if (years == null) return Map.of();
        return Collections.unmodifiableMap(years.getOrDefault(year, Map.of()));
    }

    /** The latest year in which every one of the given codes has a current-territory value, or empty. */
    public OptionalInt latestCompleteYear(String indicator, Collection<String> katos) {
        List<Integer> ys = new ArrayList<>(years(indicator));
        Collections.reverse(ys);
        for (int y : ys) {
            boolean all = true;
            for (String k : katos) if (current(indicator, y, k).isEmpty()) { all = false; break; }
            if (all) return OptionalInt.of(y);
        }
        return OptionalInt.empty();
    }

    /** A region's series over the years (current territory only). */
    public SortedMap<Integer, Double> series(String indicator, String kato) {
        SortedMap<Integer, Double> s = new TreeMap<>();
        var years = indexed(indicator);
        if (years == null) return s;
        years.forEach((y, m) -> {
            Observation o = m.get(kato);
            if (o != null && o.onCurrentTerritory()) s.put(y, o.value());
        });
        return s;
    }
}
