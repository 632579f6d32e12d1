package kz.aimaq.ui.fx;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * A label or check box whose text wraps and keeps all its lines. A wrapping control's minimum
 * height is still one line, so a VBox that runs short of height (a side panel whose scroll bar
 * appears and takes some width after the heights were measured) shrinks it and the last line ends
 * in "…": NoEllipsisUiTest caught the scenario panel's financing check box cut so in kk.
 */
public final class WrappedText {
    /**
     * Text is measured this much narrower than it will be laid out. Layouts round widths to whole
     * pixels, and a text that fitted its measured width by a fraction of a pixel was laid out that
     * fraction narrower and drawn with "…" (a check box 228.15 px wide on one line, given 228 px,
     * keeps one line's height and cuts its text). A name within a pixel of the edge now gets a
     * second line's height, which it may not need.
     */
    static final double MEASURE_MARGIN = 1;

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
        return in.getTop() + graphic.prefHeight(w - in.getLeft() - in.getRight() - MEASURE_MARGIN) + in.getBottom();
    }

    /**
     * Lays a cell's graphic out over the whole cell; called from the cell's {@code layoutChildren}
     * after the skin's. A cell lays its graphic out at the graphic's own width, and the wrapping
     * text in it then got a fraction of a pixel less than its one-line width (228 for 228.15),
     * where it keeps one line's height and cuts: the layer list drew "Indicator: GRP per capita,
     * ..." (en, 1366x768) with 15 px free beside it.
     */
    public static void fillCell(Region cell, Region graphic) {
        Insets in = cell.getInsets();
        graphic.resizeRelocate(in.getLeft(), in.getTop(), cell.getWidth() - in.getLeft() - in.getRight(),
                cell.getHeight() - in.getTop() - in.getBottom());
    }

    /**
     * A combo box whose chosen item wraps onto a second line instead of ending in "…". The
     * clusters section's indicator box in a side panel 3 % narrower than usual (its scroll bar
     * shown) cut "Жұмыссыздық деңгейі" to "Жұмыссыздық деңг…" in kk; any longer indicator name
     * was cut at every width. The pop-up list is left as it is: it is as wide as its longest item.
     */
    public static <T> ComboBox<T> wrapChoice(ComboBox<T> box) {
        box.setButtonCell(new WrappingChoiceCell<>(box));
        return box;
    }

    /** The combo box's button cell: the chosen item's text (or the prompt), wrapped at the cell's width. */
    private static final class WrappingChoiceCell<T> extends ListCell<T> {
        private final ComboBox<T> box;

        WrappingChoiceCell(ComboBox<T> box) {
            this.box = box;
            setWrapText(true);
            // the box measures its button cell before the cell has a width: once it has one, a
            // name that needs two lines asks for the height again
            widthProperty().addListener((o, was, now) -> {
                if (now.doubleValue() > 0 && Math.abs(prefHeight(now.doubleValue()) - getHeight()) > 0.5) box.requestLayout();
            });
        }

        @Override protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) setText(box.getPromptText());
            else setText(box.getConverter() == null ? item.toString() : box.getConverter().toString(item));
        }

        @Override protected double computePrefHeight(double width) {
            double w = width > 0 ? width : getWidth();
            return super.computePrefHeight(w > 0 ? w - MEASURE_MARGIN : -1);
        }
    }
}
