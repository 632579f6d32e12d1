package kz.aimaq.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Table columns at least as wide as their header text, so "Население, чел." is never shown as
 * "Население…" (JavaFX's column headers do not wrap). A table with more columns than room then
 * scrolls sideways instead of cutting every header.
 */
public final class ColumnHeaders {
    /** Header padding, the sort arrow and a pixel of rounding, in px. */
    static final double PADDING = 22;

    private ColumnHeaders() {}

    /** Sets each column's minimum (and, when smaller, preferred) width to its header text's width. */
    @SafeVarargs
    public static <S> void fit(TableColumn<S, ?>... columns) {
        for (TableColumn<S, ?> c : columns) fit(c, Font.getDefault());
    }

    /** As {@link #fit(TableColumn[])}, for every column of a table. */
    public static void fitAll(javafx.scene.control.TableView<?> table) {
        for (TableColumn<?, ?> c : table.getColumns()) fit(c, Font.getDefault());
    }

    static void fit(TableColumn<?, ?> c, Font font) {
        if (c.getText() == null || c.getText().isEmpty()) return;
        // the stylesheet's 13 px, bold in column headers
        Text t = new Text(c.getText());
        t.setFont(Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, 13));
        double w = Math.ceil(t.getLayoutBounds().getWidth()) + PADDING;
        c.setMinWidth(Math.max(c.getMinWidth(), w));
        if (c.getPrefWidth() < w) c.setPrefWidth(w);
    }
}
