package kz.aimaq.ui.fx;

import javafx.geometry.Insets;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * A label or check box whose text wraps and keeps all its lines. A wrapping control's minimum
 * height is still one line, so a VBox that runs short of height (a side panel whose scroll bar
 * appears and takes some width after the heights were measured) shrinks it and the last line ends
 * in "…": NoEllipsisUiTest caught the scenario panel's financing check box cut so in kk.
 */
public final class WrappedText {
    private WrappedText() {}

    /** Wraps each control's text and lets no layout give it less height than its lines need. */
    public static <T extends Labeled> T allLines(T control) {
        control.setWrapText(true);
        control.setMinHeight(Region.USE_PREF_SIZE);
        return control;
    }

    /**
     * A list cell's height with its wrapping graphic laid out at the cell's width. A list (or a
     * combo box) asks a cell for its height without a width, and a wrapping name was then measured
     * on one line and cut; {@code fallbackWidth} is used until the cell has a width of its own.
     * Returns a negative number when no width is known yet (the caller's default applies).
     */
    public static double cellHeight(Region cell, Region graphic, double width, double fallbackWidth) {
        double w = width > 0 ? width : cell.getWidth() > 0 ? cell.getWidth() : fallbackWidth;
        if (w <= 0) return -1;
        Insets in = cell.getInsets();
        return in.getTop() + graphic.prefHeight(w - in.getLeft() - in.getRight()) + in.getBottom();
    }
}
