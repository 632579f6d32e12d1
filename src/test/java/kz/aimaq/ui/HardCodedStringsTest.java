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
