package kz.aimaq.ui.group;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class GroupTextsTest {

    private static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = GroupTextsTest.class.getResourceAsStream("/i18n/groups" + suffix + ".properties")) {
            assertNotNull(in, "groups" + suffix);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndNoEmptyText() throws Exception {
        Properties en = bundle(""), ru = bundle("_ru"), kk = bundle("_kk");
        assertEquals(en.stringPropertyNames(), ru.stringPropertyNames());
        assertEquals(en.stringPropertyNames(), kk.stringPropertyNames());
        for (Properties p : List.of(en, ru, kk)) {
            for (String k : p.stringPropertyNames()) assertFalse(p.getProperty(k).isBlank(), k);
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws Exception {
        Properties en = bundle("");
        Pattern key = Pattern.compile("\"(groups\\.[a-zA-Z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (var files = Files.list(Path.of("src/main/java/kz/aimaq/ui/group"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertTrue(used.size() > 30, "found the keys: " + used.size());
        used.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), used, "keys used in code but missing from groups.properties");
    }

    @Test
    void placeholdersAndApostrophes() {
        assertEquals("Macro-regions, 2024 (population and GRP: BNS; area: secondary, Wikipedia)",
                GroupTexts.of("en").format("groups.summary.title", "2024"));
        assertEquals("Группа 6", GroupTexts.of("ru").format("groups.newGroup", "6"));
        assertTrue(GroupTexts.of("en").format("groups.summary.incomplete").contains("today's"));
        assertEquals("Топсыз", GroupTexts.of("kk-KZ").get("groups.ungrouped"));
    }
}
