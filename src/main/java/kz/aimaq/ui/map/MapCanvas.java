package kz.aimaq.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.util.Duration;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.render.Viewport;

import java.util.function.Consumer;

/**
 * The map on screen: a canvas repainted by the shared {@link MapPainter} whenever the scene or
 * the view changes. Drag pans, the wheel zooms around the pointer, double-click zooms in,
 * keys: + / − zoom, 0 fits, arrows pan. Hover shows a tooltip; click selects a region.
 */
public final class MapCanvas extends Pane {
    private final Canvas canvas = new Canvas();
    private final MapPainter painter = new MapPainter();
    private final ObjectProperty<MapScene> scene = new SimpleObjectProperty<>();
    private final ObjectProperty<PreparedLayer> layer = new SimpleObjectProperty<>();
    private final Tooltip tooltip = new Tooltip();
    private Viewport viewport;
    /** True until the user zooms or pans: a fitted map refits when the window or side panel resizes. */
    private boolean fitted = true;
    private String hovered;
    private double dragX, dragY;
    private boolean dragged;
    private Consumer<MapRegion> onRegionClicked = r -> {};

    public MapCanvas() {
        getChildren().add(canvas);
        setMinSize(200, 150);
        getStyleClass().add("map-canvas");
        setFocusTraversable(true);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setHideDelay(Duration.millis(50));
        scene.addListener((o, a, b) -> {
            if (viewport == null || a == null || b == null || !a.worldBounds().equals(b.worldBounds())) viewport = null;
            redraw();
        });
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
        wireMouse();
        wireKeys();
    }

    public ObjectProperty<MapScene> mapSceneProperty() { return scene; }

    public ObjectProperty<PreparedLayer> layerProperty() { return layer; }

    /** Shows a scene, redrawing even when it equals the current one (overlays may have changed inside). */
    public void show(MapScene s) {
        if (scene.get() == s || java.util.Objects.equals(scene.get(), s)) redraw();
        scene.set(s);
    }

    public void setOnRegionClicked(Consumer<MapRegion> c) { onRegionClicked = c; }

    public Viewport viewport() { return viewport; }

    @Override protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    private void resized() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (fitted) viewport = null;
        else if (viewport != null) viewport = viewport.resize(getWidth(), getHeight());
        redraw();
    }

    public void fit() { viewport = null; fitted = true; redraw(); }

    public void zoom(double factor) {
        if (viewport == null) return;
        viewport = viewport.zoom(factor, getWidth() / 2, getHeight() / 2);
        fitted = false;
        redraw();
    }

    public void redraw() {
        MapScene s = scene.get();
        double w = getWidth(), h = getHeight();
        if (s == null || w <= 0 || h <= 0) {
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            return;
        }
        if (viewport == null) viewport = painter.fitViewport(s, w, h);
        painter.paint(s.withHighlight(hovered), new FxSurface(canvas.getGraphicsContext2D()), w, h, viewport);
    }

    private MapRegion regionAt(double x, double y) {
        PreparedLayer l = layer.get();
        if (l == null || viewport == null) return null;
        return l.regionAt(viewport.toWorldX(x), viewport.toWorldY(y));
    }

    private void wireMouse() {
        setOnMousePressed(e -> { dragX = e.getX(); dragY = e.getY(); dragged = false; requestFocus(); });
        setOnMouseDragged(e -> {
            if (viewport == null) return;
            double dx = e.getX() - dragX, dy = e.getY() - dragY;
            if (Math.abs(dx) + Math.abs(dy) > 2) dragged = true;
            viewport = viewport.pan(dx, dy);
            fitted = false;
            dragX = e.getX();
            dragY = e.getY();
            redraw();
        });
        setOnMouseClicked(e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) return;
            if (e.getClickCount() == 2) {
                if (viewport != null) { viewport = viewport.zoom(2, e.getX(), e.getY()); fitted = false; redraw(); }
                return;
            }
            MapRegion r = regionAt(e.getX(), e.getY());
            if (r != null) onRegionClicked.accept(r);
        });
        setOnScroll(e -> {
            if (viewport == null || e.getDeltaY() == 0) return;
            viewport = viewport.zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            fitted = false;
            redraw();
        });
        setOnMouseMoved(e -> {
            MapRegion r = regionAt(e.getX(), e.getY());
            String code = r == null ? null : r.code();
            if (!java.util.Objects.equals(code, hovered)) {
                hovered = code;
                redraw();
                if (r == null) {
                    tooltip.hide();
                } else {
                    tooltip.setText(tooltipText(r));
                    tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
                }
            } else if (r != null && tooltip.isShowing()) {
                tooltip.setAnchorX(e.getScreenX() + 14);
                tooltip.setAnchorY(e.getScreenY() + 14);
            }
        });
        setOnMouseExited(e -> { hovered = null; tooltip.hide(); redraw(); });
    }

    private String tooltipText(MapRegion r) {
        MapScene s = scene.get();
        if (s != null) {
            for (MapScene.Area a : s.areas()) if (a.code().equals(r.code()) && a.tooltip() != null) return a.tooltip();
        }
        return r.nameEn();
    }

    private void wireKeys() {
        setOnKeyPressed(e -> {
            if (viewport == null) return;
            fitted = false;
            double step = 60;
            KeyCode k = e.getCode();
            switch (k) {
                case PLUS, ADD, EQUALS -> zoom(1.4);
                case MINUS, SUBTRACT -> zoom(1 / 1.4);
                case DIGIT0, NUMPAD0 -> fit();
                case LEFT -> { viewport = viewport.pan(step, 0); redraw(); }
                case RIGHT -> { viewport = viewport.pan(-step, 0); redraw(); }
                case UP -> { viewport = viewport.pan(0, step); redraw(); }
                case DOWN -> { viewport = viewport.pan(0, -step); redraw(); }
                default -> { return; }
            }
            e.consume();
        });
    }
}
