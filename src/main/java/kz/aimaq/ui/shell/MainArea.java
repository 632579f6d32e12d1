package kz.aimaq.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.*;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The centre of the window: the map as the first tab (never closed) and result views (scenario
 * charts, the frontier, the disparity monitor, analysis results, ...) as tabs beside it. A view
 * can be
 * <ul>
 *   <li>a tab of its own (where it opens),</li>
 *   <li>placed <b>beside the map</b>: it moves to a second tab pane to the right of a split, so
 *       the map and the view are read together; "Back into tabs" returns it,</li>
 *   <li><b>detached</b> into its own window (on a second screen, say); closing that window puts
 *       the view back as a tab.</li>
 * </ul>
 * Each result tab has these three choices in its context menu and a small detach button. One
 * view per id wherever it is: opening it again replaces its content in place.
 */
public final class MainArea {
    /** Where a view is: among the tabs, in the pane beside the map, or in a window of its own. */
    public enum Place { TABS, BESIDE, WINDOW }

    private final Messages m;
    private final TabPane tabs = new TabPane();
    private final TabPane beside = new TabPane();
    private final SplitPane split = new SplitPane();
    private final Tab mapTab;
    /** Detached views by id, with their window. */
    private final Map<String, Stage> windows = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final javafx.scene.layout.VBox besideColumn;

    /** A tab pane under its wrapping header of view buttons (with detach and close for result views). */
    private javafx.scene.layout.VBox column(TabPane pane) {
        var header = SideTabButtons.over(pane, t -> t.isClosable()
                ? List.<Node>of(detachButton(t), closeButton(pane, t)) : List.<Node>of());
        header.getStyleClass().add("view-buttons");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(header, pane);
        javafx.scene.layout.VBox.setVgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        box.setMinWidth(0);
        return box;
    }

