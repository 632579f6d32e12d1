package kz.aimaq.ui.table;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.common.AppContext;

import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Data → Data table (Shortcut+T): the mapped values as a table in the main area, linked with the
 * map both ways. Selected rows are outlined on the map (on screen only, never in an export);
 * clicking a region on the map selects its row.
 */
public final class DataTableFeature {
    public static final String VIEW_ID = "data-table";
    private final AppContext app;
    private final Messages m;
    private final DataTableViewModel model;
    private DataTableView view;
    /** True while the table follows a click on the map, so the selection does not echo back. */
    private boolean following;

    private DataTableFeature(AppContext app) {
        this.app = app;
        this.m = app.messages();
        this.model = new DataTableViewModel(app.viewModel(), m);
        model.setActive(false); // until the table is open, see view()
    }

    public static DataTableFeature install(AppContext app) {
        DataTableFeature f = new DataTableFeature(app);
        Menu menu = new Menu(f.m.get("menu.data"));
        MenuItem open = new MenuItem(f.m.get("datatable.open"));
        open.setId("menu-datatable");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        open.setOnAction(e -> f.open());
        menu.getItems().add(open);
        app.addMenu(menu);
        app.map().addOnRegionClicked(r -> { if (f.view != null && f.view.getScene() != null) f.selectFromMap(r.code()); });
        return f;
    }

    public DataTableViewModel viewModel() { return model; }

    /** The view, created on first use. */
    public DataTableView view() {
        if (view == null) {
            view = new DataTableView(model);
            // the rows follow the map while the table is open (in any tab, shown or not, or a window)
            view.sceneProperty().addListener((o, a, scene) -> model.setActive(scene != null));
            view.save.setOnAction(e -> saveDialog());
            view.onSelection(codes -> {
                if (following) return;
                Set<String> now = new HashSet<>(codes);
                if (!now.equals(app.map().marked())) {
                    app.map().marked().retainAll(now);
                    app.map().marked().addAll(now);
                }
            });
        }
        return view;
    }

    /** Shows the table beside the map. */
    public void open() {
        var tab = app.openView(VIEW_ID, m.get("datatable.title"), view());
        tab.setOnClosed(e -> app.map().marked().clear());
    }

    private void selectFromMap(String code) {
        following = true;
        try {
            view.select(code);
        } finally {
            following = false;
        }
        app.map().marked().retainAll(Set.of(code));
        app.map().marked().add(code);
    }

    private void saveDialog() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("datatable.save"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("datatable.filter.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(m.get("datatable.filter.csv"), "*.csv"));
        String ind = model.indicator() == null ? "table" : model.indicator().id();
        fc.setInitialFileName(ind + "-" + model.year() + ".xlsx");
        File f = kz.aimaq.ui.common.LastFolder.save(fc, view.getScene() == null ? null : view.getScene().getWindow());
        if (f == null) return;
        try {
            TableSaving.write(model, view.shownInOrder(), f.toPath());
        } catch (kz.aimaq.core.io.ExportException e) {
            app.showError(e.message(m));
        } catch (java.io.IOException | RuntimeException e) {
            app.showError(m.format("datatable.save.error", f.getName(), String.valueOf(e.getMessage())));
        }
    }

    /** The rows of the view as shown (filtered and sorted), for tests and saving. */
    public List<TableRow> shownRows() { return view().shownInOrder(); }
}
