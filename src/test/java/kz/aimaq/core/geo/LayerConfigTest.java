package kz.aimaq.core.geo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The streaming reader of maps/*.json gives exactly what data binding gave. */
class LayerConfigTest {
    @Test
    void everyBundledConfigurationReadsAsDataBindingReadsIt() throws IOException {
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<Path> files;
        try (var s = Files.list(Path.of("maps"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "maps/*.json: " + files);
        for (Path f : files) {
            LayerConfig bound = json.readValue(f.toFile(), LayerConfig.class);
            LayerConfig streamed = LayerConfig.bundled("maps/" + f.getFileName());
            assertEquals(bound, streamed, f.toString());
        }
        LayerConfig districts = LayerConfig.bundled(MapLevel.DISTRICT);
        assertEquals(MapLevel.DISTRICT, districts.level());
        assertEquals("KATO", districts.codeField());
        assertEquals("ADM2_KK", districts.nameFields().get("kk"));
        assertEquals(Map.of("en", "Zhanasemey"), districts.nameCorrections().get("101010000"));
    }

    @Test
    void unknownMembersAreSkippedAndBadValuesRefused() throws IOException {
        LayerConfig c = LayerConfig.read(new StringReader("""
                {"id":"x","extra":{"a":[1,2,{"b":3}]},"level":"OBLAST","file":"f.shp","codeField":"KATO",
                 "nameFields":{"en":"N"},"nameCorrections":null}"""));
        assertEquals(new LayerConfig("x", MapLevel.OBLAST, "f.shp", "KATO", Map.of("en", "N"), null, null), c);
        assertThrows(IOException.class, () -> LayerConfig.read(new StringReader("{\"level\":\"PROVINCE\"}")));
        assertThrows(IOException.class, () -> LayerConfig.read(new StringReader("[1]")));
        assertThrows(IOException.class, () -> LayerConfig.read(new StringReader("{\"nameFields\":{\"en\":{}}}")));
    }
}
