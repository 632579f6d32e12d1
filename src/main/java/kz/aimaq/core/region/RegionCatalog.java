package kz.aimaq.core.region;

import kz.aimaq.core.io.CsvTable;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * The catalogue of regions keyed by two-digit KATO code, read from the bundled
 * {@code datasets/regions.csv}. Joins are done on codes, never on names (the boundary files'
 * names have known defects, see ../shared/data/boundaries/README.md).
 */
public final class RegionCatalog {

    private final Map<String, Region> byKato;

    public RegionCatalog(Collection<Region> regions) {
        Map<String, Region> m = new LinkedHashMap<>();
        for (Region r : regions) m.put(r.kato(), r);
        this.byKato = Collections.unmodifiableMap(m);
    }

    private static volatile RegionCatalog bundled;

    /** The catalogue shipped in datasets/regions.csv (read once). */
    public static RegionCatalog bundled() {
        RegionCatalog c = bundled;
        if (c == null) {
            // read here rather than through core.data.Resources: data (the importer) builds on
            // region, so region must not reach back into data
            InputStream in = RegionCatalog.class.getClassLoader().getResourceAsStream("datasets/regions.csv");
            if (in == null) throw new UncheckedIOException(new FileNotFoundException("Missing bundled resource datasets/regions.csv"));
            try (Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                c = bundled = read(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return c;
    }

    public static RegionCatalog read(Reader reader) throws IOException {
        CsvTable t = CsvTable.read(reader, "datasets/regions.csv");
        int type = t.column("type"), kato = t.column("kato_code"), kato9 = t.column("kato9"), iso = t.column("iso_3166_2"),
                nameEn = t.column("name_en"), nameRu = t.column("name_ru"), nameKk = t.column("name_kk"),
                centreEn = t.column("admin_center_en"), centreRu = t.column("admin_center_ru"), centreKk = t.column("admin_center_kk"),
                status = t.column("status");
        List<Region> list = new ArrayList<>();
        for (List<String> rec : t.rows()) {
            Region.Type ty = switch (rec.get(type)) {
                case "city" -> Region.Type.CITY;
                case "country" -> Region.Type.COUNTRY;
                default -> Region.Type.OBLAST;
            };
            list.add(new Region(rec.get(kato), rec.get(kato9), rec.get(iso),
                    rec.get(nameEn), rec.get(nameRu), rec.get(nameKk),
                    rec.get(centreEn), rec.get(centreRu), rec.get(centreKk),
                    ty, "current".equals(rec.get(status))));
        }
        return new RegionCatalog(list);
    }

    public Optional<Region> byKato(String kato) { return Optional.ofNullable(byKato.get(normaliseKato(kato))); }

    public Region require(String kato) {
        return byKato(kato).orElseThrow(() -> new IllegalArgumentException("Unknown region code: " + kato));
    }

    /** The 20 regions of the current configuration, in KATO order. */
    public List<Region> current() {
        return byKato.values().stream().filter(Region::current).sorted(Comparator.comparing(Region::kato)).toList();
    }

    public Collection<Region> all() { return byKato.values(); }

    /** Accepts "10", "100000000", "KZ-10", "KZ10" and returns "10"; other text unchanged. */
    public static String normaliseKato(String code) {
        if (code == null) return "";
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.startsWith("KZ")) c = c.substring(2).replace("-", "");
        if (c.length() == 9 && c.chars().allMatch(Character::isDigit)) c = c.substring(0, 2);
        if (c.length() == 1 && Character.isDigit(c.charAt(0))) c = "0" + c;
        return c;
    }
}
