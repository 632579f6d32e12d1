package kz.aimaq.ui.map;

import kz.aimaq.ui.fx.WrappedText;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import kz.aimaq.core.classify.Palette;
import kz.aimaq.core.i18n.Messages;

/** Shows a palette as its colour swatches, its name and the colour-blind-safe mark. */
final class PaletteCell extends ListCell<Palette> {
    private static final int SWATCHES = 5;

    private final Messages m;
    /**
     * One graphic, updated in place: the box's button cell changes palette with every indicator
     * (each has its default), and giving it another graphic (even one made before) put new nodes
     * in the scene, which the next CSS pass styled from scratch (a CSS debug hook counted a
     * REAPPLY of the graphic on a third of the oblast recolours). New colours and a new text
     * need no restyling.
     */
    private final Rectangle[] swatches = new Rectangle[SWATCHES];
    private final Label name = new Label();
    private final HBox graphic;
    private Tooltip cbSafe;

    PaletteCell(Messages m) {
        this.m = m;
        HBox row = new HBox(0);
        for (int i = 0; i < SWATCHES; i++) row.getChildren().add(swatches[i] = new Rectangle(14, 12));
        name.setStyle("-fx-text-fill: -fx-text-base-color;");
        // a long name wraps instead of ending in "…" ("Сары – қызғылт сары – қызыл" in kk is wider
        // than the palette box at 1366x768)
        WrappedText.allLines(name);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
        graphic = new HBox(8, row, name);
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    /**
     * The cell's height for its width: a list or a combo box asks a cell for its height without a
     * width, and the wrapped name would then be measured on one line and cut.
     */
    @Override protected double computePrefHeight(double width) {
        double h = getGraphic() == null ? -1 : WrappedText.cellHeight(this, graphic, width, -1);
        return h >= 0 ? h : super.computePrefHeight(width);
    }

    /** The swatches and name fill the cell ({@link WrappedText#fillCell}). */
    @Override protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() == graphic) WrappedText.fillCell(this, graphic);
    }

    @Override protected void updateItem(Palette p, boolean empty) {
        super.updateItem(p, empty);
        setText(null);
        if (empty || p == null) { setGraphic(null); return; }
        int[] colors = p.colors(SWATCHES);
        for (int i = 0; i < SWATCHES; i++) {
            int c = colors[i];
            swatches[i].setFill(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
        }
        name.setText(m.get("palette." + p.id()) + (p.colorBlindSafe() ? "  ✓" : ""));
        if (p.colorBlindSafe() && cbSafe == null) cbSafe = new Tooltip(m.get("controls.cbSafe"));
        name.setTooltip(p.colorBlindSafe() ? cbSafe : null);
        setGraphic(graphic);
    }
}
