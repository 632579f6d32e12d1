package kz.aimaq.core.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every language bundle family in {@code i18n/} (messages, and each feature's own: groups,
 * scenario, analysis, import_messages) stays aligned in kk, ru and en: same keys, no blank
 * texts, same placeholders, nothing left in English.
 */
class BundlesTest {
    private static final Path DIR = Path.of("src/main/resources/i18n");

    /** Base names: "messages", "groups", ... (the English file of each family). */
    private static List<String> families() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .filter(n -> !n.endsWith("_kk") && !n.endsWith("_ru")).sorted().toList();
        }
    }

    private static Properties load(String family, String lang) throws IOException {
        Path f = DIR.resolve(family + (lang.equals("en") ? "" : "_" + lang) + ".properties");
        assertTrue(Files.isRegularFile(f), "missing " + f);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void allThreeLanguagesHaveTheSameKeysInEveryBundle() throws IOException {
        List<String> families = families();
        assertTrue(families.contains("messages"), families.toString());
        assertTrue(load("messages", "en").size() > 100, "the main bundle has the app's strings");
        List<String> problems = new ArrayList<>();
        for (String family : families) {
            Set<String> en = load(family, "en").stringPropertyNames();
            for (String lang : List.of("ru", "kk")) {
                Set<String> other = load(family, lang).stringPropertyNames();
                Set<String> missing = new TreeSet<>(en);
                missing.removeAll(other);
                Set<String> extra = new TreeSet<>(other);
                extra.removeAll(en);
                if (!missing.isEmpty()) problems.add(family + "_" + lang + " lacks " + missing);
                if (!extra.isEmpty()) problems.add(family + "_" + lang + " has keys English lacks: " + extra);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noTextIsBlankAndPlaceholdersMatch() throws IOException {
        Pattern arg = Pattern.compile("\\{(\\d+)[^}]*}");
        List<String> problems = new ArrayList<>();
        for (String family : families()) {
            Properties en = load(family, "en");
            for (String lang : List.of("en", "ru", "kk")) {
                Properties p = load(family, lang);
                for (String k : p.stringPropertyNames()) {
                    String v = p.getProperty(k);
                    if (v.isBlank()) problems.add(lang + " " + k + " is blank");
                    else if (en.containsKey(k) && !args(arg, en.getProperty(k)).equals(args(arg, v))) problems.add(lang + " " + k + ": placeholders differ from English");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void russianAndKazakhAreTranslatedNotCopied() throws IOException {
        // Language names, codes and product names read the same in every language.
        Set<String> same = Set.of("legend.subtitle", "region.iso", "lang.en", "lang.ru", "lang.kk");
        Pattern word = Pattern.compile("\\b[A-Za-z]{4,}\\b");
        List<String> copied = new ArrayList<>();
        for (String family : families()) {
            Properties en = load(family, "en");
            for (String lang : List.of("ru", "kk")) {
                Properties p = load(family, lang);
                for (String k : en.stringPropertyNames()) {
                    String v = en.getProperty(k);
                    if (!same.contains(k) && v.equals(p.getProperty(k)) && word.matcher(v).find()) copied.add(family + "_" + lang + " " + k + "=" + v);
                }
            }
        }
        // acronyms and proper names (GVF, Moran, Aimaq) pass; whole English words do not
        copied.removeIf(c -> c.matches(".*=(Aimaq [0-9.]+|[A-Z]{2,}[^a-z]*|.*Moran.*|.*LISA.*|.*Theil.*|.*Gini.*)$"));
        assertEquals(List.of(), copied, "texts still in English");
    }

    @Test
    void kazakhUsesKazakhLetters() {
        // A Russian text pasted into the Kazakh bundle is a common slip; Kazakh sentences use ә, ғ, қ, ң, ө, ұ, ү, һ or і.
        assertTrue(Messages.of("kk").get("workspace.recovery.text").matches("(?s).*[әғқңөұүһіӘҒҚҢӨҰҮҺІ].*"));
        assertEquals("Сақтау", Messages.of("kk").get("menu.file.save"));
        assertEquals("Сохранить", Messages.of("ru").get("menu.file.save"));
        assertEquals("Save", Messages.of("en").get("menu.file.save"));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String family : families()) known.addAll(load(family, "en").stringPropertyNames());
        Pattern call = Pattern.compile("\\b(?:get|format|t|tr|text|getString)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        List<String> missing = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    calls++;
                    String key = m.group(1);
                    if (!known.contains(key) && !key.matches("(aimaq|java|user|os|file|testfx|prism|glass|javafx|monocle)\\..*")) missing.add(f.getFileName() + ": " + key);
                }
            }
        }
        assertTrue(calls > 100, "found the message look-ups: " + calls);
        assertEquals(List.of(), missing);
    }

    private static Set<String> args(Pattern p, String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
