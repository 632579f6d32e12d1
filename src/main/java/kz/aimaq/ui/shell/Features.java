package kz.aimaq.ui.shell;

/**
 * Plugs the feature panels (groups, scenarios, analysis, import, export) into the window. One
 * place, so the shell itself stays small and each feature stays in its own package.
 */
public final class Features {
    private Features() {}

    public static void install(MainWindow w) {
        // features register here
        kz.aimaq.ui.workspace.WorkspaceFeature.install(w);
    }
}