    private Button closeButton(TabPane pane, Tab t) {
        Button b = new Button("×");
        b.getStyleClass().add("tab-detach");
        b.setTooltip(new Tooltip(m.get("view.close")));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            pane.getTabs().remove(t);
            if (t.getOnClosed() != null) t.getOnClosed().handle(new javafx.event.Event(Tab.CLOSED_EVENT));
        });
        return b;
    }

    MainArea(Messages m, Node map) {
        this.m = m;
        mapTab = new Tab(m.get("view.map"), map);
        mapTab.setClosable(false);
        mapTab.setId("view-map");
        tabs.getTabs().add(mapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getStyleClass().add("main-area");
        beside.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        beside.getStyleClass().add("main-area-beside");
        split.setOrientation(Orientation.HORIZONTAL);
        // tab headers as buttons that wrap onto a second row: with five views open the tab pane's
        // own header scrolled some of them out of sight
        split.getItems().setAll(column(tabs));
        besideColumn = column(beside);
        // the beside pane goes away when its last view leaves
        beside.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) c -> {
            if (beside.getTabs().isEmpty()) split.getItems().remove(besideColumn);
        });
    }

    /** Brings the map to the front of the main area (its tab selected). */
    public void showMap() { tabs.getSelectionModel().select(mapTab); }

    /** The node the window puts in its centre. */
    public Node node() { return split; }

    /** The tab pane of the map and the views opened as tabs. */
    TabPane tabs() { return tabs; }

    /** The pane to the right of the map (empty and hidden until a view is placed there). */
    TabPane beside() { return beside; }

    /** Opens (or refreshes) the view with this id where it is now; a new one opens as a tab and is selected. */
    Tab open(String id, String title, Node content) {
        titles.put(id, title);
        Stage window = windows.get(id);
        if (window != null) {
            ((BorderPane) window.getScene().getRoot()).setCenter(content);
            window.setTitle(title);
            window.toFront();
            return null;
        }
        for (TabPane pane : new TabPane[]{tabs, beside}) {
            for (Tab t : pane.getTabs()) {
                if (id.equals(t.getId())) {
                    t.setText(title);
                    t.setContent(content);
                    pane.getSelectionModel().select(t);
                    return t;
                }
            }
        }
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setContextMenu(menu(t));
        t.setTooltip(new Tooltip(title));
        tabs.getTabs().add(t);
        tabs.getSelectionModel().select(t);
        return t;
    }

    /** Where the view with this id is now, or empty when it is not open. */
    public Optional<Place> placeOf(String id) {
        if (windows.containsKey(id)) return Optional.of(Place.WINDOW);
        if (beside.getTabs().stream().anyMatch(t -> id.equals(t.getId()))) return Optional.of(Place.BESIDE);
        if (tabs.getTabs().stream().anyMatch(t -> id.equals(t.getId()))) return Optional.of(Place.TABS);
        return Optional.empty();
    }

    /** The content of an open view (wherever it is), for tests and look-ups. */
    public Optional<Node> contentOf(String id) {
        Stage w = windows.get(id);
        if (w != null) return Optional.ofNullable(((BorderPane) w.getScene().getRoot()).getCenter());
        return find(id).map(Tab::getContent);
    }

    private Optional<Tab> find(String id) {
        return java.util.stream.Stream.concat(tabs.getTabs().stream(), beside.getTabs().stream())
                .filter(t -> id.equals(t.getId())).findFirst();
    }

    /** Moves an open view beside the map: the map tab is selected on the left, the view on the right. */
    public void placeBeside(String id) {
        find(id).ifPresent(t -> {
            if (t.getTabPane() == beside) return;
            tabs.getTabs().remove(t);
            beside.getTabs().add(t);
            beside.getSelectionModel().select(t);
            if (!split.getItems().contains(besideColumn)) {
                split.getItems().add(besideColumn);
                split.setDividerPositions(0.62);
            }
            tabs.getSelectionModel().select(mapTab);
            refreshMenu(t);
        });
    }

    /** Returns a view from beside the map (or from its window) to the tabs. */
    public void backToTabs(String id) {
        Stage w = windows.get(id);
        if (w != null) { w.close(); return; } // its on-hidden handler brings it back
        find(id).ifPresent(t -> {
            if (t.getTabPane() == tabs) return;
            beside.getTabs().remove(t);
            tabs.getTabs().add(t);
            tabs.getSelectionModel().select(t);
            refreshMenu(t);
        });
    }

    /** Moves an open view into a window of its own; closing the window puts it back as a tab. */
    public void detach(String id) {
        Optional<Tab> found = find(id);
        if (found.isEmpty()) return;
        Tab t = found.get();
        Node content = t.getContent();
        t.setContent(null);
        t.getTabPane().getTabs().remove(t);
        Stage s = new Stage();
        Window owner = split.getScene() == null ? null : split.getScene().getWindow();
        if (owner != null) s.initOwner(owner);
        s.setTitle(titles.getOrDefault(id, t.getText()));
        BorderPane root = new BorderPane(content);
        Scene scene = new Scene(root, 1000, 700);
        if (split.getScene() != null) scene.getStylesheets().setAll(split.getScene().getStylesheets());
        s.setScene(scene);
        windows.put(id, s);
        s.setOnHidden(e -> {
            windows.remove(id);
            Node back = root.getCenter();
            root.setCenter(null);
            open(id, titles.getOrDefault(id, s.getTitle()), back);
        });
        s.show();
    }

    private Button detachButton(Tab t) {
        Button b = new Button("↗");
        b.getStyleClass().add("tab-detach");
        b.setTooltip(new Tooltip(m.get("view.detach")));
        b.setFocusTraversable(false);
        b.setOnAction(e -> detach(t.getId()));
        return b;
    }

    private ContextMenu menu(Tab t) {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> fillMenu(menu, t));
        fillMenu(menu, t);
        return menu;
    }

    private void refreshMenu(Tab t) { if (t.getContextMenu() != null) fillMenu(t.getContextMenu(), t); }

    private void fillMenu(ContextMenu menu, Tab t) {
        MenuItem besideMap = new MenuItem(m.get("view.beside"));
        besideMap.setOnAction(e -> placeBeside(t.getId()));
        besideMap.setDisable(t.getTabPane() == beside);
        MenuItem back = new MenuItem(m.get("view.backToTabs"));
        back.setOnAction(e -> backToTabs(t.getId()));
        back.setDisable(t.getTabPane() != beside);
        MenuItem detach = new MenuItem(m.get("view.detach"));
        detach.setOnAction(e -> detach(t.getId()));
        menu.getItems().setAll(besideMap, back, detach);
    }
}
