package kz.aimaq.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.prefs.Preferences;

/**
 * Every open and save dialog of the application starts in the folder the user last chose a file
 * in (any dialog: a chart saved to "Отчёт" puts the next export there too), and remembers it
 * across sessions. A folder that has been deleted or moved since is skipped, so the dialog opens
 * where the platform would open it.
 *
 * <p>The folder is kept in the user's preferences, not in a static field, so it survives a restart
 * (and a language switch, which rebuilds the window).
 */
public final class LastFolder {
    static final String KEY = "lastFolder";
    private static final Preferences PREFS = Preferences.userRoot().node("kz/aimaq/ui");

    private LastFolder() {}

    /** Shows a save dialog that starts in the last folder; remembers the folder of the chosen file. */
    public static File save(FileChooser fc, Window owner) { return remember(prepare(fc).showSaveDialog(owner)); }

    /** Shows an open dialog that starts in the last folder; remembers the folder of the chosen file. */
    public static File open(FileChooser fc, Window owner) { return remember(prepare(fc).showOpenDialog(owner)); }

    /** The last folder used, if it still exists. */
    public static java.util.Optional<File> folder() {
        String p = PREFS.get(KEY, null);
        if (p == null) return java.util.Optional.empty();
        File f = new File(p);
        return f.isDirectory() ? java.util.Optional.of(f) : java.util.Optional.empty();
    }

    /** Sets the dialog's initial folder to the last one, unless the caller set one already. */
    static FileChooser prepare(FileChooser fc) {
        if (fc.getInitialDirectory() == null) folder().ifPresent(fc::setInitialDirectory);
        return fc;
    }

    /** Remembers the folder of a chosen file (null: cancelled, nothing changes); returns the file. */
    public static File remember(File chosen) {
        if (chosen != null) {
            File dir = chosen.isDirectory() ? chosen : chosen.getAbsoluteFile().getParentFile();
            if (dir != null) PREFS.put(KEY, dir.getAbsolutePath());
        }
        return chosen;
    }
}
