package kz.aimaq.ui.map;

import kz.aimaq.core.data.importing.ImportException;
import kz.aimaq.core.io.ExportException;
import kz.aimaq.core.geo.GeoReadException;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.workspace.WorkspaceException;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The message the desktop shows when opening a file fails: the reader's own message (which
 * names the file and says what to do, in the user's language where it is keyed), not the
 * deepest cause ("bad part index", "java.io.EOFException", "-4", "Java heap space"), which is
 * what the reader was explaining.
 */
public final class ReaderErrors {
    private ReaderErrors() {}

    public static String message(Throwable e, Messages m) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof GeoReadException g) return g.message(m);
            if (t instanceof WorkspaceException w) return w.message(m);
            if (t instanceof ExportException x) return x.message(m);
            if (t instanceof ImportException i) return i.message(m);
            if (t instanceof OutOfMemoryError) return m.get("open.error.outOfMemory");
        }
        // no reader message: the first one that is not a wrapper's
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException)
                && t.getCause() != null) t = t.getCause();
        return t.getMessage() == null || t.getMessage().isBlank() ? m.format("open.error.unexpected", t.getClass().getSimpleName())
                : t.getMessage();
    }
}
