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
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final MapPainter painter = new MapPainter();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final WorkshopViewModel workshop;
    private final MapViewModel vm;
    private final Messages m;
    private final ChangeListener<Number> redraw = (o, a, b) -> draw();
    private MapScene shown;
    private final Window owner;

    public Presenter(Window owner, WorkshopViewModel workshop, MapViewModel vm, Messages m) {
        this.workshop = workshop;
        this.vm = vm;
        this.m = m;
        this.owner = owner;
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(m.get("workshop.present"));
        counter.setId("workshop-counter");
        counter.setStyle("-fx-font-size: 20px; -fx-text-fill: #52606d;");
        counter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // title and subtitle as labels that wrap: a long Kazakh indicator name at projector size must not run off the screen
        title.setId("workshop-title");
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 40px; -fx-font-weight: bold; -fx-text-fill: #1f2933;");
        subtitle.setWrapText(true);
        subtitle.setStyle("-fx-font-size: 24px; -fx-text-fill: #52606d;");
        javafx.scene.layout.VBox titles = new javafx.scene.layout.VBox(2, title, subtitle);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(24, titles, counter);
        javafx.scene.layout.HBox.setHgrow(titles, javafx.scene.layout.Priority.ALWAYS);
        head.setPadding(new Insets(16, 28, 0, 28));
        head.setStyle("-fx-background-color: #f4f6f8;");
        StackPane mapPane = new StackPane(canvas);
        mapPane.setMinSize(0, 0);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(mapPane);
        root.setTop(head);
        root.setStyle("-fx-background-color: #f4f6f8;");
        root.setId("workshop-presenter");
        canvas.widthProperty().bind(mapPane.widthProperty());
        canvas.heightProperty().bind(mapPane.heightProperty());
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
        // the whole screen the main window is on, also where a window system offers no full-screen mode
        var screens = owner == null ? java.util.List.<javafx.stage.Screen>of()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        var bounds = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.getFirst()).getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreen(true);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        draw();
    }

    public void close() { stage.close(); }

    public boolean isShowing() { return stage.isShowing(); }

    public Stage stage() { return stage; }

    /** The title shown above the map. */
    public String title() { return title.getText(); }

    /** The picture on the projector now (framed scene; its title is shown as {@link #title()}), for tests. */
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
        MapScene.Decorations d = shown.decorations();
        title.setText(d.title());
        subtitle.setText(d.subtitle() == null ? "" : d.subtitle());
        subtitle.setManaged(d.subtitle() != null && !d.subtitle().isBlank());
        MapScene map = shown.withDecorations(new MapScene.Decorations(null, null, d.sourceLine(), d.attributionLine(),
                d.dateLine(), d.legend(), d.scaleBar(), d.northArrow(), d.labels(), d.lang()));
        g.save();
        g.scale(ZOOM, ZOOM);
        painter.paint(map, surface, w / ZOOM, h / ZOOM, null);
        g.restore();
    }
}
