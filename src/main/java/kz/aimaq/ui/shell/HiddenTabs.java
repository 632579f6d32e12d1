package kz.aimaq.ui.shell;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the content of the side tabs that are not shown out of the scene graph, and puts it
 * back when its tab is selected. JavaFX walks every node of the scene on every pulse (bounds on
 * the UI thread, forced content on the renderer), shown or not: the hidden group and analysis
 * panels were three quarters of the window's 1,829 nodes, and their walk was a fifth of the UI
 * thread's time per map frame (JFR, recolour). A tab's content keeps its skins and state while
 * parked; selecting the tab restyles it, which a click can afford.
 */
final class HiddenTabs {
    private final Map<Tab, Node> parked = new HashMap<>();
    private final Consumer<Node> shown;

    /** Watches the pane's tabs, now and later; {@code shown} runs on content each time it joins the scene. */
    HiddenTabs(TabPane pane, Consumer<Node> shown) {
        this.shown = shown;
        for (Tab t : pane.getTabs()) watch(t);
        pane.getTabs().addListener((ListChangeListener<Tab>) c -> {
            while (c.next()) for (Tab t : c.getAddedSubList()) watch(t);
        });
    }

    private void watch(Tab t) {
        t.selectedProperty().addListener((o, was, now) -> { if (now) show(t); else park(t); });
        // content set while the tab is hidden (a panel built in the background): parked after this
        // change has reached every listener, the tab pane's skin among them
        t.contentProperty().addListener((o, old, c) -> { if (c != null && !t.isSelected()) Platform.runLater(() -> park(t)); });
        if (!t.isSelected()) park(t);
    }

    private void park(Tab t) {
        if (t.isSelected() || t.getContent() == null) return;
        parked.put(t, t.getContent());
        t.setContent(null);
    }

    private void show(Tab t) {
        Node content = parked.remove(t);
        if (content == null) return;
        t.setContent(content);
        shown.accept(content);
    }

    /**
     * Styles a parked tab's content and creates its skins (in the scene for a moment), so that
     * opening the tab later only restyles it. Returns false when the tab has nothing parked.
     */
    boolean prepare(Tab t) {
        Node content = parked.get(t);
        if (content == null || t.isSelected()) return false;
        t.setContent(content);
        content.applyCss();
        shown.accept(content);
        t.setContent(null);
        return true;
    }
}
