package kz.aimaq.core.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings a workspace file written by an older version up to {@link Workspace#VERSION}, one
 * version at a time, so every old file keeps opening. 1 → 2 adds the (empty) list of saved views.
 */
final class WorkspaceMigrations {
    /** Version n → the step that turns a version-n tree into a version-(n+1) tree. */
    private static final Map<Integer, UnaryOperator<ObjectNode>> STEPS = Map.of(1, WorkspaceMigrations::from1to2);

    private WorkspaceMigrations() {}

    /** Version 1 had no saved views: an empty list, so the project opens with none. */
    static ObjectNode from1to2(ObjectNode n) {
        if (!n.path("views").isArray()) n.putArray("views");
        return n;
    }

    static ObjectNode upgrade(ObjectNode node, int fromVersion) {
        ObjectNode n = node;
        for (int v = fromVersion; v < Workspace.VERSION; v++) {
            UnaryOperator<ObjectNode> step = STEPS.get(v);
            if (step == null) throw new IllegalStateException("no migration from workspace version " + v);
            n = step.apply(n);
        }
        n.put("version", Workspace.VERSION);
        return n;
    }
}
