package kz.aimaq.ui.map;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import kz.aimaq.core.classify.Palette;
import kz.aimaq.core.i18n.Messages;

/** Shows a palette as its colour swatches, its name and the colour-blind-safe mark. */
final class PaletteCell extends ListCell<Palette> {
    private final Messages m;

    PaletteCell(Messages m) { this.m = m; }

    /**
     * The graphic per palette, made once: the box's button cell changes palette with every
     * indicator (each has its default), and new swatches and labels cost a CSS pass each time.
     */
    private final java.util.Map<Palette, HBox> graphics = new java.util.HashMap<>();

    @Override protected void updateItem(Palette p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) { setGraphic(null); setText(null); return; }
        setText(null);
        setGraphic(graphics.computeIfAbsent(p, this::graphic));
    }

    private HBox graphic(Palette p) {
        HBox swatches = new HBox(0);
        for (int c : p.colors(5)) swatches.getChildren().add(new Rectangle(14, 12, Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255)));
        Label name = new Label(m.get("palette." + p.id()) + (p.colorBlindSafe() ? "  ✓" : ""));
        name.setStyle("-fx-text-fill: -fx-text-base-color;");
        if (p.colorBlindSafe()) name.setTooltip(new javafx.scene.control.Tooltip(m.get("controls.cbSafe")));
        return new HBox(8, swatches, name);
    }
}
