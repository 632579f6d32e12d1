package kz.aimaq.ui.workshop;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.ui.map.FxSurface;
import kz.aimaq.ui.map.MapViewModel;

/**
 * The projector: a full-screen window that draws the map of the current view with the one
 * painter, {@link #ZOOM} times larger than on a desk screen (type, lines, legend), with its
 * title, legend, source and boundary credit always on. Right, Page Down, Space and Enter go to
 * the next view (a presenter clicker sends Page Down / Page Up), Left, Page Up and Backspace to
 * the previous, Home / End to the first / last; Esc leaves.
 */
public final class Presenter {
    /** How much larger type and lines are than on the desk screen: read from the back of a room. */
    public static final double ZOOM = 1.5;
    private final Stage stage = new Stage();
    private final Canvas canvas = new Canvas();
    private final Label counter = new Label();
    private final MapPainter painter = new MapPainter();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final WorkshopViewModel workshop;
    private final MapViewModel vm;
    private final Messages m;
    private final ChangeListener<Number> redraw = (o, a, b) -> draw();
    private MapScene shown;

    public Presenter(Window owner, WorkshopViewModel workshop, MapViewModel vm, Messages m) {
        this.workshop = workshop;
        this.vm = vm;
        this.m = m;
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(m.get("workshop.present"));
        counter.setId("workshop-counter");
        counter.setStyle("-fx-font-size: 18px; -fx-text-fill: #52606d; -fx-background-color: rgba(255,255,255,0.8);");
        counter.setPadding(new Insets(4, 10, 4, 10));
        StackPane root = new StackPane(canvas, counter);
        StackPane.setAlignment(counter, Pos.TOP_RIGHT);
        root.setStyle("-fx-background-color: white;");
        root.setId("workshop-presenter");
        canvas.widthProperty().bind(root.widthProperty());
        canvas.heightProperty().bind(root.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        Scene scene = new Scene(root, 1280, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH); // Esc closes the presenter itself
        stage.setFullScreenExitHint(m.get("workshop.exitHint"));
        stage.setOnHidden(e -> vm.revisionProperty().removeListener(redraw));
        workshop.currentProperty().addListener((o, a, b) -> draw());
    }

    /** Opens full screen on the first view (or the one shown). */
    public void show() {
        vm.revisionProperty().addListener(redraw);
        if (workshop.currentProperty().get() < 0 && !workshop.views().isEmpty()) workshop.show(0);
        stage.setFullScreen(true);
        stage.show();
        stage.toFront();
        draw();
    }

    public void close() { stage.close(); }

    public boolean isShowing() { return stage.isShowing(); }

    public Stage stage() { return stage; }

    /** The picture on the projector now (framed scene), for tests. */
    public MapScene shownScene() { return shown; }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        switch (k) {
            case RIGHT, PAGE_DOWN, SPACE, ENTER, DOWN -> workshop.next();
            case LEFT, PAGE_UP, BACK_SPACE, UP -> workshop.previous();
            case HOME -> workshop.show(0);
            case END -> workshop.show(workshop.views().size() - 1);
            case ESCAPE -> close();
            default -> { return; }
        }
        e.consume();
    }

    private void draw() {
        if (!stage.isShowing() && shown != null) return;
        MapModel model = vm.modelProperty().get();
        double w = canvas.getWidth(), h = canvas.getHeight();
        var g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h);
        int i = workshop.currentProperty().get();
        counter.setText(workshop.views().isEmpty() ? "" : (i + 1) + " / " + workshop.views().size()
                + (i >= 0 && i < workshop.views().size() ? " · " + workshop.views().get(i).name() : ""));
        if (model == null || w <= 0 || h <= 0) return;
        shown = WorkshopViewModel.slideScene(model);
        g.save();
        g.scale(ZOOM, ZOOM);
        painter.paint(shown, surface, w / ZOOM, h / ZOOM, null);
        g.restore();
    }
}
