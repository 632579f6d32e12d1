package kz.aimaq.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.ui.shell.Features;
import kz.aimaq.ui.shell.MainWindow;

import java.util.prefs.Preferences;

/** The desktop application. Language: -Daimaq.lang, else the last choice, else the system's. */
public final class AimaqApp extends Application {
    private static final Preferences PREFS = Preferences.userRoot().node("kz/aimaq");

    public static void launchApp(String[] args) { Application.launch(AimaqApp.class, args); }

    @Override public void start(Stage stage) {
        String lang = System.getProperty("aimaq.lang");
        if (lang == null) lang = PREFS.get("lang", Messages.systemDefault());
        open(stage, Messages.normalise(lang));
    }

    private void open(Stage stage, String lang) {
        kz.aimaq.ui.shell.PerformanceProbe.phase("fx-start");
        IndicatorData data = IndicatorData.bundled().copy();
        kz.aimaq.ui.shell.PerformanceProbe.phase("indicator-data");
        MainWindow w = new MainWindow(stage, data, lang, l -> {
            PREFS.put("lang", l);
            Stage next = new Stage();
            stage.close();
            open(next, l);
        });
        kz.aimaq.ui.shell.PerformanceProbe.phase("main-window");
        Features.install(w);
        kz.aimaq.ui.shell.PerformanceProbe.phase("features");
        if (kz.aimaq.ui.shell.PerformanceProbe.enabled()) kz.aimaq.ui.shell.PerformanceProbe.afterStart(w);
        w.start();
    }
}
