package kz.aimaq.ui.guide;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guide's pages from the application's resources. The format, one file per page and language
 * ({@code guide/<lang>/<id>.txt}, pages in the order of {@code guide/pages.txt}):
 * <pre>
 * # Title
 * A paragraph (any line that is not a step or an image).
 * 1. A step.
 * ![](picture.png)      an image for the step above, from guide/img/&lt;lang&gt;/
 * </pre>
 * A language without a page falls back to English.
 */
public final class GuidePages {
    private GuidePages() {}

    /** A paragraph, a numbered step, or a picture (its resource path). */
    public sealed interface Block {
        record Paragraph(String text) implements Block {}
        record Step(int number, String text) implements Block {}
        record Image(String resource) implements Block {}
    }

    public record Page(String id, String title, List<Block> blocks) {
        public Page { blocks = List.copyOf(blocks); }
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (String line : lines("/guide/pages.txt").orElseThrow(() -> new IllegalStateException("guide/pages.txt missing"))) {
            if (!line.isBlank()) ids.add(line.strip());
        }
        return ids;
    }

    public static List<Page> all(String lang) {
        List<Page> pages = new ArrayList<>();
        for (String id : ids()) pages.add(page(id, lang));
        return pages;
    }

    public static Page page(String id, String lang) {
        String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
        Optional<List<String>> lines = lines("/guide/" + l + "/" + id + ".txt");
        if (lines.isEmpty()) { l = "en"; lines = lines("/guide/en/" + id + ".txt"); }
        return parse(id, l, lines.orElseThrow(() -> new IllegalArgumentException("no guide page " + id)));
    }

    static Page parse(String id, String lang, List<String> lines) {
        String title = id;
        List<Block> blocks = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("# ")) { title = line.substring(2).strip(); continue; }
            if (line.startsWith("![") && line.contains("](") && line.endsWith(")")) {
                String file = line.substring(line.indexOf("](") + 2, line.length() - 1);
                blocks.add(new Block.Image("/guide/img/" + lang + "/" + file));
                continue;
            }
            int dot = line.indexOf(". ");
            if (dot > 0 && dot <= 2 && line.substring(0, dot).chars().allMatch(Character::isDigit)) {
                blocks.add(new Block.Step(Integer.parseInt(line.substring(0, dot)), line.substring(dot + 2).strip()));
                continue;
            }
            blocks.add(new Block.Paragraph(line));
        }
        return new Page(id, title, blocks);
    }

    private static Optional<List<String>> lines(String resource) {
        InputStream in = GuidePages.class.getResourceAsStream(resource);
        if (in == null) return Optional.empty();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
