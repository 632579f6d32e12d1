package kz.aimaq.ui.fx;

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
}
