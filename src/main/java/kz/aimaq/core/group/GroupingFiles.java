package kz.aimaq.core.group;

import kz.aimaq.core.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.aimaq.core.region.RegionCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Reads and writes grouping files (format "aimaq-grouping", version 1, see docs/groupings.md).
 *
 * <p>Reading validates against the 20 current regions of the catalogue and refuses, with a
 * message naming the culprit: an unknown region code (including the historical South Kazakhstan,
 * 51), a region listed in two groups, two groups with one id, a colour that is not #RRGGBB, or a
 * newer format version. Regions missing from every group are accepted: they are "ungrouped"
 * ({@link Grouping#ungrouped}), shown grey on the map and as their own row in summaries.
 *
 * <p>Writing is atomic (temporary file in the same folder, then a move), so a crash or a full
 * disk never leaves a half-written grouping behind.
 */
public final class GroupingFiles {
    private GroupingFiles() {}

    public static final String FORMAT = "aimaq-grouping";
    public static final int VERSION = 1;
    /** Reserved for the summary row of regions in no group; no user group may take it. */
    public static final String UNGROUPED_ID = "ungrouped";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static Grouping read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new GroupingFileException(Text.of("core.group.notFound", file));
        }
        return parse(text, file.getFileName().toString(), RegionCatalog.bundled());
    }

    /** Parses and validates; {@code source} names the file in messages. */
    public static Grouping parse(String json, String source, RegionCatalog catalog) throws GroupingFileException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw bad(source, "core.group.json", e.getLocation().getLineNr(), e.getLocation().getColumnNr(), e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw bad(source, "core.group.notObject");
        if (!FORMAT.equals(root.path("format").asText())) {
            throw bad(source, "core.group.format", FORMAT);
        }
        int version = root.path("version").asInt(-1);
        if (version < 1) throw bad(source, "core.group.version");
        if (version > VERSION) {
            throw bad(source, "core.group.newer", version, VERSION);
        }
        JsonNode groupsNode = root.path("groups");
        if (!groupsNode.isArray()) throw bad(source, "core.group.groupsList");

        Set<String> known = new LinkedHashSet<>();
        catalog.current().forEach(r -> known.add(r.kato()));
        Map<String, String> groupOfRegion = new HashMap<>();
        Set<String> groupIds = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        int index = 0;
        for (JsonNode g : groupsNode) {
            index++;
            String id = g.path("id").asText("").trim();
            if (id.isEmpty()) throw bad(source, "core.group.noId", index);
            if (id.equals(UNGROUPED_ID)) throw bad(source, "core.group.reserved", UNGROUPED_ID);
            if (!groupIds.add(id)) throw bad(source, "core.group.duplicateId", id);
            String en = g.path("name_en").asText("").trim();
            if (en.isEmpty()) en = id;
            String ru = textOr(g, "name_ru", en);
            String kk = textOr(g, "name_kk", en);
            String color = g.path("color").asText("");
            if (!GroupPalette.isColor(color)) {
                throw bad(source, "core.group.colour", id, color);
            }
            JsonNode membersNode = g.path("members");
            if (!membersNode.isArray()) throw bad(source, "core.group.members", id);
            List<String> members = new ArrayList<>();
            for (JsonNode m : membersNode) {
                String raw = m.asText();
                String code = RegionCatalog.normaliseKato(raw);
                if (!known.contains(code)) throw new GroupingFileException(Text.of("core.group.file", source, unknownCode(raw, id, catalog)));
                String other = groupOfRegion.putIfAbsent(code, id);
                if (other != null) {
                    String name = catalog.require(code).nameEn();
                    throw bad(source, "core.group.twoGroups", code, name, other, id);
                }
                members.add(code);
            }
            groups.add(new Group(id, en, ru, kk, color.toLowerCase(Locale.ROOT), members.stream().sorted().toList()));
        }
        String gid = root.path("id").asText("").trim();
        String name = root.path("name").asText("").trim();
        return new Grouping(gid.isEmpty() ? "custom" : gid, name.isEmpty() ? (gid.isEmpty() ? "Custom grouping" : gid) : name, groups);
    }

    private static GroupingFileException bad(String source, String key, Object... args) {
        return new GroupingFileException(Text.of("core.group.file", source, Text.of(key, args)));
    }

    private static Text unknownCode(String raw, String groupId, RegionCatalog catalog) {
        String code = RegionCatalog.normaliseKato(raw);
        Text why = catalog.byKato(code).filter(r -> !r.current())
                .map(r -> Text.of("core.group.formerRegion", r.nameEn()))
                .orElse(Text.of("core.group.notARegion"));
        return Text.of("core.group.unknownCode", raw, groupId, why);
    }

    private static String textOr(JsonNode g, String field, String dflt) {
        String s = g.path(field).asText("").trim();
        return s.isEmpty() ? dflt : s;
    }

    /** The file's JSON text (format version 1). */
    public static String toJson(Grouping grouping) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("id", grouping.id());
        root.put("name", grouping.name());
        ArrayNode groups = root.putArray("groups");
        for (Group g : grouping.groups()) {
            ObjectNode o = groups.addObject();
            o.put("id", g.id());
            o.put("name_en", g.nameEn());
            o.put("name_ru", g.nameRu());
            o.put("name_kk", g.nameKk());
            o.put("color", g.color());
            ArrayNode m = o.putArray("members");
            g.members().forEach(m::add);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings always serialises
        }
    }

    /** Writes atomically: a temporary file beside the target, then a move over it. */
    public static void write(Path file, Grouping grouping) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, toJson(grouping), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
