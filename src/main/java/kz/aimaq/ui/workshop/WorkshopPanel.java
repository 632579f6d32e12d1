package kz.aimaq.ui.workshop;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.workspace.SavedView;

/**
 * The side strip of saved views: the list in presentation order (a click shows a view on the
 * map), and Add current view, Rename, Delete, move up / down, Present, Export slide / deck.
 */
final class WorkshopPanel extends VBox {
    final ListView<SavedView> list;
    final Button add, rename, delete, up, down, present, slide, deck;

    WorkshopPanel(WorkshopViewModel model, Messages m, WorkshopFeature actions) {
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("side-panel");
        setId("workshop-panel");
        Label hint = new Label(m.get("workshop.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("note");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list = new ListView<>(model.views());
        list.setId("workshop-views");
        // the empty list's hint wraps to the list's width (a placeholder is otherwise laid out at
        // its one-line width and cut when the side panel is narrow)
        Label empty = new Label(m.get("workshop.empty"));
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(8));
        empty.maxWidthProperty().bind(list.widthProperty().subtract(8));
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // long indicator names wrap inside the strip instead of running under a scroll bar
                prefWidthProperty().bind(v.widthProperty().subtract(24));
                setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }

            @Override protected void updateItem(SavedView item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) { setText(null); return; }
                setText((getIndex() + 1) + ". " + item.name() + "\n" + model.describe(item));
                setWrapText(true);
            }
        });
        list.setOnMouseClicked(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) model.show(i);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        add = button(m.get("workshop.add"), "workshop-add");
        add.setOnAction(e -> list.getSelectionModel().select(model.addCurrent(null)));
        rename = button(m.get("workshop.rename"), "workshop-rename");
        rename.setOnAction(e -> actions.renameSelected());
        delete = button(m.get("workshop.delete"), "workshop-delete");
        delete.setOnAction(e -> model.delete(list.getSelectionModel().getSelectedIndex()));
        up = button("▲", "workshop-up");
        up.setTooltip(new Tooltip(m.get("workshop.up")));
        up.setOnAction(e -> list.getSelectionModel().select(model.move(list.getSelectionModel().getSelectedIndex(), -1)));
        down = button("▼", "workshop-down");
        down.setTooltip(new Tooltip(m.get("workshop.down")));
        down.setOnAction(e -> list.getSelectionModel().select(model.move(list.getSelectionModel().getSelectedIndex(), 1)));
        present = button(m.get("workshop.present") + " (F5)", "workshop-present");
        present.setOnAction(e -> actions.present());
        present.setDefaultButton(false);
        slide = button(m.get("workshop.exportSlide"), "workshop-slide");
        slide.setOnAction(e -> actions.exportSlide());
        deck = button(m.get("workshop.exportDeck"), "workshop-deck");
        deck.setOnAction(e -> actions.exportDeck());
        var noSelection = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        rename.disableProperty().bind(noSelection);
        delete.disableProperty().bind(noSelection);
        up.disableProperty().bind(noSelection);
        down.disableProperty().bind(noSelection);
        slide.disableProperty().bind(noSelection);
        var none = javafx.beans.binding.Bindings.isEmpty(model.views());
        present.disableProperty().bind(none);
        deck.disableProperty().bind(none);
        FlowPane edit = new FlowPane(6, 6, add, rename, delete, up, down);
        FlowPane show = new FlowPane(6, 6, present, slide);
        // the longest button has a row of its own and wraps: in a flow pane, which lays every
        // button out at its one-line width, "Барлық көріністерді презентацияға экспорттау…" (kk)
        // was wider than the side panel and pushed the whole tab past its right edge
        deck.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        kz.aimaq.ui.fx.WrappedText.allLines(deck);
        getChildren().addAll(hint, list, edit, show, deck);
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
