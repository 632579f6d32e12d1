package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Messages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which boundary set the default map uses: the full-resolution geokz files of the shared folder,
 * or, when they are not there (a fresh clone on its own), the simplified copy embedded in the
 * app ({@link EmbeddedBoundaries}). The status bar and {@code aimaq help} say it, so nobody
 * mistakes the simplified outlines for the official ones.
 *
 * @param kind   FULL or EMBEDDED
 * @param folder the folder of the full-resolution files (null for EMBEDDED)
 */
public record BoundarySource(Kind kind, Path folder) {
    public enum Kind { FULL, EMBEDDED }

    /** The set the default oblast layer is (or will be) loaded from. */
    public static BoundarySource current() {
        try {
            LayerConfig config = LayerConfig.bundled(MapLevel.OBLAST);
            Optional<Path> full = RegionLayers.fullResolution(config);
            if (full.isPresent()) return new BoundarySource(Kind.FULL, full.get().getParent());
        } catch (IOException e) {
            // no configuration readable: the embedded set is what remains
        }
        return new BoundarySource(Kind.EMBEDDED, null);
    }

    /** One line for the status bar or {@code aimaq help}, in the language of {@code m}. */
    public String message(Messages m) {
        return kind == Kind.FULL ? m.format("boundaries.full", folder) : m.get("boundaries.embedded");
    }
}
