package kz.aimaq.ui.disparity;

import javafx.scene.control.Menu;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.Trajectory;
import kz.aimaq.ui.common.AppContext;

import java.util.function.Supplier;

/**
 * Plugs the disparity monitor into the main window: a "Disparities" menu whose item opens the
 * monitor as a main-area view (ten small charts need more room than a side tab; the view can be
 * detached into a window of its own). Call once from
 * {@code Features.install}.
 */
public final class DisparityFeature {
    private DisparityFeature() {}

    /**
     * @param scenario the latest scenario run (may give null), to continue the history
     * @param grouping the groups panel's grouping for Theil's split (may give null: the default preset)
     */
    public static DisparityViewModel install(AppContext w, Supplier<Trajectory> scenario, Supplier<Grouping> grouping) {
        var m = w.messages();
        Supplier<Grouping> groups = () -> { Grouping g = grouping == null ? null : grouping.get(); return g != null ? g : Groupings.defaultGrouping(); };
        DisparityViewModel vm = new DisparityViewModel(w.viewModel().data(), groups, scenario == null ? () -> null : scenario, m.lang());
        Menu menu = new Menu(m.get("disparity.menu"));
        menu.setId("disparity-menu");
        var open = new javafx.scene.control.MenuItem(m.get("disparity.menu.open"));
        open.setId("disparity-open");
        DisparityView[] view = new DisparityView[1];
        open.setOnAction(e -> {
            if (view[0] == null) view[0] = new DisparityView(vm, m, w::showError);
            vm.refresh(); // the grouping or the scenario run may have changed since the last look
            // a view in the main area (beside the map or detached into a window from its tab)
            w.openView("disparity", m.get("disparity.tab"), view[0]);
        });
        menu.getItems().add(open);
        w.addMenu(menu);
        return vm;
    }
}
