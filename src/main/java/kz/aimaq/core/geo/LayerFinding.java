package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Messages;

import java.util.List;

/**
 * Something the user should know about a boundary layer that was loaded anyway: the names were
 * decoded in another character set than the .cpg says, a polygon crossed itself and was
 * repaired, a region has no polygon, borders do not match. Keyed ({@code geo.finding.*}) so the
 * status bar and the CLI say it in the user's language.
 *
 * @param key  bundle key
 * @param args its arguments, as text
 */
public record LayerFinding(String key, List<String> args) {
    public LayerFinding {
        args = List.copyOf(args);
    }

    public static LayerFinding of(String key, Object... args) {
        return new LayerFinding(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String message(Messages m) { return m.format(key, args.toArray()); }

    /** The English text (CLI warnings, logs). */
    @Override public String toString() { return message(Messages.of("en")); }
}
