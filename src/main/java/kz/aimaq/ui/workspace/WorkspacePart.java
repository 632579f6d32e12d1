package kz.aimaq.ui.workspace;

import kz.aimaq.core.workspace.Workspace;

/**
 * A feature's share of the saved work (groupings, scenarios, imported tables, index specs).
 * Register it with {@link WorkspaceFeature#register}; sections no part claims are kept as they
 * were read, so saving never drops work of a feature this build does not have.
 */
public interface WorkspacePart {
    /** The workspace with this feature's current section written into it (e.g. {@code ws.withGroupings(...)}). */
    Workspace saveInto(Workspace ws);

    /** Shows the feature's section of an opened (or new, empty) workspace. Called on the FX thread. */
    void restoreFrom(Workspace ws);
}
