package kz.aimaq.core.geo;

import kz.aimaq.core.io.SmallJson;

import kz.aimaq.core.data.Resources;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's configuration of one region layer, bundled as {@code maps/*.json}: which
 * boundary file (relative to the shared folder), which fields hold the code and the names,
 * the attribution to show on maps, and name corrections for known defects of the file.
 *
 * @param file            path of the .shp/.geojson relative to the shared folder
 * @param codeField       field with the KATO code (9 digits) or a "KZ"-prefixed PCODE
 * @param nameFields      language ("en", "ru", "kk") → field; for oblasts the catalogue names win
 * @param nameCorrections code → language → corrected name, for defects no general rule can fix
 */
public record LayerConfig(String id, MapLevel level, String file, String codeField,
                          Map<String, String> nameFields, String attribution,
                          Map<String, Map<String, String>> nameCorrections) {

    public LayerConfig {
        nameFields = nameFields == null ? Map.of() : Map.copyOf(nameFields);
        nameCorrections = nameCorrections == null ? Map.of() : Map.copyOf(nameCorrections);
        attribution = attribution == null ? "" : attribution;
    }

    /** Reads a bundled configuration, e.g. {@code maps/oblasts-2024.json}. */
    public static LayerConfig bundled(String classpathName) throws IOException {
        try (Reader r = Resources.reader(classpathName)) {
            return read(r);
        }
    }

    /**
     * Reads a configuration with {@link SmallJson} rather than Jackson: every map and every
     * {@code render} reads one, and Jackson (data binding loaded some 500 classes; even its
     * streaming parser initialised its factory and number constants for about 15 ms, cold) is
     * far more than seven fields need. Unknown members are skipped, as before.
     */
    static LayerConfig read(Reader reader) throws IOException {
        if (!(SmallJson.parse(reader) instanceof Map<?, ?> root)) throw new IOException("a map configuration is a JSON object");
        String id = null, file = null, codeField = null, attribution = null;
        MapLevel level = null;
        Map<String, String> names = null;
        Map<String, Map<String, String>> corrections = null;
        for (Map.Entry<?, ?> e : root.entrySet()) {
            String field = (String) e.getKey();
            Object v = e.getValue();
            switch (field) {
                case "id" -> id = text(field, v);
                case "file" -> file = text(field, v);
                case "codeField" -> codeField = text(field, v);
                case "attribution" -> attribution = text(field, v);
                case "level" -> {
                    String t = text(field, v);
                    try {
                        level = t == null ? null : MapLevel.valueOf(t);
                    } catch (IllegalArgumentException x) {
                        throw new IOException("unknown level " + t + " (OBLAST or DISTRICT)");
                    }
                }
                case "nameFields" -> names = v == null ? null : strings(field, v);
                case "nameCorrections" -> {
                    if (v == null) break;
                    if (!(v instanceof Map<?, ?> byCode)) throw new IOException("nameCorrections must be an object, got " + v);
                    corrections = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> c : byCode.entrySet()) corrections.put((String) c.getKey(), strings("nameCorrections." + c.getKey(), c.getValue()));
                }
                default -> { } // unknown members are skipped
            }
        }
        return new LayerConfig(id, level, file, codeField, names, attribution, corrections);
    }

    private static Map<String, String> strings(String field, Object v) throws IOException {
        if (!(v instanceof Map<?, ?> m)) throw new IOException(field + " must be an object of texts, got " + v);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) out.put((String) e.getKey(), text(field + "." + e.getKey(), e.getValue()));
        return out;
    }

    private static String text(String field, Object v) throws IOException {
        if (v == null) return null;
        if (v instanceof String t) return t;
        if (v instanceof Map || v instanceof java.util.List) throw new IOException(field + ": expected a text value, got " + v);
        return v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf(d.longValue()) : String.valueOf(v);
    }

    /** The default configuration of a level. */
    public static LayerConfig bundled(MapLevel level) throws IOException {
        return bundled(switch (level) {
            case OBLAST -> "maps/oblasts-2024.json";
            case DISTRICT -> "maps/districts-2024.json";
        });
    }
}
