package kz.aimaq.ui.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.GroupingFiles;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.workspace.Workspace;
import kz.aimaq.ui.group.GroupViewModel;

import java.io.IOException;

/**
 * The feature sections that are wired into projects. Each saves its state in the feature's own
 * file format, so a section of a project reads exactly like the feature's own file.
 */
public final class WorkspaceParts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkspaceParts() {}

    /**
     * The macro-region grouping: {@code groupings} holds one {@code aimaq-grouping} document
     * (docs/groupings.md). A project without one shows the default grouping.
     */
    public static WorkspacePart groupings(GroupViewModel groups, Runnable changed) {
        groups.groupingProperty().addListener((o, a, b) -> changed.run());
        return new WorkspacePart() {
            @Override public Workspace saveInto(Workspace ws) {
                Grouping g = groups.getGrouping();
                if (g == null) return ws;
                try {
                    ArrayNode a = JsonNodeFactory.instance.arrayNode();
                    a.add(JSON.readTree(GroupingFiles.toJson(g)));
                    return ws.withGroupings(a);
                } catch (IOException e) {
                    throw new IllegalStateException("grouping did not serialise", e);
                }
            }

            @Override public void restoreFrom(Workspace ws) {
                JsonNode first = ws.groupings().path(0);
                if (first.isMissingNode()) {
                    groups.restoreDefault();
                    return;
                }
                try {
                    groups.load(GroupingFiles.parse(first.toString(), "project", RegionCatalog.bundled()));
                } catch (IOException e) {
                    groups.restoreDefault(); // the rest of the project still opens; the grouping section was not usable
                }
            }
        };
    }

    /**
     * The composite-index builder: {@code compositeIndices} holds its spec as
     * {@code IndexSpecJson} writes it (docs/analysis.md). The computed values travel as an
     * added indicator in {@code importedTables}, so the map shows the index on reopening.
     */
    public static WorkspacePart compositeIndex(kz.aimaq.ui.analysis.AnalysisViewModel analysis, Runnable changed) {
        analysis.indexIdProperty().addListener((o, a, b) -> changed.run());
        analysis.indexNameProperty().addListener((o, a, b) -> changed.run());
        analysis.normalisationProperty().addListener((o, a, b) -> changed.run());
        analysis.aggregationProperty().addListener((o, a, b) -> changed.run());
        analysis.indexResultProperty().addListener((o, a, b) -> changed.run());
        analysis.components().addListener((javafx.collections.ListChangeListener<Object>) c -> changed.run());
        return new WorkspacePart() {
            @Override public Workspace saveInto(Workspace ws) {
                try {
                    ArrayNode a = JsonNodeFactory.instance.arrayNode();
                    a.add(JSON.readTree(kz.aimaq.core.analysis.IndexSpecJson.write(analysis.spec())));
                    return ws.withCompositeIndices(a);
                } catch (IOException | RuntimeException e) {
                    return ws; // a half-edited builder (no components yet) has no spec to keep
                }
            }

            @Override public void restoreFrom(Workspace ws) {
                JsonNode first = ws.compositeIndices().path(0);
                if (first.isMissingNode()) return; // nothing saved: the builder keeps its current rows
                try {
                    analysis.load(kz.aimaq.core.analysis.IndexSpecJson.parse(first.toString()));
                } catch (RuntimeException e) {
                    // an unreadable spec leaves the builder as it is; the rest of the project opens
                }
            }
        };
    }
}
