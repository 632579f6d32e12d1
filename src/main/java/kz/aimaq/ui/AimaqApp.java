package kz.aimaq.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.shell.Features;
import kz.aimaq.ui.shell.MainWindow;

import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;

/** The desktop application. Language: -Daimaq.lang, else the last choice, else the system's. */
public final class AimaqApp extends Application {
    /**
     * The user's settings node, made on first use: on Linux the first Preferences call starts a
     * timer thread and parses the settings file as XML with its DTD, 50-100 ms measured, which ran on
     * the main thread before the toolkit could start. Now the start-up thread reads it first.
     */
    private static final class Prefs {
        static final Preferences NODE = Preferences.userRoot().node("kz/aimaq");
    }

    /** The first window's figures, read while the toolkit starts (null when launched otherwise, e.g. by a test). */
    private static volatile CompletableFuture<IndicatorData> firstWindowData;

    public static void launchApp(String[] args) {
        firstWindowData = readWhileToolkitStarts();
        quietClasspathWarning();
        Application.launch(AimaqApp.class, args);
    }

    /** Held so the logging system, which keeps loggers weakly, keeps this one with its filter. */
    private static java.util.logging.Logger javafxLogger;

    /**
     * Drops JavaFX's start-up warning that its classes come from the class path ("Unsupported
     * JavaFX configuration"), as the launcher and installers run it. Writing that one record
     * started the logging system's console output, its date formatting and the time-zone rules:
     * 60-150 ms measured in a fresh JVM, on the thread that starts the toolkit, before the window
     * could be made. Only records of the "javafx" logger itself with that text are dropped;
     * CSS, binding and other warnings come from its child loggers and are written as before.
     */
    private static void quietClasspathWarning() {
        javafxLogger = java.util.logging.Logger.getLogger("javafx");
        javafxLogger.setFilter(CLASSPATH_WARNING);
    }

    static final java.util.logging.Filter CLASSPATH_WARNING =
            r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration");

    private static String language() {
        String lang = System.getProperty("aimaq.lang");
        if (lang == null) lang = Prefs.NODE.get("lang", Messages.systemDefault());
        return Messages.normalise(lang);
    }

    /**
     * Starts, on a second core, the plain-Java work the first window would otherwise do on the UI
     * thread before it can show anything: reading the bundled figures (about 0.3 s), the language's
     * texts, and the first use of Jackson (its classes' static set-up, e.g. BigDecimal's tables, is
     * some 0.1 s behind the boundary configuration, the macro-region presets and the project
     * snapshot). JavaFX's own start (GTK, Prism, Glass) takes about half a second meanwhile. The window waits only for the figures; the rest is
     * a head start, and the code that needs it runs the same either way.
     */
    private static CompletableFuture<IndicatorData> readWhileToolkitStarts() {
        CompletableFuture<IndicatorData> data = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                data.complete(IndicatorData.bundled().copy());
            } catch (RuntimeException | Error e) {
                data.completeExceptionally(e);
                return;
            }
            try {
                Messages.of(language()).get("app.title");
                kz.aimaq.core.geo.BoundarySource.current();
                kz.aimaq.core.group.GroupingFiles.toJson(kz.aimaq.core.group.Groupings.defaultGrouping());
            } catch (RuntimeException | Error e) {
                // only a head start: the window reads these itself and reports what fails
            }
        }, "aimaq-start-up");
        t.setDaemon(true);
        t.start();
        return data;
    }

    /**
     * The fonts the map measures its labels with (core.render.TextMeasure, Java2D): the first use
     * reads the bundled faces and starts Java2D's font machinery and glyph caches, which the first
     * frame's label layout would otherwise wait for. Started once JavaFX is up, so Java2D starts
     * after GTK, as it did on the UI thread; the measurements are the same either way.
     */
    private static void warmUpLabelFonts() {
        Thread t = new Thread(() -> {
            try {
                kz.aimaq.core.render.TextMeasure.width("Қазақстан 0,9", 11, true);
                kz.aimaq.core.render.TextMeasure.width("Казахстан", 9, false);
            } catch (RuntimeException | Error e) {
                // only a head start: the first frame measures its labels itself
            }
        }, "aimaq-font-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override public void start(Stage stage) {
        warmUpLabelFonts();
        CompletableFuture<IndicatorData> early = firstWindowData;
        firstWindowData = null; // a later window (another language) reads its own copy
        IndicatorData data = early == null ? null : early.exceptionally(e -> null).join();
        open(stage, language(), data);
    }

    private void open(Stage stage, String lang, IndicatorData early) {
        kz.aimaq.ui.shell.PerformanceProbe.phase("fx-start");
        IndicatorData data = early != null ? early : IndicatorData.bundled().copy();
        kz.aimaq.ui.shell.PerformanceProbe.phase("indicator-data");
        MainWindow w = new MainWindow(stage, data, lang, l -> {
            Prefs.NODE.put("lang", l);
            Stage next = new Stage();
            stage.close();
            open(next, l, null);
        });
        kz.aimaq.ui.shell.PerformanceProbe.phase("main-window");
        Features.install(w);
        kz.aimaq.ui.shell.PerformanceProbe.phase("features");
        if (kz.aimaq.ui.shell.PerformanceProbe.enabled()) kz.aimaq.ui.shell.PerformanceProbe.afterStart(w);
        w.start();
    }
}
