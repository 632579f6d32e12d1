package kz.aimaq.ui.workshop;

import javafx.application.Platform;
import javafx.scene.control.*;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.export.PptxDeck;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.map.MapFrame;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.workspace.SavedView;
import kz.aimaq.core.workspace.Workspace;
import kz.aimaq.ui.common.AppContext;
import kz.aimaq.ui.workspace.WorkspacePart;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Workshop → Add current view, Present (F5), Full screen (F11), Export view as slide, Export all
 * views as deck; the "Views" side tab with the list. The views are part of the project
 * ({@link #part}).
 */
public final class WorkshopFeature {
    private final AppContext app;
    private final Messages m;
    private final WorkshopViewModel model;
    private final WorkshopPanel panel;
    private Presenter presenter;

    private WorkshopFeature(AppContext app) {
        this.app = app;
        this.m = app.messages();
        this.model = new WorkshopViewModel(app.viewModel());
        this.panel = new WorkshopPanel(model, m, this);
    }

    /**
     * Lets showing a view switch the macro-region grouping back to the view's (a preset: five,
     * five-plus-cities; a grouping edited by hand is the project's own and stays as it is).
     */
    public void restoresGroupings(java.util.function.Supplier<kz.aimaq.core.group.Grouping> current,
                                  java.util.function.Consumer<kz.aimaq.core.group.Grouping> load) {
        model.setGroupingChooser(id -> {
            kz.aimaq.core.group.Grouping now = current.get();
            if ((now == null || !now.id().equals(id)) && kz.aimaq.core.group.Groupings.presetIds().contains(id)) {
                load.accept(kz.aimaq.core.group.Groupings.preset(id));
            }
        });
    }

    public static WorkshopFeature install(AppContext app) {
        WorkshopFeature f = new WorkshopFeature(app);
        Messages m = f.m;
        Tab tab = new Tab(m.get("workshop.tab"), f.panel);
        tab.setClosable(false);
        tab.setId("workshop-tab");
        app.sideTabs().getTabs().add(tab);
        Menu menu = new Menu(m.get("workshop.menu"));
        menu.getItems().addAll(
                item(m.get("workshop.add"), "Shortcut+Shift+V", () -> f.panel.list.getSelectionModel().select(f.model.addCurrent(null))),
                item(m.get("workshop.present"), "F5", f::present),
                item(m.get("workshop.fullScreen"), "F11", f::toggleFullScreen),
                new SeparatorMenuItem(),
                item(m.get("workshop.exportSlide"), null, f::exportSlide),
                item(m.get("workshop.exportDeck"), null, f::exportDeck));
        app.addMenu(menu);
        return f;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

    public WorkshopViewModel viewModel() { return model; }

    /** The presenter window, null before the first F5. */
    public Presenter presenter() { return presenter; }

    private Window owner() { return app.root().getScene() == null ? null : app.root().getScene().getWindow(); }

    /** F5: the views full screen, from the selected one (or the first). */
    public void present() {
        if (model.views().isEmpty()) { app.showError(m.get("workshop.noViews")); return; }
        int sel = panel.list.getSelectionModel().getSelectedIndex();
        model.show(Math.max(0, sel));
        if (presenter == null) presenter = new Presenter(owner(), model, app.viewModel(), m);
        presenter.show();
    }

    /** F11: the main window full screen and back. */
    public void toggleFullScreen() {
        if (owner() instanceof Stage s) s.setFullScreen(!s.isFullScreen());
    }

    void renameSelected() {
        int i = panel.list.getSelectionModel().getSelectedIndex();
        if (i < 0) return;
        TextInputDialog d = new TextInputDialog(model.views().get(i).name());
        d.initOwner(owner());
        d.setTitle(m.get("workshop.rename"));
        d.setHeaderText(null);
        d.setContentText(m.get("workshop.name"));
        d.showAndWait().ifPresent(n -> model.rename(i, n));
        panel.list.getSelectionModel().select(i);
    }

    /** The selected view (or the map as it is when none is) as a one-slide deck. */
    void exportSlide() {
        int i = panel.list.getSelectionModel().getSelectedIndex();
        List<SavedView> one = i >= 0 ? List.of(model.views().get(i)) : List.of(model.capture(null));
        Path out = chooseDeck(one.getFirst().name());
        if (out != null) writeDeck(one, out, null);
    }

    /** Every view, in order, one slide each. */
    void exportDeck() {
        if (model.views().isEmpty()) { app.showError(m.get("workshop.noViews")); return; }
        Path out = chooseDeck(m.get("workshop.deckName"));
        if (out != null) writeDeck(List.copyOf(model.views()), out, null);
    }

    private Path chooseDeck(String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("workshop.exportDeck"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("workshop.filter.pptx"), "*.pptx"));
        fc.setInitialFileName(name.replaceAll("[\\\\/:*?\"<>|]", " ").strip() + ".pptx");
        File f = kz.aimaq.ui.common.LastFolder.save(fc, owner());
        if (f == null) return null;
        return f.getName().toLowerCase().endsWith(".pptx") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".pptx");
    }

    /**
     * Shows each view in turn on the map, takes its framed picture, returns the map to what it
     * showed, and writes the deck off the UI thread. {@code done} (may be null) runs on the UI
     * thread after writing, with null or the error.
     */
    public void writeDeck(List<SavedView> views, Path out, java.util.function.Consumer<Exception> done) {
        SavedView before = model.capture(null);
        int current = model.currentProperty().get();
        List<PptxDeck.MapSlide> slides = new ArrayList<>();
        collect(views, 0, slides, () -> {
            model.apply(before);
            model.currentProperty().set(current);
            Thread t = new Thread(() -> {
                Exception err = null;
                try {
                    PptxDeck.writeMaps(slides, out);
                } catch (Exception e) {
                    err = e;
                }
                Exception e = err;
                Platform.runLater(() -> {
                    if (e != null) app.showError(m.format("workshop.exportFailed", out.getFileName(), String.valueOf(e.getMessage())));
                    if (done != null) done.accept(e);
                });
            }, "aimaq-workshop-deck");
            t.setDaemon(true);
            t.start();
        });
    }

    private void collect(List<SavedView> views, int i, List<PptxDeck.MapSlide> slides, Runnable then) {
        if (i >= views.size()) { then.run(); return; }
        model.showThen(views.get(i), (MapModel mm) -> {
            MapFrame f = mm.frame();
            slides.add(new PptxDeck.MapSlide(f.title(), f.subtitle(), WorkshopViewModel.slideScene(mm)));
            collect(views, i + 1, slides, then);
        });
    }

    /** The views' section of the project. */
    public WorkspacePart part(Runnable changed) {
        model.views().addListener((javafx.collections.ListChangeListener<SavedView>) c -> changed.run());
        return new WorkspacePart() {
            @Override public Workspace saveInto(Workspace ws) { return ws.withViews(List.copyOf(model.views())); }

            @Override public void restoreFrom(Workspace ws) {
                model.views().setAll(ws.views());
                model.currentProperty().set(-1);
            }
        };
    }
}
