package kz.aimaq.ui.export;

import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.io.ExportException;
import kz.aimaq.core.layer.LayerFiles;
import kz.aimaq.core.layer.ThematicLayer;
import kz.aimaq.core.layer.ThematicLayers;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.ui.common.AppContext;
import org.controlsfx.control.Notifications;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * File → Export layer…: the indicator map on screen (its boundaries, year, classes, colours and
 * macro-region overlay) as a GeoPackage, GeoJSON or shapefile for QGIS, with the QGIS style
 * ({@code .qml}) beside it, as {@code aimaq export-layer} writes it. The file is written off the
 * UI thread; the dialog opens in the folder last used; a failure is one short message.
 */
public final class LayerExportFeature {
    private final AppContext window;
    private final Messages m;

    private LayerExportFeature(AppContext window) {
        this.window = window;
        this.m = window.messages();
    }

    public static LayerExportFeature install(AppContext w) {
        LayerExportFeature f = new LayerExportFeature(w);
        MenuItem item = new MenuItem(f.m.get("menu.file.exportLayer"));
        item.setOnAction(e -> f.openDialog());
        var items = w.fileMenu().getItems();
        // after "Export map…" when it is there, else before "Exit" and its separator
        int at = -1;
        for (int i = 0; i < items.size(); i++) if (f.m.get("menu.file.export").equals(items.get(i).getText())) at = i + 1;
        items.add(at >= 0 ? at : Math.max(0, items.size() - 2), item);
        return f;
    }

    /** The layer of the map on screen; empty (with the reason told to the user) when there is none to export. */
    java.util.Optional<ThematicLayer> layer() {
        MapModel model = window.viewModel().modelProperty().get();
        if (model == null) { window.showError(m.get("export.noMap")); return java.util.Optional.empty(); }
        try {
            return java.util.Optional.of(ThematicLayers.of(model, null));
        } catch (IllegalArgumentException e) {
            window.showError(m.get("layerExport.notIndicator"));
            return java.util.Optional.empty();
        }
    }

    void openDialog() {
        var layer = layer();
        if (layer.isEmpty()) return;
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("menu.file.exportLayer"));
        FileChooser.ExtensionFilter gpkg = new FileChooser.ExtensionFilter(m.get("layerExport.filter.gpkg"), "*.gpkg");
        FileChooser.ExtensionFilter geojson = new FileChooser.ExtensionFilter(m.get("layerExport.filter.geojson"), "*.geojson");
        FileChooser.ExtensionFilter shp = new FileChooser.ExtensionFilter(m.get("layerExport.filter.shp"), "*.shp");
        fc.getExtensionFilters().addAll(gpkg, geojson, shp);
        fc.setSelectedExtensionFilter(gpkg);
        fc.setInitialFileName(layer.get().name() + ".gpkg");
        File f = kz.aimaq.ui.common.LastFolder.save(fc, owner());
        if (f == null) return;
        String ext = fc.getSelectedExtensionFilter() == shp ? "shp" : fc.getSelectedExtensionFilter() == geojson ? "geojson" : "gpkg";
        Path file = withExtension(f.toPath(), ext);
        write(layer.get(), file);
    }

    /** A name without a layer extension gets the chosen filter's. */
    static Path withExtension(Path file, String ext) {
        return LayerFiles.formatOf(file).isPresent() ? file : file.resolveSibling(file.getFileName() + "." + ext.toLowerCase(Locale.ROOT));
    }

    private void write(ThematicLayer layer, Path file) {
        Thread t = new Thread(() -> {
            try {
                List<Path> written = LayerFiles.write(layer, file);
                String names = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
                Platform.runLater(() -> notifyDone(m.format("layerExport.saved", names)));
            } catch (ExportException e) {
                Platform.runLater(() -> window.showError(e.message(m)));
            }
        }, "aimaq-export-layer");
        t.setDaemon(true);
        t.start();
    }

    private void notifyDone(String text) {
        Window owner = owner();
        if (owner == null) return;
        try {
            Notifications.create().text(text).owner(owner).hideAfter(javafx.util.Duration.seconds(4)).showInformation();
        } catch (RuntimeException e) {
            // no window to anchor the note to (closing): the files are written
        }
    }

    private Window owner() { return window.root().getScene() == null ? null : window.root().getScene().getWindow(); }
}
