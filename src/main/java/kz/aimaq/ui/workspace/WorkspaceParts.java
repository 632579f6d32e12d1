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
}
