package kz.aimaq.ui.data;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.common.AppContext;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * File → Import table… and dropped CSV/Excel files: the import dialog, then the new indicator on
 * the map. A GeoPackage picked here imports its attribute tables (one "sheet" per table); dropped
 * on the window it opens as boundaries, as a shapefile does.
 */
public final class ImportFeature {
    private ImportFeature() {}

    public static void install(AppContext w) {
        MenuItem item = new MenuItem(w.messages().get("menu.file.importTable"));
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        item.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(w.messages().get("menu.file.importTable"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(w.messages().get("filter.tablesGpkg"), "*.csv", "*.txt", "*.xlsx", "*.xls", "*.gpkg"));
            File f = kz.aimaq.ui.common.LastFolder.open(fc, w.root().getScene().getWindow());
            if (f != null) open(w, f.toPath());
        });
        var items = w.fileMenu().getItems();
        items.add(1, item);
        w.setOtherFileHandler(f -> {
            String n = f.getName().toLowerCase(Locale.ROOT);
            if (!(n.endsWith(".csv") || n.endsWith(".txt") || n.endsWith(".xlsx") || n.endsWith(".xls"))) return false;
            open(w, f.toPath());
            return true;
        });
    }

    static void open(AppContext w, Path file) {
        MapViewModel vm = w.viewModel();
        ImportDialog.showAndReport(w.root().getScene().getWindow(), vm.data(), file, w.messages().lang())
                .ifPresent(applied -> {
                    adoptNewIndicators(vm, applied.data());
                    w.openViewBesideMap("import-report", applied.reportTitle(), applied.report());
                });
    }

    /** Moves indicators the dialog added into the window's data, and shows the last one. */
    static void adoptNewIndicators(MapViewModel vm, IndicatorData result) {
        Indicator last = null;
        for (Indicator i : result.catalog().all()) {
            if (vm.data().catalog().byId(i.id()).isPresent() && vm.data().catalog().require(i.id()).equals(i)) continue;
            List<Observation> obs = new ArrayList<>();
            for (int y : result.years(i.id())) obs.addAll(result.year(i.id(), y).values());
            vm.addIndicator(i, obs);
            last = i;
        }
        if (last != null) vm.indicatorProperty().set(vm.data().catalog().require(last.id()));
    }
}
