package kz.aimaq.core.data;

import kz.aimaq.core.i18n.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.*;

/** The indicators Aimaq knows, in catalogue order; bundled ones first, imported ones added later. */
public final class IndicatorCatalog {

    private final Map<String, Indicator> byId = new LinkedHashMap<>();

    public IndicatorCatalog(Collection<Indicator> indicators) {
        indicators.forEach(this::add);
    }

    public static IndicatorCatalog read(Reader reader) throws IOException {
        List<Indicator> list = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            list.add(new Indicator(r.get("id"), r.get("name_en"), r.get("name_ru"), r.get("name_kk"),
                    r.get("unit_en"), r.get("unit_ru"), r.get("unit_kk"),
                    Indicator.Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                    Indicator.Aggregation.valueOf(r.get("aggregation").toUpperCase(Locale.ROOT)),
                    Indicator.Direction.valueOf(r.get("higher_is_better").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(r.get("decimals")), r.get("description_en"), "BNS (see datasets/indicators.csv)"));
        }
        return new IndicatorCatalog(list);
    }

    public void add(Indicator i) { byId.put(i.id(), i); }

    public Optional<Indicator> byId(String id) { return Optional.ofNullable(byId.get(id)); }

    public Indicator require(String id) {
        Indicator i = byId.get(id);
        if (i == null) throw new InvalidInputException("core.data.unknownIndicator", id, String.join(", ", byId.keySet()));
        return i;
    }

    public List<Indicator> all() { return List.copyOf(byId.values()); }
}
