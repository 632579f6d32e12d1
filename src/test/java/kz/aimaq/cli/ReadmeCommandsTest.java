package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's "Command line" section cannot drift from the commands: every example in its bash
 * block runs (in process, as {@code ./aimaq} would run it) and exits 0; where the bullet list
 * below the block documents a command's columns or keys ({@code `a, b, c`}), the command prints
 * exactly those, in that order; a list followed by {@code (+ ...)} may have the columns that
 * note names as well, the documented ones still in the documented order. Examples that write a file write it.
 */
class ReadmeCommandsTest {
    static final Path README = Path.of("README.md");
    static final Pattern BULLET = Pattern.compile("(?m)^- `([a-z-]+)`:(.*)$");
    static final Pattern LIST = Pattern.compile("`([a-zA-Z_0-9]+(?:, [a-zA-Z_0-9]+)+)`( \\(\\+[^)]*\\))?");
    static final Pattern TICKED = Pattern.compile("`([^`]+)`");

    @TempDir static Path dir;

    static String section() throws IOException {
        String s = Files.readString(README);
        int at = s.indexOf("## Command line");
        assertTrue(at >= 0, "README has a Command line section");
        int end = s.indexOf("\n## ", at + 1);
        return s.substring(at, end < 0 ? s.length() : end);
    }

    /** The example command lines of the section's bash block, without the leading {@code ./aimaq}. */
    static List<List<String>> examples() throws IOException {
        String s = section();
        int from = s.indexOf("```bash\n") + 8;
        String block = s.substring(from, s.indexOf("```", from));
        List<List<String>> out = new ArrayList<>();
        for (String line : block.strip().split("\n")) {
            List<String> words = words(line.strip());
            assertEquals("./aimaq", words.getFirst(), line);
            out.add(words.subList(1, words.size()));
        }
        return out;
    }

    /**
     * Documented columns by command, and the {@code (+ ...)} note on columns options add: its
     * ticked words say which ({@code `_p5`}: a suffix, {@code `<indicator>`}: any name,
     * {@code `--indicator`}: the value of that option), empty when the list is complete.
     */
    record Documented(List<String> columns, String more) {
        boolean explains(String column, List<String> args) {
            Matcher t = TICKED.matcher(more);
            while (t.find()) {
                String w = t.group(1);
                if (w.startsWith("--") && args.indexOf(w) >= 0 && args.indexOf(w) + 1 < args.size()
                        && args.get(args.indexOf(w) + 1).equals(column)) return true;
                if (w.startsWith("_") && column.endsWith(w)) return true;
                if (w.contains("<") && column.matches(w.replaceAll("<[^>]+>", "[a-z0-9_]+"))) return true;
            }
            return false;
        }
    }

    static Map<String, Documented> documented() throws IOException {
        Map<String, Documented> out = new LinkedHashMap<>();
        Matcher b = BULLET.matcher(section());
        while (b.find()) {
            Matcher l = LIST.matcher(b.group(2));
            if (l.find()) out.put(b.group(1), new Documented(List.of(l.group(1).split(", ")), l.group(2) == null ? "" : l.group(2)));
        }
        return out;
    }

    /** Splits a shell line into words, honouring double quotes. */
    static List<String> words(String line) {
        List<String> w = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false, any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') { quoted = !quoted; any = true; }
            else if (c == ' ' && !quoted) { if (any) w.add(cur.toString()); cur.setLength(0); any = false; }
            else { cur.append(c); any = true; }
        }
        if (any) w.add(cur.toString());
        return w;
    }

    @Test
    void theParserReadsTheReadme() throws IOException {
        assertEquals(List.of("render", "--title", "Жұмыссыздық, 2024", "--out", "m.pdf"),
                words("render --title \"Жұмыссыздық, 2024\" --out m.pdf"));
        Map<String, Documented> d = documented();
        assertTrue(d.keySet().containsAll(List.of("table", "classify", "groups", "simulate", "frontier", "moran", "typology", "index")), d.keySet().toString());
        assertTrue(d.get("simulate").columns().containsAll(List.of("cv", "sd_log")));
        assertTrue(d.get("simulate").explains("gini_p95", List.of()));
        assertFalse(d.get("simulate").explains("gini", List.of()));
        assertTrue(d.get("groups").explains("unemployment_rate", List.of("--indicator", "unemployment_rate")));
        assertTrue(d.get("table").more().isEmpty());
        assertTrue(examples().size() >= 10);
    }

    @Test
    void helpListsTheSameCommandsAsTheReadme() throws IOException {
        Set<String> inReadme = new TreeSet<>();
        examples().forEach(e -> inReadme.add(e.getFirst()));
        inReadme.remove("help");
        Set<String> commands = new TreeSet<>();
        Cli.commands().forEach(c -> commands.add(c.name()));
        assertEquals(commands, inReadme, "each command has an example in the README, and each example a command");
        var help = RenderCommandTest.run("help");
        for (String c : commands) assertTrue(help.out().contains("\n  " + c + " "), c + " in: " + help.out());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAndPrintsTheDocumentedColumns() throws IOException {
        Map<String, Documented> docs = documented();
        return examples().stream().map(example -> DynamicTest.dynamicTest(String.join(" ", example), () -> {
            String command = example.getFirst();
            List<String> args = new ArrayList<>(example);
            Path out = null;
            int o = args.indexOf("--out");
            if (o >= 0) {
                out = dir.resolve(Path.of(args.get(o + 1)).getFileName());
                args.set(o + 1, out.toString());
            }
            for (String a : args) {
                if (a.startsWith("../shared/")) assumeTrue(Files.exists(Path.of(a)), "needs ../shared beside the project: " + a);
            }
            var r = RenderCommandTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            if (command.equals("help")) return;
            if (out != null) {
                // a batch's --out is a pattern ({indicator}, {year}): render prints each file it wrote
                List<Path> written = out.toString().contains("{") ? r.out().strip().lines().map(Path::of).toList() : List.of(out);
                assertFalse(written.isEmpty(), "wrote files for " + out);
                for (Path w : written) {
                    assertTrue(Files.size(w) > 0, "wrote " + w);
                    int s = args.indexOf("--size");
                    if (s >= 0 && w.toString().endsWith(".png")) {
                        BufferedImage img = ImageIO.read(w.toFile());
                        assertEquals(args.get(s + 1), img.getWidth() + "x" + img.getHeight());
                    }
                }
                return;
            }
            Documented d = docs.get(command);
            assertNotNull(d, "README documents the columns of '" + command + "' in a bullet `" + command + "`: `a, b, c`");
            List<String> printed = printedColumns(r.out());
            if (!d.more().isEmpty()) {
                assertTrue(isSubsequence(d.columns(), printed), "documented " + d.columns() + " in order within " + printed);
                for (String c : printed) {
                    assertTrue(d.columns().contains(c) || d.explains(c, args), "'" + c + "' of " + command + " is not in the README");
                }
            } else {
                assertEquals(d.columns(), printed, "README's columns for " + command);
            }
        }));
    }

    /** A CSV's header, a JSON object's keys, or the keys of a JSON array's first element. */
    static List<String> printedColumns(String out) throws IOException {
        String t = out.strip();
        if (t.startsWith("{") || t.startsWith("[")) {
            JsonNode n = new ObjectMapper().readTree(t);
            if (n.isArray()) n = n.get(0);
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            return keys;
        }
        return List.of(t.lines().findFirst().orElseThrow().split(","));
    }

    static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) if (i < part.size() && part.get(i).equals(w)) i++;
        return i == part.size();
    }
}
