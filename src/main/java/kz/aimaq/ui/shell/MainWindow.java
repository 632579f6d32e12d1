package kz.aimaq.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.*;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.map.LayerControls;
import kz.aimaq.ui.map.MapCanvas;
import kz.aimaq.ui.map.MapViewModel;

import java.io.File;
import java.util.function.Consumer;

/** The application window: menus, the layer controls, the map, the region panel and a status bar. */
public final class MainWindow implements kz.aimaq.ui.common.AppContext {
    private final Stage stage;
    private final Messages m;
    private final MapViewModel vm;
    private final MapCanvas map = new MapCanvas();
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    /** The region card (history chart, ranks, pin) shown on the right when a region is clicked. */
    private final kz.aimaq.ui.history.HistoryFeature history;
    private final TabPane sideTabs = new TabPane();
    /** The main area: the map tab first (never closed), result views beside it, beside the map or detached. */
    private final MainArea mainArea;
    /** The side panel (layer list, tab buttons, side tabs) and the main area, with a divider the user drags. */
    private final SplitPane body = new SplitPane();
    private final Consumer<String> relaunchInLanguage;

    public MainWindow(Stage stage, IndicatorData data, String lang, Consumer<String> relaunchInLanguage) {
        this.stage = stage;
        this.m = Messages.of(lang);
        this.vm = new MapViewModel(data, m.lang());
        this.relaunchInLanguage = relaunchInLanguage;
        this.mainArea = new MainArea(m, map);
        this.history = kz.aimaq.ui.history.HistoryFeature.create(this, () -> root.setRight(null));

        PerformanceProbe.phase("map-session");
        map.layerProperty().bind(vm.layerProperty());
        vm.revisionProperty().addListener((o, a, b) -> map.show(vm.sceneProperty().get()));
        map.setOnRegionClicked(r -> {
            history.card().show(r);
            root.setRight(history.card());
        });
        vm.statusProperty().addListener((o, a, s) -> status.setText(m.get(s)));
        vm.errorProperty().addListener((o, a, e) -> { if (e != null) showError(e); });

        ScrollPane layerScroll = kz.aimaq.ui.fx.Scrolling.of(new LayerControls(vm, m));
        layerScroll.setFitToWidth(true);
        Tab layerTab = new Tab(m.get("controls.indicator"), layerScroll);
        layerTab.setClosable(false);
        layerTab.setId("indicator-tab");
        sideTabs.getTabs().add(layerTab);
        sideTabs.setMinWidth(0);

        root.setTop(menus());
        javafx.scene.layout.VBox left = new javafx.scene.layout.VBox(new kz.aimaq.ui.map.LayerListView(vm, m),
                SideTabButtons.over(sideTabs), sideTabs);
        javafx.scene.layout.VBox.setVgrow(sideTabs, Priority.ALWAYS);
        left.setMinWidth(300);
        left.setPrefWidth(400);
        left.getStyleClass().add("side-column");
        body.getItems().setAll(left, mainArea.node());
        SplitPane.setResizableWithParent(left, false); // a wider window gives the map the room, not the controls
        SideDivider.remember(body);
        root.setCenter(body);
        // Left / Right on the map step one year (Shift+arrows still pan)
        map.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShiftDown() || e.isShortcutDown() || e.isAltDown()) return;
            int step = e.getCode() == javafx.scene.input.KeyCode.LEFT ? -1 : e.getCode() == javafx.scene.input.KeyCode.RIGHT ? 1 : 0;
            if (step != 0 && LayerControls.stepYear(vm, step)) e.consume();
        });
        // which boundary set is drawn: full resolution from the shared folder, or the embedded simplified one
        Label boundaries = new Label(kz.aimaq.core.geo.BoundarySource.current().message(m));
        boundaries.getStyleClass().add("status-boundaries");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, status, spacer, boundaries);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        wireDragAndDrop();

        PerformanceProbe.phase("side-panel");
        // fit small laptop screens: never larger than the visible screen
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        // the window's colour (Modena's -fx-background for our -fx-base) as a plain clear, see aimaq.css
        root.getStyleClass().add("main-window");
        scene.setFill(javafx.scene.paint.Color.web("#f3f5f7"));
        var css = MainWindow.class.getResource("/ui/aimaq.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        ChartMenu.install(scene, m, this::showError, this::showStatus);
        TableMenu.install(scene, m, this::showError);
        stage.setTitle(m.get("app.title"));
        stage.setScene(scene);
    }

    @Override public MapViewModel viewModel() { return vm; }
    @Override public MapCanvas map() { return map; }
    @Override public Messages messages() { return m; }
    @Override public TabPane sideTabs() { return sideTabs; }
    @Override public BorderPane root() { return root; }

    @Override public Tab openView(String id, String title, javafx.scene.Node content) {
        Tab t = mainArea.open(id, title, content);
        localiseEmptyTables(content);
        return t;
    }

    @Override public Tab openViewBesideMap(String id, String title, javafx.scene.Node content) {
        boolean isNew = mainArea.placeOf(id).isEmpty();
        Tab t = openView(id, title, content);
        if (isNew) mainArea.placeBeside(id);
        return t;
    }

    /** The main area (the map and the result views), for tests and the shell. */
    public MainArea mainArea() { return mainArea; }

    /** A short message in the status bar ("Copied", "Saved ..."), replaced by the next one. */
    @Override public void showStatus(String message) {
        status.setText(message);
        status.setTooltip(new Tooltip(message));
    }

    /** JavaFX's own "No content in table" is English: every empty table says it in the interface language. */
    @Override public void localiseEmptyTables(javafx.scene.Node under) {
        for (javafx.scene.Node n : under.lookupAll(".table-view")) {
            if (n instanceof TableView<?> t && (t.getPlaceholder() == null)) t.setPlaceholder(new Label(m.get("table.empty")));
        }
    }

    public void start() {
        vm.loadDefault(); // reads the map in the background while the window opens
        deferHiddenTabs();
        if (PerformanceProbe.enabled()) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> { PerformanceProbe.phase("first-layout"); stage.getScene().removePostLayoutPulseListener(once[0]); };
            stage.getScene().addPostLayoutPulseListener(once[0]);
        }
        stage.show();
        PerformanceProbe.phase("window-shown");
        // tab contents join the scene graph when the tab pane's skin is created, i.e. on show
        // (deferred ones when first opened, see deferHiddenTabs)
        for (Tab t : sideTabs.getTabs()) if (t.getContent() != null) localiseEmptyTables(t.getContent());
    }

    /**
     * Side tabs that are not shown stay out of the scene ({@link HiddenTabs}); after the first map
     * frame they are styled one per pulse, so opening one later is quick: styling and laying out
     * every feature panel (groups, analysis, ...) was most of the second that {@code show()} took
     * before the map could appear.
     */
    private void deferHiddenTabs() {
        HiddenTabs hidden = new HiddenTabs(sideTabs, this::localiseEmptyTables);
        java.util.ArrayDeque<Tab> later = new java.util.ArrayDeque<>(sideTabs.getTabs());
        vm.choroplethProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends kz.aimaq.core.render.Choropleth> o,
                                          kz.aimaq.core.render.Choropleth a, kz.aimaq.core.render.Choropleth c) {
                if (c == null) return;
                vm.choroplethProperty().removeListener(this);
                new javafx.animation.AnimationTimer() {
                    int frames;
                    @Override public void handle(long now) {
                        if (++frames < 3) return; // the map is on screen first
                        while (!later.isEmpty() && !hidden.prepare(later.poll())) {
                            // shown or empty: nothing to prepare, take the next
                        }
                        if (later.isEmpty()) { stop(); PerformanceProbe.sideTabsReady(); }
                    }
                }.start();
            }
        });
    }

    private MenuBar menus() {
        Menu file = new Menu(m.get("menu.file"));
        MenuItem open = item("menu.file.openBoundaries", "Shortcut+O", this::openBoundaries);
        MenuItem exit = item("menu.file.exit", "Shortcut+Q", stage::close);
        file.getItems().addAll(open, new SeparatorMenuItem(), exit);

        Menu view = new Menu(m.get("menu.view"));
        ToggleGroup levels = new ToggleGroup();
        RadioMenuItem obl = new RadioMenuItem(m.get("menu.view.oblasts"));
        RadioMenuItem dist = new RadioMenuItem(m.get("menu.view.districts"));
        obl.setToggleGroup(levels);
        dist.setToggleGroup(levels);
        obl.setSelected(true);
        obl.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        dist.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
        obl.setOnAction(e -> vm.levelProperty().set(MapLevel.OBLAST));
        dist.setOnAction(e -> vm.levelProperty().set(MapLevel.DISTRICT));
        vm.levelProperty().addListener((o, a, b) -> (b == MapLevel.OBLAST ? obl : dist).setSelected(true));
        Menu language = new Menu(m.get("menu.view.language"));
        for (String l : Messages.LANGUAGES) {
            MenuItem li = new MenuItem(m.get("lang." + l));
            li.setOnAction(e -> relaunchInLanguage.accept(l));
            language.getItems().add(li);
        }
        view.getItems().addAll(obl, dist, new SeparatorMenuItem(),
                item("menu.view.fit", "Shortcut+0", map::fit),
                item("menu.view.zoomIn", "Shortcut+EQUALS", () -> map.zoom(1.4)),
                item("menu.view.zoomOut", "Shortcut+MINUS", () -> map.zoom(1 / 1.4)),
                new SeparatorMenuItem(), language);

        Menu help = new Menu(m.get("menu.help"));
        // F1 belongs to the user guide (ui.guide adds it to this menu); About needs no key
        help.getItems().add(item("menu.help.about", null, this::about));
        return new MenuBar(file, view, help);
    }

    /** Adds a menu (before Help) — used by features such as export, groups and scenarios. */
    @Override public void addMenu(Menu menu) {
        MenuBar bar = (MenuBar) root.getTop();
        bar.getMenus().add(bar.getMenus().size() - 1, menu);
    }

    @Override public Menu fileMenu() { return ((MenuBar) root.getTop()).getMenus().getFirst(); }

    @Override public Menu helpMenu() { return ((MenuBar) root.getTop()).getMenus().getLast(); }

    MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void openBoundaries() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("menu.file.openBoundaries"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.boundariesGpkg"), "*.shp", "*.geojson", "*.json", "*.gpkg"));
        File f = kz.aimaq.ui.common.LastFolder.open(fc, stage);
        if (f != null) vm.open(f.toPath());
    }

    private void wireDragAndDrop() {
        root.setOnDragOver(e -> {
            Dragboard db = e.getDragboard();
            if (db.hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean done = false;
            if (db.hasFiles()) {
                for (File f : db.getFiles()) {
                    String n = f.getName().toLowerCase();
                    if (n.endsWith(".shp") || n.endsWith(".geojson") || n.endsWith(".json") || n.endsWith(".gpkg")) { vm.open(f.toPath()); done = true; }
                    else done = onOtherFileDropped(f) || done;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private java.util.function.Predicate<File> otherFileHandler = f -> false;

    /** Lets features (table import) take dropped files that are not boundary files. */
    @Override public void setOtherFileHandler(java.util.function.Predicate<File> h) { otherFileHandler = h; }

    private boolean onOtherFileDropped(File f) { return otherFileHandler.test(f); }

    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(m.get("about.title"));
        a.setHeaderText(m.get("about.header"));
        Label text = new Label(m.get("about.text") + "\n\n" + m.get("about.attribution") + "\n" + kz.aimaq.core.geo.BoundarySource.current().message(m) + "\n\n" + m.get("about.colorbrewer"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }

    @Override public void showError(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(stage);
        a.setTitle(m.get("error.title"));
        a.setHeaderText(null);
        a.show();
    }
}
