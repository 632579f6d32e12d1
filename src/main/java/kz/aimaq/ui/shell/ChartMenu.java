package kz.aimaq.ui.shell;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.i18n.Messages;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Right-click on any chart in the window (region series, group shares, scenario trajectories,
 * the frontier, index breakdowns): copy it or save it as a PNG at twice the screen resolution,
 * sharp enough for a slide. One scene-wide handler, so charts added later get it too.
 */
public final class ChartMenu {
    /** Pixels per screen pixel in the copied or saved picture. */
    static final double SCALE = 2;

    private ChartMenu() {}

    public static void install(Scene scene, Messages m, Consumer<String> onError) { install(scene, m, onError, msg -> {}); }

    /** As above; {@code onStatus} hears "copied" after a copy (the clipboard gives no sign of its own). */
    public static void install(Scene scene, Messages m, Consumer<String> onError, Consumer<String> onStatus) {
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Node n = e.getPickResult().getIntersectedNode();
            while (n != null && !(n instanceof Chart)) n = n.getParent();
            if (!(n instanceof Chart chart)) return;
            MenuItem copy = new MenuItem(m.get("chart.copy"));
            copy.setOnAction(a -> {
                ClipboardContent c = new ClipboardContent();
                c.putImage(picture(chart));
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
                onStatus.accept(m.get("chart.copied"));
            });
            MenuItem save = new MenuItem(m.get("chart.savePng"));
            save.setOnAction(a -> {
                FileChooser fc = new FileChooser();
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("chart.pngFilter"), "*.png"));
                fc.setInitialFileName(fileName(chart.getTitle()));
                File f = kz.aimaq.ui.common.LastFolder.save(fc, scene.getWindow());
                if (f == null) return;
                try {
                    save(chart, f.toPath());
                } catch (IOException ex) {
                    onError.accept(m.format("chart.saveFailed", f.getName(), ex.getMessage()));
                }
            });
            new ContextMenu(copy, save).show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The chart as drawn, at {@link #SCALE} times its size. */
    static WritableImage picture(Chart chart) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(SCALE, SCALE));
        return chart.snapshot(p, null);
    }

    /** Writes the chart as a PNG (atomically: a failed save leaves no half file). */
    static void save(Chart chart, Path file) throws IOException {
        var image = SwingFXUtils.fromFXImage(picture(chart), null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer");
        });
    }

    static String fileName(String title) {
        String t = title == null || title.isBlank() ? "chart" : title.replaceAll("[\\\\/:*?\"<>|,]+", " ").replaceAll("\\s+", " ").trim();
        return (t.length() > 60 ? t.substring(0, 60).trim() : t) + ".png";
    }
}
