package kz.aimaq.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class SmallJsonTest {

    /** Every JSON file of the repository's maps folder reads to the same tree as Jackson's (numbers as doubles). */
    @Test
    void readsTheRepositorysJsonFilesAsJacksonDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("maps"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "maps/**/*.json: " + files);
        ObjectMapper jackson = new ObjectMapper();
        for (Path f : files) {
            Object expected = normalise(jackson.readValue(f.toFile(), Object.class));
            Object got = SmallJson.parse(Files.newBufferedReader(f));
            assertEquals(expected, got, f.toString());
        }
    }

    @Test
    void readsEscapesNumbersAndNesting() throws IOException {
        Object v = SmallJson.parse(new StringReader(
                "\uFEFF { \"a\": [1, -2.5e2, true, false, null, {}], \"b\": \"\\\"Қ\\u0430\\n\\/\\\\\", \"c\": {\"d\": []} } "));
        Map<String, Object> want = new LinkedHashMap<>();
        List<Object> a = new ArrayList<>(List.of(1.0, -250.0, true, false));
        a.add(null);
        a.add(Map.of());
        want.put("a", a);
        want.put("b", "\"Қа\n/\\");
        want.put("c", Map.of("d", List.of()));
        assertEquals(want, v);
    }

    @Test
    void saysWhereADocumentIsBroken() {
        IOException e = assertThrows(IOException.class, () -> SmallJson.parse(new StringReader("{\n  \"id\": \"x\",\n  \"level\" \"OBLAST\"\n}")));
        assertEquals("JSON line 3, column 11: expected ':' after \"level\"", e.getMessage());
        assertThrows(IOException.class, () -> SmallJson.parse(new StringReader("{\"a\": \"no end")));
        assertThrows(IOException.class, () -> SmallJson.parse(new StringReader("{\"a\": 1} x")));
        assertThrows(IOException.class, () -> SmallJson.parse(new StringReader("[1,]")));
        assertThrows(IOException.class, () -> SmallJson.parse(new StringReader("")));
    }

    private static Object normalise(Object o) {
        if (o instanceof Number n) return n.doubleValue();
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, normalise(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) out.add(normalise(x));
            return out;
        }
        return o;
    }
}
