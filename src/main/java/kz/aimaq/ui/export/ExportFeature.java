package kz.aimaq.ui.export;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.export.PptxDeck;
import kz.aimaq.core.export.ScenarioComparison;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.scenario.Trajectory;
import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.LegendBlock;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.common.AppContext;
import org.controlsfx.control.Notifications;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * File → Export map… (Ctrl+E) and File → Copy map to clipboard (Ctrl+Shift+C). Both draw with the
 * export painter, so what is saved or pasted matches the screen. Writing runs off the UI thread;
 * failures are one short message.
 */
public final class ExportFeature {
    private final AppContext window;
    private final Messages m;
    /** The scenario panel's current and comparison runs (null until both exist), for the comparison deck. */
    private Supplier<Trajectory> currentRun = () -> null, comparisonRun = () -> null;

    private ExportFeature(AppContext window) {
        this.window = window;
        this.m = window.messages();
    }

    public static ExportFeature install(AppContext w) {
        ExportFeature f = new ExportFeature(w);
        MenuItem export = new MenuItem(f.m.get("menu.file.export"));
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> f.openDialog());
        MenuItem copy = new MenuItem(f.m.get("menu.file.copy"));
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copy.setOnAction(e -> f.copyToClipboard());
        MenuItem animation = new MenuItem(f.m.get("menu.file.exportAnimation"));
        animation.setOnAction(e -> f.openAnimationDialog());
        MenuItem deck = new MenuItem(f.m.get("menu.file.exportDeck"));
        deck.setOnAction(e -> f.exportComparisonDeck());
        var items = w.fileMenu().getItems();
        // before "Exit" and its separator, whatever other features added above
        int at = Math.max(0, items.size() - 2);
        items.addAll(at, List.of(new SeparatorMenuItem(), export, animation, copy, deck));
        return f;
    }

    /**
     * Lets File → Export scenario comparison deck… use the scenario panel's runs: e.g.
     * {@code export.setScenarioRuns(() -> vm.resultProperty().get(), () -> vm.comparisonProperty().get())}.
     */
    public void setScenarioRuns(Supplier<Trajectory> current, Supplier<Trajectory> comparison) {
        currentRun = current == null ? () -> null : current;
        comparisonRun = comparison == null ? () -> null : comparison;
    }

    /** The two runs' deck: both end-year maps, trajectories chart, end-year table (see {@link PptxDeck}). */
    void exportComparisonDeck() {
        Trajectory a = currentRun.get(), b = comparisonRun.get();
        if (a == null || b == null || a.end().year() != b.end().year()) {
            window.showError(m.get("export.deckNeedsTwo"));
            return;
        }
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle(m.get("menu.file.exportDeck"));
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PowerPoint", "*.pptx"));
        fc.setInitialFileName((a.scenario().name() + " - " + b.scenario().name()).replaceAll("[\\\\/:*?\"<>|]", " ") + ".pptx");
        java.io.File file = kz.aimaq.ui.common.LastFolder.save(fc, owner());
        if (file == null) return;
        Path out = file.getName().toLowerCase().endsWith(".pptx") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".pptx");
        var data = window.viewModel().data();
        String lang = m.lang();
        run(out, () -> {
            PreparedLayer oblasts = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
            PptxDeck.writeComparison(ScenarioComparison.of(a, b, oblasts, data, lang), out);
        });
    }

    /** The view model of the current map, or null when nothing is drawn yet. */
    ExportViewModel viewModel() {
        var model = window.viewModel().modelProperty().get();
        if (model == null) return null;
        return new ExportViewModel(model);
    }

    private Window owner() { return window.root().getScene() == null ? null : window.root().getScene().getWindow(); }

    void openDialog() {
        ExportViewModel vm = viewModel();
        if (vm == null) { window.showError(m.get("export.noMap")); return; }
        new ExportDialog(owner(), vm, m).showAndWait().ifPresent(path -> write(vm, path));
    }

    /** The current indicator over a range of years as an animated GIF; the dialog runs and shows the export. */
    AnimationViewModel animationViewModel() {
        MapViewModel map = window.viewModel();
        Indicator ind = map.indicatorProperty().get();
        if (ind == null || map.modelProperty().get() == null) return null;
        return new AnimationViewModel(map.data(), ind, map.levelProperty().get(), !map.todaysTerritoryProperty().get(),
                map.specProperty().get(), m, Platform::runLater);
    }

    void openAnimationDialog() {
        AnimationViewModel vm = animationViewModel();
        if (vm == null) { window.showError(m.get("export.noMap")); return; }
        new AnimationDialog(owner(), vm, m).show();
    }

    private void write(ExportViewModel vm, Path path) {
        run(path, () -> vm.export(path));
    }

    private interface Job { void run() throws Exception; }

    /** Runs an export off the UI thread; success is a passing note, failure one short message. */
    private void run(Path path, Job job) {
        Thread t = new Thread(() -> {
            try {
                job.run();
                Platform.runLater(() -> notifyDone(m.format("export.saved", path.getFileName().toString())));
            } catch (IllegalArgumentException e) {
                Platform.runLater(() -> window.showError(m.get("export.badSize")));
            } catch (Exception e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> window.showError(m.format("export.failed", why)));
            }
        }, "aimaq-export");
        t.setDaemon(true);
        t.start();
    }

    /** The map with its default frame at slide size, as an image on the system clipboard. */
    void copyToClipboard() {
        ExportViewModel vm = viewModel();
        if (vm == null) { window.showError(m.get("export.noMap")); return; }
        BufferedImage img = PngExporter.render(vm.scene(), 1920, 1080);
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(img, null));
        Clipboard.getSystemClipboard().setContent(content);
        notifyDone(m.get("export.copied"));
    }

    private void notifyDone(String text) {
        try {
            Notifications.create().text(text).owner(owner()).hideAfter(javafx.util.Duration.seconds(3)).showInformation();
        } catch (RuntimeException e) {
            // no window to anchor the note to (e.g. closing): the file is written, nothing else to say
        }
    }
}
