package kz.aimaq.core.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
     * Reads a configuration with Jackson's streaming parser rather than data binding: every map
     * and every {@code render} reads one, and binding loads some 500 classes (about 0.2 s of a
     * whole-process render) for seven fields. Unknown members are skipped, as before.
     */
    static LayerConfig read(Reader reader) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(reader)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            String id = null, file = null, codeField = null, attribution = null;
            MapLevel level = null;
            Map<String, String> names = null;
            Map<String, Map<String, String>> corrections = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "id" -> id = text(p, t);
                    case "file" -> file = text(p, t);
                    case "codeField" -> codeField = text(p, t);
                    case "attribution" -> attribution = text(p, t);
                    case "level" -> {
                        String v = text(p, t);
                        try {
                            level = v == null ? null : MapLevel.valueOf(v);
                        } catch (IllegalArgumentException e) {
                            throw new JsonParseException(p, "unknown level " + v);
                        }
                    }
                    case "nameFields" -> names = t == JsonToken.VALUE_NULL ? null : strings(p, t);
                    case "nameCorrections" -> {
                        if (t == JsonToken.VALUE_NULL) break;
                        expect(p, t, JsonToken.START_OBJECT);
                        corrections = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String code = p.currentName();
                            corrections.put(code, strings(p, p.nextToken()));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new LayerConfig(id, level, file, codeField, names, attribution, corrections);
        }
    }

    private static Map<String, String> strings(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.START_OBJECT);
        Map<String, String> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            m.put(k, text(p, p.nextToken()));
        }
        return m;
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (!t.isScalarValue()) throw new JsonParseException(p, "expected a text value, got " + t);
        return p.getText();
    }

    private static void expect(JsonParser p, JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) throw new JsonParseException(p, "expected " + wanted + ", got " + got);
    }

    /** The default configuration of a level. */
    public static LayerConfig bundled(MapLevel level) throws IOException {
        return bundled(switch (level) {
            case OBLAST -> "maps/oblasts-2024.json";
            case DISTRICT -> "maps/districts-2024.json";
        });
    }
}
