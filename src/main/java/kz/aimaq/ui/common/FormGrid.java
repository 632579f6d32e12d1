package kz.aimaq.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A two-column form (label, control) for a narrow side panel: the labels wrap onto more lines
 * instead of being cut, and the controls share the width instead of pushing the labels to "П…".
 * A wide indicator box used to take all the room and leave every label of the clusters section
 * one letter and an ellipsis. A combo box's chosen item wraps too ({@link kz.aimaq.ui.fx.WrappedText#wrapChoice}).
 */
public final class FormGrid {
    /** The label column's share of the width, in percent. */
    static final double LABELS = 40;

    private FormGrid() {}

    /** Lays out an already filled grid: wrapping labels in column 0, controls filling column 1. */
    public static GridPane tidy(GridPane g) { return tidy(g, LABELS); }

    /** As {@link #tidy(GridPane)}, the labels taking {@code labelsPercent} of the width (less when the choices are long). */
    public static GridPane tidy(GridPane g, double labelsPercent) {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(labelsPercent);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setPercentWidth(100 - labelsPercent);
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        g.getColumnConstraints().setAll(labels, controls);
        for (Node n : g.getChildren()) {
            Integer col = GridPane.getColumnIndex(n);
            Integer span = GridPane.getColumnSpan(n);
            if (span != null && span > 1) continue;
            if ((col == null || col == 0) && n instanceof Label l) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.setMaxWidth(Double.MAX_VALUE);
            } else if (col != null && col == 1) {
                if (n instanceof ComboBox<?> c && !c.isEditable() && c.getButtonCell() == null) kz.aimaq.ui.fx.WrappedText.wrapChoice(c);
                if (n instanceof ComboBoxBase<?> c) { c.setMinWidth(60); c.setMaxWidth(Double.MAX_VALUE); }
                else if (n instanceof ChoiceBox<?> c) { c.setMinWidth(60); c.setMaxWidth(Double.MAX_VALUE); }
                else if (n instanceof Spinner<?> s) s.setMinWidth(70);
            }
        }
        return g;
    }
}
