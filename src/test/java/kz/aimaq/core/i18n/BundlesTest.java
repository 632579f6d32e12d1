package kz.aimaq.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The three language bundles stay aligned: same keys, no blank texts, same placeholders. */
class BundlesTest {
    private static Properties load(String lang) throws IOException {
        String name = "/i18n/messages" + (lang.equals("en") ? "" : "_" + lang) + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void allThreeBundlesHaveTheSameKeys() throws IOException {
        Set<String> en = load("en").stringPropertyNames();
        assertTrue(en.size() > 100, "the English bundle has the app's strings: " + en.size());
        for (String lang : List.of("ru", "kk")) {
            Set<String> other = load(lang).stringPropertyNames();
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(en);
            assertTrue(missing.isEmpty() && extra.isEmpty(), lang + ": missing " + missing + ", not in English " + extra);
        }
    }

    @Test
    void noTextIsBlankAndPlaceholdersMatch() throws IOException {
        Properties en = load("en");
        Pattern arg = Pattern.compile("\\{(\\d+)}");
        for (String lang : List.of("en", "ru", "kk")) {
            Properties p = load(lang);
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                assertFalse(v.isBlank(), lang + " " + k + " is blank");
                assertEquals(args(arg, en.getProperty(k)), args(arg, v), lang + " " + k + ": placeholders differ from English");
            }
        }
    }

    @Test
    void russianAndKazakhAreTranslatedNotCopied() throws IOException {
        Properties en = load("en");
        // Names of languages, codes and product names are the same in every language.
        Set<String> same = Set.of("legend.subtitle", "region.iso", "lang.en", "lang.ru", "lang.kk", "about.header");
        for (String lang : List.of("ru", "kk")) {
            Properties p = load(lang);
            List<String> copied = new ArrayList<>();
            for (String k : en.stringPropertyNames()) {
                if (!same.contains(k) && en.getProperty(k).equals(p.getProperty(k)) && en.getProperty(k).matches(".*\\p{L}{3,}.*")) copied.add(k);
            }
            assertEquals(List.of(), copied, lang + " texts still in English");
        }
    }

    @Test
    void kazakhUsesKazakhLetters() throws IOException {
        // A Russian text pasted into the Kazakh bundle is a common slip; Kazakh texts of any length use ә, ғ, қ, ң, ө, ұ, ү, һ or і.
        Properties kk = load("kk");
        assertTrue(kk.getProperty("menu.file.save").matches(".*[әғқңөұүһіӘҒҚҢӨҰҮҺІ].*"));
        assertTrue(kk.getProperty("workspace.recovery.text").matches(".*[әғқңөұүһіӘҒҚҢӨҰҮҺІ].*"));
        assertEquals("Сақтау", Messages.of("kk").get("menu.file.save"));
        assertEquals("Сохранить", Messages.of("ru").get("menu.file.save"));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties en = load("en");
        Pattern call = Pattern.compile("\\b(?:get|format)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        List<String> missing = new ArrayList<>();
        int calls = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    calls++;
                    if (!en.containsKey(m.group(1)) && !m.group(1).matches("(aimaq|java|user|os|file|testfx|prism|glass)\\..*")) missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertTrue(calls > 50, "found the message look-ups: " + calls);
        assertEquals(List.of(), missing);
    }

    private static Set<String> args(Pattern p, String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
