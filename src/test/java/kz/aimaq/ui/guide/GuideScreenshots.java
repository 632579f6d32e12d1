package kz.aimaq.ui.guide;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.ui.shell.Features;
import kz.aimaq.ui.shell.MainWindow;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Makes the guide's screenshots: the real window (all features) in each language at 1366 × 768,
 * one picture per task page, scaled to half size. Run by {@code packaging/make-guide-screenshots.sh}
 * under a display (Xvfb); not a test.
 *
 * <p>Usage: {@code GuideScreenshots OUT_DIR [lang...]} → OUT_DIR/&lt;lang&gt;/{map,groups,scenario,file-menu}.png
 */
public final class GuideScreenshots {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/guide/img");
        String[] langs = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[]{"kk", "ru", "en"};
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        for (String lang : langs) shoot(out.resolve(lang), lang);
        Platform.exit();
        System.exit(0);
    }

    static <T> T fx(Supplier<T> s) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        AtomicReference<Throwable> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try { r.set(s.get()); } catch (Throwable t) { err.set(t); } finally { done.countDown(); }
        });
        done.await();
        if (err.get() != null) throw new RuntimeException(err.get());
        return r.get();
    }

    static void shoot(Path dir, String lang) throws Exception {
        Files.createDirectories(dir);
        MainWindow w = fx(() -> {
            Stage stage = new Stage();
            MainWindow m = new MainWindow(stage, IndicatorData.bundled().copy(), lang, l -> {});
            Features.install(m);
            m.start();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
            return m;
        });
        for (int i = 0; i < 120 && fx(() -> w.viewModel().sceneProperty().get() == null); i++) Thread.sleep(500);
        Thread.sleep(3000);
        selectTab(w, 0);
        save(fx(() -> snapshot(w, false)), dir.resolve("map.png"));
        selectTab(w, "groups");
        save(fx(() -> snapshot(w, false)), dir.resolve("groups.png"));
        selectTab(w, "scenario");
        Thread.sleep(6000); // the scenario panel calibrates in the background
        save(fx(() -> snapshot(w, false)), dir.resolve("scenario.png"));
        selectTab(w, 0);
        fx(() -> { w.fileMenu().show(); return null; });
        Thread.sleep(1200);
        BufferedImage menu = fx(() -> snapshot(w, true));
        save(menu, dir.resolve("file-menu.png")); // the import and project pages both start from the File menu
        fx(() -> { w.fileMenu().hide(); w.root().getScene().getWindow().hide(); return null; });
    }

    static void selectTab(MainWindow w, int index) throws Exception {
        fx(() -> { w.sideTabs().getSelectionModel().select(index); return null; });
        Thread.sleep(1500);
    }

    static void selectTab(MainWindow w, String which) throws Exception {
        fx(() -> {
            for (Tab t : w.sideTabs().getTabs()) {
                String page = GuideFeature.pageFor(t, w.messages());
                if ((which.equals("groups") && page.equals("macro-regions")) || (which.equals("scenario") && page.equals("scenario"))) {
                    w.sideTabs().getSelectionModel().select(t);
                }
            }
            return null;
        });
        Thread.sleep(1500);
    }

    /** The window's scene, with the open popups (menus) drawn over it at their place. */
    static BufferedImage snapshot(MainWindow w, boolean withPopups) {
        Scene scene = w.root().getScene();
        Window main = scene.getWindow();
        BufferedImage img = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        if (withPopups) {
            Graphics2D g = img.createGraphics();
            for (Window p : Window.getWindows()) {
                if (!(p instanceof javafx.stage.PopupWindow) || !p.isShowing() || p.getScene() == null) continue;
                WritableImage pi = p.getScene().snapshot(null);
                g.drawImage(SwingFXUtils.fromFXImage(pi, null), (int) (p.getX() - main.getX() - scene.getX()),
                        (int) (p.getY() - main.getY() - scene.getY()), null);
            }
            g.dispose();
        }
        return img;
    }

    /** Half size (683 px wide for the 1366 px window), bicubic. */
    static void save(BufferedImage full, Path file) throws Exception {
        int w = full.getWidth() / 2, h = full.getHeight() / 2;
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(full, 0, 0, w, h, null);
        g.dispose();
        ImageIO.write(small, "png", file.toFile());
        System.out.println(file);
    }
}
