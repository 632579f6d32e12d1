package kz.aimaq.ui.passport;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.export.PassportPdf;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.ui.common.AppContext;
import org.controlsfx.control.Notifications;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Right-click a region on the map → Region passport… (save as PDF or PPTX); File → Export atlas…
 * (all 20 regions after a contents page) with a progress window and Cancel. Writing runs off the FX
 * thread; a success is a passing note, a failure one short message.
 */
public final class PassportFeature {
    private final AppContext ctx;
    private final Messages m;
    /** Asks where to save: (dialog title, suggested name) → file, or empty when the user cancels. Tests replace it. */
    BiFunction<String, String, Optional<Path>> chooser = this::choose;
    /** The menu last shown on the map and the atlas's progress window, for tests. */
    ContextMenu lastMenu;
    Stage progressWindow;
    /** The last atlas, its pages done and whether it still runs (read by tests from their own thread). */
    Task<Void> atlasTask;
    volatile int pagesDone;
    volatile boolean atlasRunning;
    Thread atlasThread;

    private PassportFeature(AppContext ctx) {
        this.ctx = ctx;
        this.m = ctx.messages();
    }

    public static PassportFeature install(AppContext ctx) {
        PassportFeature f = new PassportFeature(ctx);
        ctx.map().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, f::contextMenu);
        MenuItem atlas = new MenuItem(f.m.get("atlas.menu"));
        atlas.setOnAction(e -> f.exportAtlas());
        var items = ctx.fileMenu().getItems();
        // before "Exit" and its separator, whatever other features added above
        items.add(Math.max(0, items.size() - 2), atlas);
        return f;
    }

    private void contextMenu(ContextMenuEvent e) {
        MapRegion r = ctx.map().regionAt(e.getX(), e.getY());
        if (r == null || !PassportViewModel.hasPassport(r.code())) return;
        MenuItem passport = new MenuItem(m.get("passport.menu"));
        passport.setOnAction(a -> exportPassport(r.code()));
        if (lastMenu != null) lastMenu.hide();
        lastMenu = new ContextMenu(passport);
        lastMenu.show(ctx.map(), e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private String name(String kato) {
        return RegionCatalog.bundled().byKato(kato).map(r -> r.name(m.lang())).orElse(kato);
    }

    /** Region passport…: asks for the file, writes it in the background. */
    void exportPassport(String kato) {
        String name = name(kato);
        Optional<Path> file = chooser.apply(m.format("passport.save.title", name), safe(name) + ".pdf");
        if (file.isEmpty()) return;
        Path out = PassportViewModel.withExtension(file.get());
        PassportViewModel vm = new PassportViewModel(ctx.viewModel().data(), m.lang());
        Thread t = new Thread(() -> {
            try {
                vm.passport(kato, out);
                Platform.runLater(() -> note(m.format("passport.saved", out.getFileName().toString())));
            } catch (Exception ex) {
                Platform.runLater(() -> ctx.showError(m.format("passport.failed", why(ex))));
            }
        }, "aimaq-passport");
        t.setDaemon(true);
        t.start();
    }

    /** File → Export atlas…: asks for the file, then writes page by page with progress and Cancel. */
    void exportAtlas() {
        if (atlasThread != null && atlasThread.isAlive()) {
            // one atlas at a time (a cancelled one stops after its current page)
            if (progressWindow != null && progressWindow.isShowing()) progressWindow.toFront();
            return;
        }
        Optional<Path> file = chooser.apply(m.get("atlas.save.title"), safe(m.get("atlas.title")) + ".pdf");
        if (file.isEmpty()) return;
        Path out = PassportViewModel.withExtension(file.get());
        PassportViewModel vm = new PassportViewModel(ctx.viewModel().data(), m.lang());
        Task<Void> task = new Task<>() {
            @Override protected Void call() throws Exception {
                vm.atlas(out, new PassportPdf.Progress() {
                    @Override public void done(int pages, int total) {
                        pagesDone = pages;
                        updateProgress(pages, total);
                        updateMessage(m.format("atlas.progress", String.valueOf(pages), String.valueOf(total)));
                    }

                    @Override public boolean cancelled() { return isCancelled(); }
                });
                return null;
            }
        };
        Stage w = progressWindow(task);
        pagesDone = 0;
        atlasRunning = true;
        task.runningProperty().addListener((o, was, now) -> { if (!now) atlasRunning = false; });
        task.setOnSucceeded(e -> { w.close(); note(m.format("atlas.saved", out.getFileName().toString())); });
        task.setOnCancelled(e -> { w.close(); note(m.get("atlas.cancelled")); });
        task.setOnFailed(e -> {
            w.close();
            if (task.getException() instanceof PassportPdf.Cancelled) note(m.get("atlas.cancelled"));
            else ctx.showError(m.format("passport.failed", why(task.getException())));
        });
        atlasTask = task;
        Thread t = new Thread(task, "aimaq-atlas");
        t.setDaemon(true);
        atlasThread = t;
        t.start();
        w.show();
    }

    private Stage progressWindow(Task<Void> task) {
        Stage w = new Stage();
        w.initOwner(owner());
        w.initModality(Modality.WINDOW_MODAL);
        w.setTitle(m.get("atlas.menu"));
        Label label = new Label(m.format("atlas.progress", "0", String.valueOf(kz.aimaq.core.passport.RegionPassports.regions().size() + 1)));
        label.textProperty().bind(javafx.beans.binding.Bindings.when(task.messageProperty().isEmpty())
                .then(label.getText()).otherwise(task.messageProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button(m.get("atlas.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        w.setOnCloseRequest(e -> task.cancel());
        VBox box = new VBox(10, label, bar, cancel);
        box.setPadding(new Insets(16));
        w.setScene(new Scene(box));
        progressWindow = w;
        return w;
    }

    private Optional<Path> choose(String title, String initialName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(List.of(
                new FileChooser.ExtensionFilter(m.get("core.format.pdf"), "*.pdf"),
                new FileChooser.ExtensionFilter(m.get("core.format.pptx"), "*.pptx")));
        fc.setInitialFileName(initialName);
        File f = kz.aimaq.ui.common.LastFolder.save(fc, owner());
        if (f == null) return Optional.empty();
        Path p = f.toPath();
        // the filter the user picked decides the format when the name has no extension
        if (!p.getFileName().toString().contains(".") && fc.getSelectedExtensionFilter() != null
                && fc.getSelectedExtensionFilter().getExtensions().getFirst().endsWith("pptx")) {
            p = p.resolveSibling(p.getFileName() + ".pptx");
        }
        return Optional.of(p);
    }

    private Window owner() { return ctx.root().getScene() == null ? null : ctx.root().getScene().getWindow(); }

    private static String safe(String name) { return name.replaceAll("[\\\\/:*?\"<>|]", " "); }

    private static String why(Throwable e) {
        return e == null ? "?" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void note(String text) {
        try {
            Notifications.create().text(text).owner(owner()).hideAfter(javafx.util.Duration.seconds(3)).showInformation();
        } catch (RuntimeException e) {
            // no window to anchor the note to (e.g. closing): the file is written, nothing else to say
        }
    }
}
