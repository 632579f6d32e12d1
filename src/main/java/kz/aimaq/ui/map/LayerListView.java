package kz.aimaq.ui.map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.map.MapLayer;
import kz.aimaq.ui.fx.WrappedText;

/**
 * The layer list: the indicator layer at the bottom, results above it (top of the list = drawn
 * on top). Each row: a check box to show or hide, up/down, and remove (not for the indicator
 * layer, which is always there to return to). A thin view over {@link MapViewModel}'s stack.
 */
public final class LayerListView extends VBox {
    private final ListView<MapLayer> list = new ListView<>();

    public LayerListView(MapViewModel vm, Messages m) {
        Label title = new Label(m.get("layers.title"));
        title.getStyleClass().add("section-title");
        list.setId("layer-list");
        list.setPrefHeight(4 * 30 + 4);
        list.setMinHeight(3 * 30 + 8); // three rows stay visible however tall the tabs below are
        list.setCellFactory(v -> new Row(vm, m));
        vm.layerStackProperty().addListener((o, a, s) -> {
            list.getItems().setAll(s.layers().reversed());
            // rows wrap their names: with layers added, removed or moved, a row kept the height of
            // the row before it at its place and cut its name ("Indicator: GRP per capita, ...");
            // made again then. A new name alone (every recolour: the indicator row says indicator
            // and year) keeps the rows, which the list measures again for it (LayerListUiTest):
            // making them again on each recolour was 2 ms of the UI thread and 2 of the renderer per frame
            if (a == null || !sameRows(a.layers(), s.layers())) list.refresh();
        });
        list.getItems().setAll(vm.layerStackProperty().get().layers().reversed());
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        getChildren().addAll(title, list);
    }

    public ListView<MapLayer> list() { return list; }

    private static boolean sameRows(java.util.List<MapLayer> a, java.util.List<MapLayer> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.get(i).id().equals(b.get(i).id())) return false;
        return true;
    }

    private static final class Row extends ListCell<MapLayer> {
        private final MapViewModel vm;
        private final CheckBox shown = new CheckBox();
        private final Button up = new Button("▲"), down = new Button("▼"), remove = new Button("✕");
        private final HBox box;

        Row(MapViewModel vm, Messages m) {
            this.vm = vm;
            up.setTooltip(new Tooltip(m.get("layers.up")));
            down.setTooltip(new Tooltip(m.get("layers.down")));
            remove.setTooltip(new Tooltip(m.get("layers.remove")));
            remove.setId("layer-remove");
            for (Button b : new Button[]{up, down, remove}) { b.getStyleClass().add("layer-button"); b.setFocusTraversable(false); }
            shown.setMaxWidth(Double.MAX_VALUE);
            // as tall as the row (measured a pixel narrower than it is, see WrappedText.cellHeight)
            shown.setMaxHeight(Double.MAX_VALUE);
            WrappedText.allLines(shown);
            HBox.setHgrow(shown, Priority.ALWAYS);
            box = new HBox(4, shown, up, down, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0); // wrap within the list's width instead of widening it
        }

        /**
         * The row's height for its width: the list asks a cell for its height without a width, and
         * a cell then measured its wrapping name at its one-line width, so a long name ("LISA
         * кластерлері: Жұмыссыздық деңгейі, 2024" in kk) got one line's height and was cut.
         */
        @Override protected double computePrefHeight(double width) {
            double listWidth = getListView() == null ? -1 : getListView().getWidth() - 2;
            double h = getGraphic() == null ? -1 : WrappedText.cellHeight(this, box, width, listWidth);
            return h >= 0 ? h : super.computePrefHeight(width);
        }

        /** The row's box fills the row ({@link WrappedText#fillCell}). */
        @Override protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() == box) WrappedText.fillCell(this, box);
        }

        @Override protected void updateItem(MapLayer layer, boolean empty) {
            super.updateItem(layer, empty);
            if (empty || layer == null) { setGraphic(null); setText(null); return; }
            shown.setText(layer.name());
            shown.setOnAction(null);
            shown.setSelected(layer.visible());
            // the indicator layer is always drawn under the results: its box stays ticked
            shown.setMouseTransparent(!layer.removable());
            shown.setFocusTraversable(layer.removable());
            shown.setOnAction(e -> vm.setLayerVisible(layer.id(), shown.isSelected()));
            up.setOnAction(e -> vm.moveLayer(layer.id(), +1));
            down.setOnAction(e -> vm.moveLayer(layer.id(), -1));
            remove.setOnAction(e -> vm.removeLayer(layer.id()));
            // the indicator layer has no buttons, and its name takes their room too (it wrapped
            // after "Показатель: ВРП на душу" with a third of the row empty)
            for (Button b : new Button[]{up, down, remove}) {
                b.setVisible(layer.removable());
                b.setManaged(layer.removable());
            }
            setGraphic(box);
            setText(null);
        }
    }
}
