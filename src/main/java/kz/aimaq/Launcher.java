package kz.aimaq;

import kz.aimaq.cli.Cli;

/**
 * Entry point. With a command word it runs the headless CLI; without one it starts the desktop
 * app. (In classpath mode the main class must not extend javafx.application.Application.)
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".aimaq")) {
            System.setProperty("aimaq.open", args[0]); // a double-clicked workspace: the app opens it
            args = new String[0];
        }
        if (args.length > 0 && !args[0].startsWith("-psn")) {
            // commands that draw a picture: fonts and Java2D start up while the data are read
            if (java.util.Set.of("render", "disparities", "deck").contains(args[0])) {
                kz.aimaq.core.export.ExportFonts.warmUpInBackground();
                kz.aimaq.core.export.Today.prepareInBackground();
            }
            Cli.main(args);
        } else {
            // Loaded reflectively so the CLI never touches JavaFX classes.
            Class.forName("kz.aimaq.ui.AimaqApp").getMethod("launchApp", String[].class).invoke(null, (Object) args);
        }
    }
}
