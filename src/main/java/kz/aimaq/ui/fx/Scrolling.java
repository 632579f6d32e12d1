package kz.aimaq.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes whose viewport is not cached as an image. JavaFX's scroll pane skin caches its
 * viewport: any change inside (a combo box's value, a spinner's number, a label) then paints the
 * whole scrolled content again into that image before the changed part reaches the screen. With the
 * software renderer that was 12-14 ms of every map recolour (the pulse logger's "CacheFilter
 * rebuilding" and a 290×24 dirty region taking 12 ms to paint), for a side panel that barely
 * scrolls. A cached image also blurs text at fractional scroll positions.
 */
public final class Scrolling {
    private Scrolling() {}

    /** A scroll pane over {@code content} whose viewport is drawn directly. */
    public static ScrollPane of(Node content) {
        return uncached(new ScrollPane(content));
    }

    /** Stops {@code scroll}'s viewport from being cached, now or when its skin is made. */
    public static ScrollPane uncached(ScrollPane scroll) {
        scroll.skinProperty().addListener((o, old, skin) -> uncacheViewport(scroll));
        uncacheViewport(scroll);
        return scroll;
    }

    private static void uncacheViewport(ScrollPane scroll) {
        if (scroll.getSkin() == null) return;
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null) viewport.setCache(false);
    }
}
