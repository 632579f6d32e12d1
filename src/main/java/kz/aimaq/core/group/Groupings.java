package kz.aimaq.core.group;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.i18n.Text;
import kz.aimaq.core.data.Resources;
import kz.aimaq.core.region.RegionCatalog;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The preset groupings shipped in {@code maps/groupings/ID.json} (see docs/groupings.md):
 * {@code five} (North, Central, East, West, South as in the Kazakh economic literature) and
 * {@code five-plus-cities} (the same with Astana and Almaty city as a sixth group "Cities").
 */
public final class Groupings {
    private Groupings() {}

    /** The grouping a new user starts with and "Restore default" returns to. */
    public static final String DEFAULT_ID = "five";

    static final List<String> PRESETS = List.of("five", "five-plus-cities");

    public static List<String> presetIds() { return PRESETS; }

    /** A preset by id; throws with the list of ids for any other. */
    public static Grouping preset(String id) {
        if (!PRESETS.contains(id)) {
            throw new InvalidInputException("core.group.unknownPreset", id, String.join(", ", PRESETS));
        }
        String resource = "maps/groupings/" + id + ".json";
        try (Reader r = Resources.reader(resource)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) sb.append(buf, 0, n);
            return GroupingFiles.parse(sb.toString(), resource, RegionCatalog.bundled());
        } catch (IOException e) {
            // a broken bundled preset is a build defect, not a user mistake
            throw new UncheckedIOException("bundled preset " + resource + " is unreadable: " + e.getMessage(), e);
        }
    }

    public static Grouping defaultGrouping() { return preset(DEFAULT_ID); }

    /**
     * What the CLI and the open dialog accept: a preset id, or the path of a grouping file.
     * A name that is neither gets a message listing the presets.
     */
    public static Grouping presetOrFile(String idOrPath) throws IOException {
        if (PRESETS.contains(idOrPath)) return preset(idOrPath);
        Path p = Path.of(idOrPath);
        if (Files.exists(p)) return GroupingFiles.read(p);
        throw new GroupingFileException(Text.of("core.group.neither", idOrPath, String.join(", ", PRESETS)));
    }
}
