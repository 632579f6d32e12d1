package kz.aimaq.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every text the UI shows comes from the language bundles: this scans the UI sources for string
 * literals with letters handed to a label, button, tab, menu, title or prompt. Symbols
 * ("▶", "✕", "  ✓") are fine: they need no translation.
 *
 * <p>The core's messages reach the user too (a bad file, a wrong option, a misspelt spec): the
 * exceptions that carry them ({@link #USER_FACING}) take a bundle key, never English text, every
 * key they use exists, and the parsers of the user's files and options ({@link #USER_INPUT})
 * throw nothing else with text in it.
 */
class HardCodedStringsTest {
    /** A call that shows its (first) string argument to the user, followed by a literal. */
    static final Pattern SHOWN = Pattern.compile(
            "(?:new\\s+(?:Label|Button|Tab|Menu|MenuItem|CheckMenuItem|RadioMenuItem|CheckBox|RadioButton|ToggleButton|Tooltip|"
                    + "TitledPane|Text|Hyperlink|ExtensionFilter|FileChooser\\.ExtensionFilter|ButtonType)\\s*\\("
                    + "|new\\s+Alert\\s*\\([^,()]+,"
                    + "|\\.(?:setText|setTitle|setPromptText|setHeaderText|setContentText|setPlaceholder|setAccessibleText)\\s*\\()"
                    + "\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern LETTER = Pattern.compile("\\p{L}");

    static List<String> findings(String source, String file) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = SHOWN.matcher(lines[i]);
            while (m.find()) {
                String literal = m.group(1);
                if (LETTER.matcher(literal).find()) out.add(file + ":" + (i + 1) + ": \"" + literal + "\"");
            }
        }
        return out;
    }

    /** The core's exceptions whose message is for the user: each implements {@code core.i18n.Localized}. */
    static final List<String> USER_FACING = List.of("InvalidInputException", "MissingFileException", "ImportException",
            "GeoReadException", "GroupingFileException", "WorkspaceException");

    /** Core sources that read what the user wrote (files, options, specs): their errors are all keyed. */
    static final List<String> USER_INPUT = List.of("classify/ClassificationMethod.java", "classify/ManualBreaks.java",
            "classify/Palettes.java", "classify/Values.java", "data/IndicatorCatalog.java", "data/Resources.java",
            "stats/WeightsSpec.java", "analysis/IndexSpec.java", "analysis/IndexSpecJson.java", "analysis/TypologyThresholds.java",
            "analysis/Typology.java", "group/Groupings.java", "group/GroupingFiles.java", "group/GroupPalette.java",
            "scenario/ScenarioJson.java", "scenario/Scenario.java", "scenario/ScenarioParameters.java", "scenario/Preset.java",
            "data/importing/", "geo/GeoJsonFeatureReader.java", "geo/ShapefileReader.java", "geo/DbfFile.java",
            "geo/PrjFile.java", "geo/RegionLayers.java", "workspace/");

    /** Checks of the program's own invariants in those files: a bug, not the user's mistake, if they fire. */
    static final List<String> INTERNAL = List.of("JoinReport.java: \"Row ", "JoinReport.java: \"Unknown region code ",
            "ShapefileReader.java: \"bad counts\"", "ShapefileReader.java: \"bad part index\"",
            "Groupings.java: \"bundled preset ", "IndexSpecJson.java: \"an index spec is plain data",
            "WorkspaceMigrations.java: \"no migration from", "Resources.java: \"Missing bundled resource ",
            "IndicatorCatalog.java: \"the bundled indicator catalogue is shared");

    static final Pattern KEYED = Pattern.compile(
            "new\\s+(" + String.join("|", USER_FACING) + ")\\s*\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+");
    static final Pattern KEY_USE = Pattern.compile(
            "(?:Text\\.of|new\\s+(?:" + String.join("|", USER_FACING) + "))\\s*\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+)\"");
    static final Pattern PLAIN_THROW = Pattern.compile(
            "new\\s+(?:IllegalArgumentException|IllegalStateException|IOException|FileNotFoundException|NoSuchFileException|UncheckedIOException)"
                    + "\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    /** User-facing exceptions built from English text instead of a key. */
    static List<String> coreFindings(String source, String file) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = KEYED.matcher(lines[i]);
            while (m.find()) {
                String literal = m.group(2);
                if (!KEY.matcher(literal).matches() && LETTER.matcher(literal).find())
                    out.add(file + ":" + (i + 1) + ": " + m.group(1) + " with text \"" + literal + "\"");
            }
        }
        return out;
    }

    /** In user-input code: plain exceptions whose message is English text. */
    static List<String> plainFindings(String source, String file) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        String name = Path.of(file).getFileName().toString();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLAIN_THROW.matcher(lines[i]);
            while (m.find()) {
                String hit = name + ": " + m.group(1);
                if (LETTER.matcher(m.group(1)).find() && INTERNAL.stream().noneMatch(hit::startsWith)) out.add(file + ":" + (i + 1) + ": " + m.group(1));
            }
        }
        return out;
    }

    @Test
    void theCoreScannerCatchesEnglishMessagesAndLetsKeysThrough() {
        String sample = """
                throw new ImportException("Sheet " + name + " is empty");
                throw new GeoReadException(file, "contains no polygons");
                throw new InvalidInputException("core.classify.noValues");
                throw new GeoReadException(file, Text.of("core.geo.noPolygons"));
                throw new ImportException(Text.of("core.import.empty", name));
                """;
        List<String> f = coreFindings(sample, "Sample.java");
        assertEquals(2, f.size(), String.join("\n", f));
        List<String> p = plainFindings("""
                throw new IllegalArgumentException("weights must be queen");
                throw new IllegalStateException(e);
                if (x) throw new IllegalArgumentException("bad counts");
                """, "geo/ShapefileReader.java");
        assertEquals(1, p.size(), String.join("\n", p));
    }

    @Test
    void theCoreTellsUsersWhatIsWrongInTheirLanguage() throws IOException {
        Path core = Path.of("src/main/java/kz/aimaq/core");
        java.util.Properties en = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages.properties"))) { en.load(in); }
        List<String> found = new ArrayList<>();
        int keys = 0, inputFiles = 0;
        try (Stream<Path> s = Files.walk(core)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                String file = core.relativize(p).toString().replace('\\', '/');
                String src = Files.readString(p);
                found.addAll(coreFindings(src, file));
                Matcher k = KEY_USE.matcher(src);
                while (k.find()) {
                    keys++;
                    if (!en.containsKey(k.group(1))) found.add(file + ": key " + k.group(1) + " is not in messages.properties");
                }
                if (USER_INPUT.stream().anyMatch(file::startsWith)) {
                    inputFiles++;
                    found.addAll(plainFindings(src, file));
                }
            }
        }
        assertTrue(keys > 100, "found the core's message keys: " + keys);
        assertTrue(inputFiles >= 25, "scanned the parsers of user input: " + inputFiles);
        assertTrue(found.isEmpty(), "give these messages a key in i18n/messages*.properties (# --- core messages) "
                + "and throw a keyed exception (core.i18n.InvalidInputException, Text.of):\n" + String.join("\n", found));
    }

    @Test
    void theScannerCatchesLiteralsAndLetsKeysAndSymbolsThrough() {
        String sample = """
                Label a = new Label("Year");
                b.setText("Pause");
                stage.setTitle("Aimaq — map");
                field.setPromptText("2024, 2025");
                var f = new FileChooser.ExtensionFilter("Shapefile / GeoJSON", "*.shp");
                Alert x = new Alert(Alert.AlertType.ERROR, "Could not open", ButtonType.OK);
                Button play = new Button("▶");
                close.setText("✕");
                Label ok = new Label(m.get("controls.year"));
                l.setText(String.valueOf(2024));
                """;
        List<String> f = findings(sample, "Sample.java");
        assertEquals(5, f.size(), String.join("\n", f));
        assertTrue(f.getFirst().contains("Sample.java:1: \"Year\""));
    }

    @Test
    void theUserInterfaceHasNoHardCodedText() throws IOException {
        Path ui = Path.of("src/main/java/kz/aimaq/ui");
        assertTrue(Files.isDirectory(ui), "run from the project folder");
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(ui)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
                files++;
                found.addAll(findings(Files.readString(p), ui.relativize(p).toString()));
            }
        }
        assertTrue(files >= 8, "scanned the UI sources: " + files);
        assertTrue(found.isEmpty(), "move these texts into i18n/messages*.properties:\n" + String.join("\n", found));
    }
}
