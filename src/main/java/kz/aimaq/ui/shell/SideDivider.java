package kz.aimaq.ui.shell;

import javafx.scene.control.SplitPane;

import java.util.prefs.Preferences;

/**
 * Remembers where the user put the divider between the side panel and the main area, in pixels of
 * side panel width (a fraction would change the panel's width with the window's), across
 * sessions and language switches. A width the window cannot give is clamped on the next start.
 */
final class SideDivider {
    static final String KEY = "sidePanelWidth";
    private static final Preferences PREFS = Preferences.userRoot().node("kz/aimaq/ui");

    private SideDivider() {}

    /** The remembered side panel width, or the default of 400 px. */
    static double width() { return PREFS.getDouble(KEY, 400); }

    static void remember(SplitPane body) {
        var side = (javafx.scene.layout.Region) body.getItems().getFirst();
        side.setPrefWidth(width());
        boolean[] placed = {false};
        body.widthProperty().addListener((o, a, w) -> {
            if (placed[0] || w.doubleValue() <= 0) return;
            placed[0] = true;
            double px = Math.min(width(), w.doubleValue() * 0.5);
            body.setDividerPositions(px / w.doubleValue());
        });
        body.getDividers().getFirst().positionProperty().addListener((o, a, p) -> {
            if (!placed[0] || body.getWidth() <= 0) return;
            PREFS.putDouble(KEY, Math.round(p.doubleValue() * body.getWidth()));
        });
    }
}
