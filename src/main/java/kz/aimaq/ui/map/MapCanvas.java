package kz.aimaq.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.Node;
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
 * The map on screen: layers repainted by the shared {@link MapPainter} whenever the scene or
 * the view changes. Drag pans, the wheel zooms around the pointer, double-click zooms in,
 * keys: + / − zoom, 0 fits, arrows pan. Hover shows a tooltip; click selects a region.
 * <p>
 * Pan and zoom are gestures: re-filling every district polygon on each mouse event costs more
 * than a frame, so during a gesture a picture of the map at rest (without its frame) is only moved
 * and scaled, the frame (legend, scale bar) stays on its canvas above it, and the map is painted
 * crisply again once the view has been still for {@link #SETTLE}.
 */
public final class MapCanvas extends Pane {
    /** How long the view must stay still before the moved picture is replaced by a crisp paint. */
    static final Duration SETTLE = Duration.millis(140);

    /**
     * Layers: fills (an image recoloured through a region raster), borders and labels above
     * them, the outline of the region under the pointer (a canvas the size of that region), the
     * frame on top. During a gesture a picture of the first three, with the city symbols, is
     * moved instead (see {@link GesturePicture}).
     */
    private final FillImage fills = new FillImage();
    private final Canvas lineCanvas = new Canvas();
    private final Canvas hoverCanvas = new Canvas();
    /** The city symbols, while a gesture's picture is taken (at rest they are on the frame). */
    private final Canvas cityCanvas = new Canvas();
    private final Canvas frameCanvas = new Canvas();
    private final GesturePicture gesture = new GesturePicture();
    /** Clips the moved picture to the map rectangle, so it never slides over the footer. */
    private final Rectangle mapClip = new Rectangle();
    /** The map's layers below the frame; the gesture's snapshot is taken of them. */
    private final Pane picture = new Pane(fills.node(), lineCanvas, hoverCanvas, cityCanvas, gesture.node());
    private final Pane mapHolder = new Pane(picture);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final MapPainter painter = new MapPainter();
    /** Kept across frames: they cache fonts and label widths. */
    private final FxSurface citySurface = new FxSurface(cityCanvas.getGraphicsContext2D());
    private final FxSurface lineSurface = new FxSurface(lineCanvas.getGraphicsContext2D());
    private final FxSurface hoverSurface = new FxSurface(hoverCanvas.getGraphicsContext2D());
    private final FxSurface frameSurface = new FxSurface(frameCanvas.getGraphicsContext2D());
    /** What the line layer shows now (scene, viewport, size), so a recolour can leave it alone. */
    private MapScene linesScene;
    private Viewport linesViewport;
    private double linesW, linesH;
    /** How often the line layer was painted: tests check that moving the pointer leaves it alone. */
    int linePaints;
    /** The viewport of the gesture's picture while a gesture runs; null when no gesture runs. */
    private Viewport painted;
    /** The viewport the layers at rest show, after their last paint. */
    private Viewport restViewport;
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
    /** Further listeners of clicks on regions (the data table selects the clicked region's row). */
    private final java.util.List<Consumer<MapRegion>> clickListeners = new java.util.ArrayList<>();
    /** Regions outlined on screen only (the data table's selected rows); never part of an export. */
    private final javafx.collections.ObservableSet<String> marked = javafx.collections.FXCollections.observableSet();

    public MapCanvas() {
        mapHolder.setClip(mapClip);
        mapHolder.setManaged(false);
        picture.setManaged(false);
        cityCanvas.setVisible(false);
        frameCanvas.setMouseTransparent(true);
        frameCanvas.setManaged(false);
        hoverCanvas.setMouseTransparent(true);
        hoverCanvas.setManaged(false);
        hoverCanvas.setVisible(false);
        getChildren().addAll(mapHolder, frameCanvas);
        showFillImage(false);
        settle.setOnFinished(e -> { redraw(); settling = true; });
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
        // the window moved to a screen of another pixel density: the fill image is made again for it
        renderScale.addListener((o, a, b) -> redraw());
        marked.addListener((javafx.collections.SetChangeListener<String>) c -> { linesScene = null; redraw(); });
    }

    /** Regions to outline on screen (selected rows of the data table); exports do not draw them. */
    public javafx.collections.ObservableSet<String> marked() { return marked; }

    /** Adds a listener of clicks on regions, beside the one set with {@link #setOnRegionClicked}. */
    public void addOnRegionClicked(Consumer<MapRegion> c) { clickListeners.add(c); }

    public ObjectProperty<MapScene> mapSceneProperty() { return scene; }

    public ObjectProperty<PreparedLayer> layerProperty() { return layer; }

    /** Shows a scene, redrawing even when it equals the current one (overlays may have changed inside). */
    public void show(MapScene s) {
        if (scene.get() == s || java.util.Objects.equals(scene.get(), s)) redraw();
        scene.set(s);
    }

    public void setOnRegionClicked(Consumer<MapRegion> c) { onRegionClicked = c; }

    public Viewport viewport() { return viewport; }

    /**
     * Painting waits for the layout pass of the next pulse: several changes in one pulse (an
     * indicator change also changes the year; a drag delivers several mouse events) paint once.
     * A snapshot runs the layout pass first, so it always shows the current state.
     */
    @Override protected void layoutChildren() {
        sizeCanvases();
        if (pending == Pending.FULL) paintNow();
        else if (pending == Pending.MOVE) moveNow();
    }

    private enum Pending { NONE, MOVE, FULL }

    private Pending pending = Pending.NONE;
    /**
     * True while the pending full paint is the settle timer's: a move later in the same pulse (a
     * frame slower than {@link #SETTLE} lets the timer run out although the gesture goes on)
     * turns it back into a moved picture, instead of repainting the whole map every frame.
     */
    private boolean settling;

    private void sizeCanvases() {
        mapHolder.resize(getWidth(), getHeight());
        picture.resize(getWidth(), getHeight());
        cityCanvas.setWidth(getWidth());
        cityCanvas.setHeight(getHeight());
        lineCanvas.setWidth(getWidth());
        lineCanvas.setHeight(getHeight());
        frameCanvas.setWidth(getWidth());
        frameCanvas.setHeight(getHeight());
    }

    private void resized() {
        sizeCanvases();
        if (fitted) viewport = null;
        else if (viewport != null) viewport = viewport.resize(getWidth(), getHeight());
        paintNow();
    }

    public void fit() { viewport = null; fitted = true; redraw(); }

    public void zoom(double factor) {
        if (viewport == null) return;
        viewport = viewport.zoom(factor, getWidth() / 2, getHeight() / 2);
        fitted = false;
        viewMoved();
    }

    /** Paints the whole picture crisply at the next pulse (and ends a pan/zoom gesture if one runs). */
    public void redraw() {
        settle.stop();
        settling = false;
        MapScene s = scene.get();
        // the viewport is known at once: hit tests and callers may need it before the paint
        if (viewport == null && s != null && getWidth() > 0 && getHeight() > 0) viewport = painter.fitViewport(s, getWidth(), getHeight());
        request(Pending.FULL);
    }

    private void request(Pending p) {
        if (p.ordinal() <= pending.ordinal()) return;
        pending = p;
        if (getScene() == null) layoutChildren(); // not on screen: nothing batches the paint
        else requestLayout();
    }

    private void paintNow() {
        pending = Pending.NONE;
        settling = false;
        settle.stop();
        painted = null;
        gesture.hide();
        MapScene s = scene.get();
        double w = getWidth(), h = getHeight();
        if (s == null || w <= 0 || h <= 0) {
            for (Canvas c : new Canvas[]{lineCanvas, frameCanvas}) c.getGraphicsContext2D().clearRect(0, 0, w, h);
            hoverCanvas.setVisible(false);
            showFillImage(false);
            linesScene = null;
            restViewport = null;
            return;
        }
        if (viewport == null) viewport = painter.fitViewport(s, w, h);
        clipToMap(s, w, h);
        paintFills(s, w, h);
        if (!linesShow(s, viewport, w, h)) paintLines(s, w, h);
        lineCanvas.setVisible(true); // hidden during a gesture
        restViewport = viewport;
        paintHover();
        paintFrame(s, w, h);
    }

    /** How often a region raster was made: tests check that a recolour reuses it. */
    int rastersMade() { return fills.rastersMade; }

    /** The fill layer, see {@link FillImage}. */
    private void paintFills(MapScene s, double w, double h) {
        fills.show(painter, s, w, h, viewport, pixelScale());
        showFillImage(true);
    }

    /** What a moved picture uncovers at its edges looks like the map's background. */
    private static final Color MAP_COLOUR = Color.rgb(0xF4, 0xF6, 0xF8);
    private static final Background MAP_BACKGROUND = new Background(new BackgroundFill(MAP_COLOUR, null, null));

    /**
     * Shows the fill image, or the map's background colour (without a map). The image, and a
     * gesture's picture, cover the whole pane, so the pane's own background is dropped while
     * they show: the software renderer would paint it under them on every map frame (a 1 ms pass).
     */
    private void showFillImage(boolean image) {
        fills.node().setVisible(image);
        setBackground(image ? null : MAP_BACKGROUND);
    }

    /** Device pixels per px of the window the map is in (2 on a Retina display); null off screen. */
    private final javafx.beans.value.ObservableValue<Number> renderScale =
            sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::renderScaleXProperty);

    private double pixelScale() {
        Number k = renderScale.getValue();
        return k != null && k.doubleValue() > 0 ? k.doubleValue() : 1;
    }

    /**
     * Outlines the region under the pointer on a canvas of its own, the size of that region,
     * with the labels there drawn again above the outline. Moving the pointer from region to
     * region repaints only this, not the whole map: on the district map that full repaint per
     * region crossed took 50-120 ms, measured with the probe.
     */
    private void paintHover() {
        MapScene s = scene.get();
        double w = getWidth(), h = getHeight();
        double[] b = s == null || hovered == null || viewport == null ? null : painter.highlightBounds(s, hovered, w, h, viewport);
        if (b == null) {
            hoverCanvas.setVisible(false);
            return;
        }
        hoverCanvas.setLayoutX(b[0]);
        hoverCanvas.setLayoutY(b[1]);
        hoverCanvas.setWidth(b[2]);
        hoverCanvas.setHeight(b[3]);
        var g = hoverCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, b[2], b[3]);
        g.save();
        g.translate(-b[0], -b[1]);
        painter.paintHighlight(s, hovered, hoverSurface, w, h, viewport, b);
        g.restore();
        hoverCanvas.setVisible(true);
    }

    /** The pointer is over another region now (or none): outlined at once, or after a running gesture. */
    private void hoverChanged() {
        if (painted == null && pending != Pending.FULL) paintHover();
    }

    private void paintLines(MapScene shown, double w, double h) {
        linePaints++;
        lineCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        lineCanvas.setVisible(true);
        painter.paintLines(shown, lineSurface, w, h, viewport);
        painter.paintMarks(shown, marked, lineSurface, w, h, viewport);
        linesScene = shown;
        linesViewport = viewport;
        linesW = w;
        linesH = h;
    }

    /** How often the whole frame layer and the scale bar alone were painted: tests check a gesture's steps. */
    int framePaints, scaleBarPaints;

    private void paintFrame(MapScene shown, double w, double h) {
        framePaints++;
        frameCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        painter.paintFrame(shown, frameSurface, w, h, viewport);
    }

    /**
     * True when the line layer already shows what this scene would put there: same view and
     * size, same regions, labels, outlines, highlight and selection; only fills and the legend
     * may differ (a recolour). Ring sets compare by identity: the layer and the group outlines
     * keep theirs across recolours.
     */
    private boolean linesShow(MapScene s, Viewport v, double w, double h) {
        MapScene old = linesScene;
        if (old == null || !v.equals(linesViewport) || w != linesW || h != linesH) return false;
        if (!java.util.Objects.equals(old.highlightedCode(), s.highlightedCode())
                || !java.util.Objects.equals(old.selectedCode(), s.selectedCode())
                || old.decorations().labels() != s.decorations().labels()
                || !old.outlines().equals(s.outlines()) || old.areas().size() != s.areas().size()) return false;
        for (int i = 0; i < s.areas().size(); i++) {
            MapScene.Area a = old.areas().get(i), b = s.areas().get(i);
            if (a.rings() != b.rings() || !a.code().equals(b.code()) || !java.util.Objects.equals(a.label(), b.label())
                    || a.labelX() != b.labelX() || a.labelY() != b.labelY() || a.labelPriority() != b.labelPriority()) return false;
        }
        return true;
    }

    private void clipToMap(MapScene s, double w, double h) {
        var l = painter.layout(s, w, h);
        mapClip.setX(l.mapX());
        mapClip.setY(l.mapY());
        mapClip.setWidth(l.mapW());
        mapClip.setHeight(l.mapH());
    }

    /**
     * The view moved (pan or zoom): shown at the next pulse, see {@link #moveNow}. The first step
     * of a gesture takes the picture of the map at rest, before anything of it changes.
     */
    private void viewMoved() {
        if (settling && pending == Pending.FULL && painted != null) {
            pending = Pending.NONE;
            settling = false;
        }
        if (painted == null && pending == Pending.NONE) beginGesture();
        request(Pending.MOVE);
    }

    /**
     * Takes the gesture's picture of the layers at rest, the city symbols on top as the frame
     * shows them, and paints the frame without them: they move with the picture. Nothing happens
     * when the layers at rest are not current (a full paint is due: it shows the new view anyway).
     */
    private void beginGesture() {
        MapScene s = scene.get();
        double w = getWidth(), h = getHeight();
        if (s == null || w <= 0 || h <= 0 || viewport == null || restViewport == null || getScene() == null) return;
        var cities = cityCanvas.getGraphicsContext2D();
        cities.clearRect(0, 0, w, h);
        cityCanvas.setVisible(true);
        painter.paintCities(s, citySurface, w, h, restViewport);
        gesture.take(picture, w, h, pixelScale(), MAP_COLOUR);
        cities.clearRect(0, 0, w, h);
        for (Node layer : new Node[]{fills.node(), lineCanvas, hoverCanvas, cityCanvas}) layer.setVisible(false);
        setBackground(gesture.coversPane() ? null : MAP_BACKGROUND); // what a moved picture uncovers
        painted = restViewport;
        paintGestureFrame(s, w, h);
    }

    /**
     * A gesture's step moves and scales its picture and, on a zoom, redraws the scale bar. The
     * crisp paint follows when the view has been still for {@link #SETTLE}.
     */
    private void moveNow() {
        pending = Pending.NONE;
        settling = false;
        MapScene s = scene.get();
        double w = getWidth(), h = getHeight();
        if (s == null || w <= 0 || h <= 0 || viewport == null || painted == null) { paintNow(); return; }
        // device position now of a pixel painted at p: x1 = k * x0 + tx (same for y)
        double k = viewport.scale() / painted.scale();
        double tx = viewport.toDeviceX(painted.toWorldX(0));
        double ty = viewport.toDeviceY(painted.toWorldY(0));
        gesture.show(k, tx, ty);
        if (viewport.scale() != framed.scale()) repaintScaleBar(s, w, h);
        settle.playFromStart();
    }

    /** The view the gesture's frame layer shows (its scale bar). */
    private Viewport framed;

    /**
     * The frame during a gesture: everything but the city symbols (they are on the moved picture),
     * kept while the gesture runs: a pan changes nothing on it, a zoom step only the scale bar.
     * Redrawing the whole frame on each step was most of the renderer's time per gesture frame
     * (the legend's text and swatches, JFR).
     */
    private void paintGestureFrame(MapScene s, double w, double h) {
        framePaints++;
        frameCanvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        painter.paintFrameWithoutCities(s, frameSurface, w, h, viewport);
        framed = viewport;
    }

    private void repaintScaleBar(MapScene s, double w, double h) {
        double[] clear = painter.scaleBarChange(s, w, h, framed, viewport);
        if (clear == null) { paintGestureFrame(s, w, h); return; }
        frameCanvas.getGraphicsContext2D().clearRect(clear[0], clear[1], clear[2], clear[3]);
        painter.paintScaleBar(s, frameSurface, w, h, viewport);
        scaleBarPaints++;
        framed = viewport;
    }

    /** The region under a point of this canvas (its local coordinates), or null: e.g. for a context menu. */
    public MapRegion regionAt(double x, double y) {
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
            viewMoved();
        });
        setOnMouseClicked(e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) return;
            if (e.getClickCount() == 2) {
                if (viewport != null) { viewport = viewport.zoom(2, e.getX(), e.getY()); fitted = false; viewMoved(); }
                return;
            }
            MapRegion r = regionAt(e.getX(), e.getY());
            if (r != null) {
                onRegionClicked.accept(r);
                for (Consumer<MapRegion> c : java.util.List.copyOf(clickListeners)) c.accept(r);
            }
        });
        setOnScroll(e -> {
            if (viewport == null || e.getDeltaY() == 0) return;
            viewport = viewport.zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            fitted = false;
            viewMoved();
        });
        setOnMouseMoved(e -> {
            MapRegion r = regionAt(e.getX(), e.getY());
            String code = r == null ? null : r.code();
            if (!java.util.Objects.equals(code, hovered)) {
                hovered = code;
                hoverChanged();
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
        setOnMouseExited(e -> { hovered = null; tooltip.hide(); hoverChanged(); });
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
                case LEFT -> { viewport = viewport.pan(step, 0); viewMoved(); }
                case RIGHT -> { viewport = viewport.pan(-step, 0); viewMoved(); }
                case UP -> { viewport = viewport.pan(0, step); viewMoved(); }
                case DOWN -> { viewport = viewport.pan(0, -step); viewMoved(); }
                default -> { return; }
            }
            e.consume();
        });
    }
}
