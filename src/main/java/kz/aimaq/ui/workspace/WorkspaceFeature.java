package kz.aimaq.ui.workspace;

import javafx.application.Platform;
import javafx.scene.control.*;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import kz.aimaq.core.data.Resources;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.workspace.*;
import kz.aimaq.ui.map.MapViewModel;
import kz.aimaq.ui.common.AppContext;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * File → New / Open / Save / Save as / Recent workspaces; the unsaved-changes prompt on close;
 * autosave and the recovery offer at start. Binds the map's state both ways; other features
 * add their sections through {@link #register(WorkspacePart)} (get the instance with
 * {@link #of(AppContext)}) and call {@link #changed()} when their state changes.
 */
public final class WorkspaceFeature {
    private static final String KEY = WorkspaceFeature.class.getName();
    /** The work handed from a window to the one re-opened in another language. */
    private static Carry handOver;

    private record Carry(Workspace work, Workspace saved, Path file) {}

    private final AppContext w;
    private final Messages m;
    private final MapViewModel vm;
    private final Stage stage;
    private final String baseTitle;
    private final List<WorkspacePart> parts = new ArrayList<>();
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final Autosaver autosaver;
    private final Menu recentMenu;

    /** The last opened (or new) workspace: sections no part claims are saved back from it unchanged. */
    private Workspace base;
    /** What the file on disk holds, in this window's terms; the work is unsaved when it differs. */
    private Workspace saved;
    private Path file;
    private String boundaryFile;
    /** Latest state, read by the autosave thread. */
    private volatile Workspace latest;
    private boolean applying;

    private WorkspaceFeature(AppContext w, RecentFiles recent, RecoveryStore recovery) {
        this.w = w;
        this.m = w.messages();
        this.vm = w.viewModel();
        this.stage = (Stage) w.root().getScene().getWindow();
        this.baseTitle = stage.getTitle();
        this.recent = recent;
        this.recovery = recovery;
        this.base = Workspace.of(MapSettings.defaults(m.lang()));
        this.recentMenu = new Menu(m.get("menu.file.recent"));
        idle.setOnFinished(e -> refresh());
        this.autosaver = new Autosaver(recovery, () -> latest, () -> file,
                e -> System.err.println(m.format("workspace.error.autosave", e.getMessage())));
    }

    public static WorkspaceFeature install(AppContext w) {
        return install(w, RecentFiles.standard(), RecoveryStore.standard());
    }

    static WorkspaceFeature install(AppContext w, RecentFiles recent, RecoveryStore recovery) {
        WorkspaceFeature f = new WorkspaceFeature(w, recent, recovery);
        w.root().getProperties().put(KEY, f);
        f.wire();
        return f;
    }

    /** The feature installed in {@code w}, for other features to register their parts. */
    public static Optional<WorkspaceFeature> of(AppContext w) {
        return Optional.ofNullable((WorkspaceFeature) w.root().getProperties().get(KEY));
    }

    /** Tests open windows one after another without a language switch: nothing to carry over. */
    static void forgetHandOver() { handOver = null; }

    public WorkspaceFeature register(WorkspacePart part) {
        boolean wasClean = !isDirty();
        parts.add(part);
        if (wasClean && file == null && !applying) {
            // the feature's start state is not a change: one snapshot is both the saved and the
            // current state (each snapshot writes every part's JSON; the start made eight of them)
            saved = latest = snapshot();
            showTitle();
        } else {
            if (wasClean && file == null) saved = snapshot();
            changed();
        }
        return this;
    }

    /** Features call this when their saved state changed: updates the title's unsaved mark and the autosave. */
    public void changed() {
        if (applying) return;
        stale = true;
        idle.playFromStart();
    }

    /**
     * True from a change until the snapshot after it is taken. Each snapshot writes (and parses
     * again) every part's JSON, the groups and the index spec included, which a recolour does not
     * touch: 7-8 % of a recolour's UI-thread JFR samples. The snapshot now waits until the changes
     * pause ({@link #idle}), so scrubbing through years or classes takes one at the end; whoever
     * needs the state sooner (isDirty, closing) takes it then.
     */
    private boolean stale;
    private final javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));

    private void refresh() {
        if (!stale) return; // the pause then ends with nothing to do (isDirty may run off the FX thread: no stop)
        stale = false;
        latest = snapshot();
        showTitle();
    }

    private Workspace current() {
        if (stale && !Platform.isFxApplicationThread()) {
            // a snapshot reads the features' state, which lives on the FX thread (tests ask from theirs)
            var onFx = new java.util.concurrent.FutureTask<>(this::current);
            Platform.runLater(onFx);
            try {
                return onFx.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        refresh();
        return latest == null ? snapshot() : latest;
    }

    private void showTitle() {
        stage.setTitle((file == null ? m.get("workspace.untitled") : file.getFileName().toString())
                + (isDirty() ? " *" : "") + " — " + baseTitle);
    }

    public Workspace snapshot() {
        Workspace ws = base.withMap(MapStateBinding.read(vm)).withBoundaryFile(boundaryFile)
                .withImportedTables(MapStateBinding.added(vm.data()));
        for (WorkspacePart p : parts) ws = p.saveInto(ws);
        return ws;
    }

    public boolean isDirty() { return saved == null || !saved.equals(current()); }

    public Path file() { return file; }

    private void wire() {
        Menu fileMenu = w.fileMenu();
        List<MenuItem> items = List.of(
                item("menu.file.new", null, this::newWorkspace),
                item("menu.file.open", "Shortcut+Shift+O", this::chooseAndOpen),
                recentMenu,
                item("menu.file.save", "Shortcut+S", this::save),
                item("menu.file.saveAs", "Shortcut+Shift+S", this::saveAs),
                new SeparatorMenuItem());
        fileMenu.getItems().addAll(0, items);
        refreshRecentMenu();
        guardExit(fileMenu);

        vm.levelProperty().addListener((o, a, b) -> changed());
        vm.indicatorProperty().addListener((o, a, b) -> changed());
        vm.yearProperty().addListener((o, a, b) -> changed());
        vm.specProperty().addListener((o, a, b) -> changed());
        vm.layerProperty().addListener((o, a, b) -> { trackBoundaryFile(b); changed(); });
        // an imported table or a computed index adds an indicator: part of the work
        vm.indicators().addListener((javafx.collections.ListChangeListener<kz.aimaq.core.data.Indicator>) c -> changed());

        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> { if (!confirmDiscard()) e.consume(); });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed());

        Carry carried = handOver;
        handOver = null;
        if (carried != null) {
            // The same work, re-opened in another language: not a change.
            file = carried.file();
            applyWhenReady(carried.work(), () -> saved = carried.saved() == null ? null
                    : carried.saved().withMap(withLanguage(carried.saved().map(), m.lang())));
        } else {
            saved = snapshot();
            baselineWhenMapShows();
            String toOpen = System.getProperty("aimaq.open");
            if (toOpen != null && !toOpen.isBlank()) Platform.runLater(() -> open(Path.of(toOpen)));
            else Platform.runLater(this::offerRecovery);
        }
        changed();
        autosaver.start(autosaveInterval());
    }

    /**
     * Drawing the first map settles defaults (the palette picked for the indicator); that is
     * not the user's change, so the fresh window's "saved" state is taken after it.
     */
    private void baselineWhenMapShows() {
        vm.choroplethProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends kz.aimaq.core.render.Choropleth> o,
                                          kz.aimaq.core.render.Choropleth a, kz.aimaq.core.render.Choropleth c) {
                if (c == null) return;
                vm.choroplethProperty().removeListener(this);
                Workspace start = saved;
                Platform.runLater(() -> {
                    if (saved == start && file == null) {
                        saved = snapshot();
                        WorkspaceFeature.this.changed();
                    }
                });
            }
        });
    }

    private static MapSettings withLanguage(MapSettings s, String lang) {
        return new MapSettings(s.level(), s.indicator(), s.year(), s.method(), s.classes(), s.palette(),
                s.reversePalette(), s.manualBreaks(), s.labels(), lang);
    }

    private static Duration autosaveInterval() {
        try {
            return Duration.ofSeconds(Math.round(60 * Double.parseDouble(System.getProperty("aimaq.autosave.minutes", "3"))));
        } catch (NumberFormatException e) {
            return Autosaver.DEFAULT_INTERVAL;
        }
    }

    /** Exit (Ctrl+Q) closes the stage directly, which skips the close request: ask there too. */
    private void guardExit(Menu fileMenu) {
        KeyCombination quit = KeyCombination.keyCombination("Shortcut+Q");
        for (MenuItem i : fileMenu.getItems()) {
            if (quit.equals(i.getAccelerator())) {
                var original = i.getOnAction();
                i.setOnAction(e -> { if (confirmDiscard()) original.handle(e); });
            }
        }
    }

    private void closed() {
        handOver = new Carry(current(), saved, file);
        try {
            autosaver.close();
        } catch (IOException e) {
            System.err.println(m.format("workspace.error.autosave", e.getMessage()));
        }
    }

    private void trackBoundaryFile(PreparedLayer p) {
        if (p == null || p.layer().source() == null || applying) return;
        Path src = p.layer().source().toAbsolutePath().normalize();
        boolean bundled = false;
        try {
            bundled = src.startsWith(Resources.sharedFolder().toAbsolutePath().normalize());
        } catch (IOException ignored) {
            // no bundled folder: every layer is the user's
        }
        if (!bundled) boundaryFile = src.toString();
    }

    // --- commands -----------------------------------------------------------------------------

    public void newWorkspace() {
        if (!confirmDiscard()) return;
        file = null;
        boundaryFile = null;
        w.viewModel().resetLayers(); // a new project starts from the indicator layer alone
        applyWhenReady(Workspace.of(MapSettings.defaults(m.lang())), () -> saved = snapshot());
    }

    private void chooseAndOpen() {
        if (!confirmDiscard()) return;
        File f = kz.aimaq.ui.common.LastFolder.open(chooser(m.get("menu.file.open")), stage);
        if (f != null) open(f.toPath());
    }

    /** Opens a workspace file, or says why it cannot be opened; the current work stays if it fails. */
    public boolean open(Path f) {
        Workspace ws;
        try {
            ws = WorkspaceFiles.load(f);
        } catch (WorkspaceException e) {
            w.showError(e.message(m));
            if (e.key().equals("workspace.error.missing")) forget(f);
            return false;
        } catch (IOException e) {
            w.showError(m.format("workspace.error.damaged", f.getFileName(), e.getMessage()));
            return false;
        }
        file = f.toAbsolutePath().normalize();
        boundaryFile = ws.boundaryFile();
        w.viewModel().resetLayers(); // the other project's results do not belong to this one
        applyWhenReady(ws, () -> saved = snapshot());
        remember(file);
        return true;
    }

    /** Saves to the current file (asks for one if the work is new); false when not saved. */
    public boolean save() {
        return file == null ? saveAs() : saveTo(file);
    }

    public boolean saveAs() {
        FileChooser fc = chooser(m.get("menu.file.saveAs"));
        fc.setInitialFileName((file == null ? m.get("workspace.untitled") : file.getFileName().toString().replaceFirst("\\.aimaq$", "")) + WorkspaceFiles.EXTENSION);
        File f = kz.aimaq.ui.common.LastFolder.save(fc, stage);
        if (f == null) return false;
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(WorkspaceFiles.EXTENSION)) {
            p = p.resolveSibling(p.getFileName() + WorkspaceFiles.EXTENSION);
        }
        return saveTo(p);
    }

    boolean saveTo(Path p) {
        Workspace ws = snapshot();
        try {
            WorkspaceFiles.save(p, ws);
            autosaver.markSaved(ws);
        } catch (IOException e) {
            w.showError(m.format("workspace.error.save", p, e.getMessage()));
            return false;
        }
        file = p.toAbsolutePath().normalize();
        saved = ws;
        remember(file);
        changed();
        return true;
    }

    /** Asks about unsaved changes; true when it is fine to go on (saved, or the user chose not to). */
    public boolean confirmDiscard() {
        if (!isDirty()) return true;
        ButtonType saveB = new ButtonType(m.get("workspace.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discardB = new ButtonType(m.get("workspace.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancelB = new ButtonType(m.get("workspace.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.format("workspace.unsaved.text",
                file == null ? m.get("workspace.untitled") : file.getFileName()), saveB, discardB, cancelB);
        a.initOwner(stage);
        a.setTitle(m.get("workspace.unsaved.title"));
        a.setHeaderText(null);
        ButtonType answer = a.showAndWait().orElse(cancelB);
        if (answer == saveB) return save();
        return answer == discardB;
    }

    private void offerRecovery() {
        List<RecoveryStore.Recovery> pending;
        try {
            pending = recovery.pending();
        } catch (IOException e) {
            return; // an unreadable recovery folder must not stop the app
        }
        if (pending.isEmpty()) return;
        RecoveryStore.Recovery r = pending.getFirst();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(m.lang()))
                .withZone(ZoneId.systemDefault()).format(r.savedAt());
        ButtonType restoreB = new ButtonType(m.get("workspace.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discardB = new ButtonType(m.get("workspace.recovery.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.format("workspace.recovery.text", when,
                r.original() == null ? m.get("workspace.untitled") : r.original().getFileName()), restoreB, discardB);
        a.initOwner(stage);
        a.setTitle(m.get("workspace.recovery.title"));
        a.setHeaderText(null);
        boolean restore = a.showAndWait().orElse(discardB) == restoreB;
        if (restore) restore(r);
        for (RecoveryStore.Recovery p : pending) {
            try { recovery.discard(p); } catch (IOException ignored) { /* offered once is enough */ }
        }
    }

    /** Restores autosaved work: it is unsaved (the prompt will ask), and belongs to its original file if that still exists. */
    void restore(RecoveryStore.Recovery r) {
        try {
            Workspace ws = r.load();
            file = r.original() != null && Files.isRegularFile(r.original()) ? r.original() : null;
            boundaryFile = ws.boundaryFile();
            applyWhenReady(ws, () -> saved = null);
        } catch (IOException e) {
            w.showError(e instanceof WorkspaceException we ? we.message(m) : e.getMessage());
        }
    }

    // --- applying a workspace to the window ------------------------------------------------------

    /** Applies once the default layer is loaded (a level change before that would race with it). */
    private void applyWhenReady(Workspace ws, Runnable after) {
        if (vm.layerProperty().get() != null) {
            apply(ws, after);
            return;
        }
        var listener = new javafx.beans.value.ChangeListener<PreparedLayer>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends PreparedLayer> o, PreparedLayer a, PreparedLayer b) {
                if (b == null) return;
                vm.layerProperty().removeListener(this);
                apply(ws, after);
            }
        };
        vm.layerProperty().addListener(listener);
    }

    private void apply(Workspace ws, Runnable after) {
        applying = true;
        try {
            base = ws;
            MapStateBinding.register(ws.importedTables(), vm);
            MapStateBinding.apply(ws.map(), vm);
            for (WorkspacePart p : parts) p.restoreFrom(ws);
            if (ws.boundaryFile() != null && Files.isRegularFile(Path.of(ws.boundaryFile()))) vm.open(Path.of(ws.boundaryFile()));
        } finally {
            applying = false;
        }
        after.run();
        changed();
    }

    // --- recent files ----------------------------------------------------------------------------

    private void remember(Path f) {
        try {
            recent.add(f);
        } catch (IOException ignored) {
            // the list is a convenience; failing to update it must not fail the save
        }
        refreshRecentMenu();
    }

    private void forget(Path f) {
        try { recent.remove(f); } catch (IOException ignored) { /* see remember */ }
        refreshRecentMenu();
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem i = new MenuItem(p.getFileName() + "   " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> { if (confirmDiscard()) open(p); });
            recentMenu.getItems().add(i);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(m.get("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("workspace.filter"), "*" + WorkspaceFiles.EXTENSION));
        if (file != null && file.getParent() != null) fc.setInitialDirectory(file.getParent().toFile());
        return fc;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }
}
