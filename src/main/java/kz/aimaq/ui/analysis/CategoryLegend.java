package kz.aimaq.ui.analysis;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import kz.aimaq.core.analysis.CategoricalMap;

/** A legend for a categorical map: a colour swatch, the label and the number of regions per category. */
public final class CategoryLegend extends VBox {
    private final Label title = new Label();

    public CategoryLegend() {
        super(3);
        setPadding(new Insets(4, 0, 4, 0));
        title.getStyleClass().add("legend-title");
        title.setWrapText(true);
        getStyleClass().add("category-legend");
    }

    public void show(CategoricalMap map) {
        getChildren().clear();
        if (map == null) return;
        title.setText(map.title());
        getChildren().add(title);
        for (CategoricalMap.Category c : map.categories()) {
            Rectangle swatch = new Rectangle(16, 12, Color.web(c.color()));
            swatch.setStroke(Color.GRAY);
            HBox row = new HBox(6, swatch, new Label(c.label() + "  (" + c.count() + ")"));
            row.getStyleClass().add("legend-entry");
            getChildren().add(row);
        }
    }
}
