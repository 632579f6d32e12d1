package kz.aimaq.core.map;

import java.util.List;

/**
 * The words around a map, derived from what it shows and worded in its language: the default
 * title and subtitle of an export, the source lines (data source, then the method where a method
 * made the colours) and the boundary attribution the licence requires.
 */
public record MapFrame(String title, String subtitle, List<String> sourceLines, String attribution) {
    public MapFrame {
        sourceLines = List.copyOf(sourceLines);
    }

    /** The source lines as the painter's footer takes them: one per line. */
    public String sourceText() { return String.join("\n", sourceLines); }
}
