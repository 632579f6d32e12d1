package kz.aimaq.ui.disparity;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.Trajectory;
import kz.aimaq.ui.common.AppContext;

import java.util.function.Supplier;

/**
 * Plugs the disparity monitor into the main window: a "Disparities" menu whose item opens the
 * monitor in its own window (ten small charts need more room than a side tab). Call once from
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
        Stage[] window = new Stage[1];
        open.setOnAction(e -> {
            if (window[0] == null) {
                Stage s = new Stage();
                s.initOwner(w.map().getScene() == null ? null : w.map().getScene().getWindow());
                s.setTitle(m.get("disparity.window.title"));
                s.setScene(new Scene(new DisparityView(vm, m, w::showError), 1400, 820));
                var css = DisparityFeature.class.getResource("/ui/aimaq.css");
                if (css != null) s.getScene().getStylesheets().add(css.toExternalForm());
                window[0] = s;
            }
            vm.refresh(); // the grouping or the scenario run may have changed since the last look
            window[0].show();
            window[0].toFront();
        });
        menu.getItems().add(open);
        w.addMenu(menu);
        return vm;
    }
}
