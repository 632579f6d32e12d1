package kz.aimaq.ui.guide;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.InputStream;
import java.util.List;

/** The guide: the list of task pages on the left, the selected page (title, steps, screenshots) scrolling on the right. */
final class GuideView extends BorderPane {
    private final List<GuidePages.Page> pages;
    private final ListView<GuidePages.Page> list = new ListView<>();
    private final VBox content = new VBox(10);
    private final ObjectProperty<GuidePages.Page> shown = new SimpleObjectProperty<>();
    /** The width the page may use: pictures shrink with a narrow main area instead of pushing the text out of view. */
    private final javafx.beans.property.DoubleProperty room = new javafx.beans.property.SimpleDoubleProperty(760);

    GuideView(String lang) {
        pages = GuidePages.all(lang);
        list.getItems().setAll(pages);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(GuidePages.Page p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPrefWidth(230);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> { if (b != null) render(b); });
        content.setPadding(new Insets(16, 24, 24, 24));
        content.setMaxWidth(760);
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide-page");
        scroll.viewportBoundsProperty().addListener((o, a, b) -> room.set(b.getWidth()));
        setLeft(list);
        setCenter(scroll);
        show(pages.getFirst().id());
    }

    /** Shows a page by id (the first page for an unknown id). */
    void show(String id) {
        GuidePages.Page p = pages.stream().filter(x -> x.id().equals(id)).findFirst().orElse(pages.getFirst());
        list.getSelectionModel().select(p);
        render(p);
    }

    ObjectProperty<GuidePages.Page> shownProperty() { return shown; }

    private void render(GuidePages.Page p) {
        if (p == shown.get()) return;
        content.getChildren().clear();
        Label title = new Label(p.title());
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        title.setWrapText(true);
        title.setMinWidth(0);
        title.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(120, room.get() - 60), room));
        title.setId("guide-title");
        content.getChildren().add(title);
        for (GuidePages.Block b : p.blocks()) {
            switch (b) {
                case GuidePages.Block.Paragraph para -> content.getChildren().add(text(para.text(), false));
                case GuidePages.Block.Step step -> {
                    Label n = new Label(step.number() + ".");
                    n.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
                    n.setMinWidth(24);
                    Label t = text(step.text(), true);
                    HBox row = new HBox(6, n, t);
                    HBox.setHgrow(t, Priority.ALWAYS);
                    content.getChildren().add(row);
                }
                case GuidePages.Block.Image img -> {
                    InputStream in = GuideView.class.getResourceAsStream(img.resource());
                    if (in == null) continue; // a missing screenshot leaves the words
                    ImageView iv = new ImageView(new Image(in));
                    iv.setPreserveRatio(true);
                    double natural = iv.getImage().getWidth();
                    iv.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                            () -> Math.max(160, Math.min(natural, room.get() - 90)), room));
                    iv.setSmooth(true);
                    VBox.setMargin(iv, new Insets(2, 0, 8, 30));
                    content.getChildren().add(iv);
                }
            }
        }
        shown.set(p);
    }

    /** A wrapped label never wider than the page's room, so no word runs out of view in a narrow main area. */
    private Label text(String s, boolean step) {
        Label l = new Label(s);
        l.setWrapText(true);
        if (step) l.setStyle("-fx-font-size: 1.05em;");
        l.setMinWidth(0);
        double inset = step ? 90 : 60;
        l.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(120, Math.min(700, room.get() - inset)), room));
        l.maxWidthProperty().bind(l.prefWidthProperty());
        return l;
    }
}
