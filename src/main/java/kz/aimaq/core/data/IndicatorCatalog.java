package kz.aimaq.core.data;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.io.CsvTable;
import java.io.IOException;
import java.io.Reader;
import java.util.*;

/** The indicators Aimaq knows, in catalogue order; bundled ones first, imported ones added later. */
public final class IndicatorCatalog {

    private final Map<String, Indicator> byId = new LinkedHashMap<>();
    /** True for the shared bundled catalogue: adding to it would leak one window's imports into every other user. */
    private boolean frozen;
    /** Indicators that are a ratio of two others (datasets/indicator_ratios.csv). */
    private final Map<String, Ratio> ratios = new LinkedHashMap<>();

    public IndicatorCatalog(Collection<Indicator> indicators) {
        indicators.forEach(this::add);
    }

    /** Makes this catalogue read-only (see {@link IndicatorData#bundled()}). */
    IndicatorCatalog freeze() { frozen = true; return this; }

    public static IndicatorCatalog read(Reader reader) throws IOException {
        CsvTable t = CsvTable.read(reader, "datasets/indicator_catalog.csv");
        int id = t.column("id"), nameEn = t.column("name_en"), nameRu = t.column("name_ru"), nameKk = t.column("name_kk"),
                unitEn = t.column("unit_en"), unitRu = t.column("unit_ru"), unitKk = t.column("unit_kk"), kind = t.column("kind"),
                aggregation = t.column("aggregation"), direction = t.column("higher_is_better"), decimals = t.column("decimals"),
                description = t.column("description_en");
        List<Indicator> list = new ArrayList<>();
        for (List<String> r : t.rows()) {
            list.add(new Indicator(r.get(id), r.get(nameEn), r.get(nameRu), r.get(nameKk),
                    r.get(unitEn), r.get(unitRu), r.get(unitKk),
                    Indicator.Kind.valueOf(r.get(kind).toUpperCase(Locale.ROOT)),
                    Indicator.Aggregation.valueOf(r.get(aggregation).toUpperCase(Locale.ROOT)),
                    Indicator.Direction.valueOf(r.get(direction).toUpperCase(Locale.ROOT)),
                    Integer.parseInt(r.get(decimals)), r.get(description), "BNS (see datasets/indicators.csv)"));
        }
        return new IndicatorCatalog(list);
    }

    /** Adds or replaces an indicator; refused on the shared bundled catalogue (work on {@link IndicatorData#copy()}). */
    public void add(Indicator i) {
        if (frozen) throw new IllegalStateException("the bundled indicator catalogue is shared and read-only: add to a copy");
        byId.put(i.id(), i);
    }

    public Optional<Indicator> byId(String id) { return Optional.ofNullable(byId.get(id)); }

    public Indicator require(String id) {
        Indicator i = byId.get(id);
        if (i == null) throw new InvalidInputException("core.data.unknownIndicator", id, String.join(", ", byId.keySet()));
        return i;
    }

    public List<Indicator> all() { return List.copyOf(byId.values()); }

    /** Reads datasets/indicator_ratios.csv: id, numerator, denominator, factor, values (published|derived), note. */
    public void readRatios(Reader reader) throws IOException {
        CsvTable t = CsvTable.read(reader, "datasets/indicator_ratios.csv");
        int id = t.column("id"), numerator = t.column("numerator"), denominator = t.column("denominator"),
                factor = t.column("factor"), values = t.column("values");
        for (List<String> r : t.rows()) {
            addRatio(new Ratio(r.get(id), r.get(numerator), r.get(denominator),
                    Double.parseDouble(r.get(factor)), "derived".equals(r.get(values))));
        }
    }

    public void addRatio(Ratio r) { ratios.put(r.indicator(), r); }

    /** The indicator's definition as a ratio of two others, when it is one. */
    public Optional<Ratio> ratio(String id) { return Optional.ofNullable(ratios.get(id)); }

    public Collection<Ratio> ratios() { return List.copyOf(ratios.values()); }

    /** A copy that can take imported indicators without changing this one. */
    public IndicatorCatalog copy() {
        IndicatorCatalog c = new IndicatorCatalog(all());
        ratios.values().forEach(c::addRatio);
        return c;
    }
}
