package kz.aimaq.ui.shell;

/**
 * Plugs the feature panels (groups, scenarios, analysis, import, export) into the window. One
 * place, so the shell itself stays small and each feature stays in its own package.
 */
public final class Features {
    private Features() {}

    public static void install(MainWindow w) {
        kz.aimaq.ui.data.ImportFeature.install(w);
        var groups = kz.aimaq.ui.group.GroupFeature.installWithPanelOnShow(w);
        var scenarios = kz.aimaq.ui.scenario.ScenarioFeature.install(w, () -> groups.getGrouping());
        var analysis = kz.aimaq.ui.analysis.AnalysisFeature.installWithPanelOnShow(w);
        kz.aimaq.ui.disparity.DisparityFeature.install(w, () -> scenarios.get() == null ? null : scenarios.get().viewModel().resultProperty().get(), () -> groups.getGrouping());
        var export = kz.aimaq.ui.export.ExportFeature.install(w);
        kz.aimaq.ui.export.LayerExportFeature.install(w);
        kz.aimaq.ui.passport.PassportFeature.install(w);
        kz.aimaq.ui.guide.GuideFeature.install(w);
        export.setScenarioRuns(
                () -> scenarios.get() == null ? null : scenarios.get().viewModel().resultProperty().get(),
                () -> scenarios.get() == null ? null : scenarios.get().viewModel().comparisonProperty().get());
        kz.aimaq.ui.table.DataTableFeature.install(w);
        var workshop = kz.aimaq.ui.workshop.WorkshopFeature.install(w);
        workshop.restoresGroupings(() -> groups.getGrouping(), groups::load);
        var workspace = kz.aimaq.ui.workspace.WorkspaceFeature.install(w);
        workspace.register(kz.aimaq.ui.workspace.WorkspaceParts.groupings(groups, workspace::changed))
                .register(kz.aimaq.ui.workspace.WorkspaceParts.compositeIndex(analysis, workspace::changed))
                .register(new kz.aimaq.ui.scenario.ScenarioSettingsPart(scenarios, workspace::changed))
                .register(workshop.part(workspace::changed));
    }
}
