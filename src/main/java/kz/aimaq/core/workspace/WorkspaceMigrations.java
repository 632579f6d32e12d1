package kz.aimaq.core.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings a workspace file written by an older version up to {@link Workspace#VERSION}, one
 * version at a time, so every old file keeps opening. Version 1 is the first, so the table is
 * empty; when version 2 changes a field, add {@code 1, WorkspaceMigrations::from1to2}.
 */
final class WorkspaceMigrations {
    /** Version n → the step that turns a version-n tree into a version-(n+1) tree. */
    private static final Map<Integer, UnaryOperator<ObjectNode>> STEPS = Map.of();

    private WorkspaceMigrations() {}

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
