package kz.aimaq.core.geo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.aimaq.core.data.Resources;

import java.io.IOException;
import java.io.Reader;
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record LayerConfig(String id, MapLevel level, String file, String codeField,
                          Map<String, String> nameFields, String attribution,
                          Map<String, Map<String, String>> nameCorrections) {

    public LayerConfig {
        nameFields = nameFields == null ? Map.of() : Map.copyOf(nameFields);
        nameCorrections = nameCorrections == null ? Map.of() : Map.copyOf(nameCorrections);
        attribution = attribution == null ? "" : attribution;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a bundled configuration, e.g. {@code maps/oblasts-2024.json}. */
    public static LayerConfig bundled(String classpathName) throws IOException {
        try (Reader r = Resources.reader(classpathName)) {
            return JSON.readValue(r, LayerConfig.class);
        }
    }

    /** The default configuration of a level. */
    public static LayerConfig bundled(MapLevel level) throws IOException {
        return bundled(switch (level) {
            case OBLAST -> "maps/oblasts-2024.json";
            case DISTRICT -> "maps/districts-2024.json";
        });
    }
}
