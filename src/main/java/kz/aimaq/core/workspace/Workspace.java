package kz.aimaq.core.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.List;

/**
 * Everything the user made that is worth keeping between sessions, as saved in one
 * {@code .aimaq} file (see {@code docs/workspace-format.md}). Images are not part of it: they
 * are re-rendered from these settings.
 *
 * <p>The sections owned by features that define their own JSON (import mappings, groupings,
 * scenarios, composite-index specs) are kept as JSON trees: the workspace carries them
 * faithfully without depending on those features' classes, and each feature reads its own
 * section with its own reader. Every section is an array, empty when unused (never null).
 *
 * @param format       always {@value #FORMAT}; tells a workspace from any other JSON file
 * @param version      format version the file was written with; see {@link WorkspaceFiles#load}
 * @param boundaryFile a boundary file the user opened instead of the bundled map, or null
 * @param views        the workshop's saved views, in presentation order (since version 2)
 */
public record Workspace(String format, int version, MapSettings map, String boundaryFile,
                        List<ImportedTable> importedTables, JsonNode importMappings, JsonNode groupings,
                        JsonNode scenarios, JsonNode compositeIndices, List<SavedView> views) {
    public static final String FORMAT = "aimaq-workspace";
    /**
     * The version this build writes. Raise it only for changes older readers would misread.
     * 2: saved views ({@code views}); a version-1 build would drop them silently on its next save,
     * so it refuses a version-2 file instead.
     */
    public static final int VERSION = 2;

    public Workspace {
        if (map == null) map = MapSettings.defaults("en");
        importedTables = importedTables == null ? List.of() : List.copyOf(importedTables);
        importMappings = arrayOrEmpty(importMappings);
        groupings = arrayOrEmpty(groupings);
        scenarios = arrayOrEmpty(scenarios);
        compositeIndices = arrayOrEmpty(compositeIndices);
        views = views == null ? List.of() : List.copyOf(views);
    }

    /** As before version 2: no saved views. */
    public Workspace(String format, int version, MapSettings map, String boundaryFile, List<ImportedTable> importedTables,
                     JsonNode importMappings, JsonNode groupings, JsonNode scenarios, JsonNode compositeIndices) {
        this(format, version, map, boundaryFile, importedTables, importMappings, groupings, scenarios, compositeIndices, List.of());
    }

    /** A workspace holding only map settings (what File → New gives). */
    public static Workspace of(MapSettings map) {
        return new Workspace(FORMAT, VERSION, map, null, List.of(), null, null, null, null);
    }

    public Workspace withMap(MapSettings m) {
        return new Workspace(format, version, m, boundaryFile, importedTables, importMappings, groupings, scenarios, compositeIndices, views);
    }

    public Workspace withBoundaryFile(String f) {
        return new Workspace(format, version, map, f, importedTables, importMappings, groupings, scenarios, compositeIndices, views);
    }

    public Workspace withImportedTables(List<ImportedTable> t) {
        return new Workspace(format, version, map, boundaryFile, t, importMappings, groupings, scenarios, compositeIndices, views);
    }

    public Workspace withImportMappings(JsonNode n) {
        return new Workspace(format, version, map, boundaryFile, importedTables, n, groupings, scenarios, compositeIndices, views);
    }

    public Workspace withGroupings(JsonNode n) {
        return new Workspace(format, version, map, boundaryFile, importedTables, importMappings, n, scenarios, compositeIndices, views);
    }

    public Workspace withScenarios(JsonNode n) {
        return new Workspace(format, version, map, boundaryFile, importedTables, importMappings, groupings, n, compositeIndices, views);
    }

    public Workspace withCompositeIndices(JsonNode n) {
        return new Workspace(format, version, map, boundaryFile, importedTables, importMappings, groupings, scenarios, n, views);
    }

    public Workspace withViews(List<SavedView> v) {
        return new Workspace(format, version, map, boundaryFile, importedTables, importMappings, groupings, scenarios, compositeIndices, v);
    }

    private static JsonNode arrayOrEmpty(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? JsonNodeFactory.instance.arrayNode() : n;
    }
}
