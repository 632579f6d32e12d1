package kz.aimaq.core.analysis;

import kz.aimaq.core.i18n.MissingFileException;
import kz.aimaq.core.i18n.Localized;
import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.i18n.Text;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@link IndexSpec} as JSON, with messages that say what to fix in the file. */
public final class IndexSpecJson {
    private IndexSpecJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static String write(IndexSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an index spec is plain data and always serialises", e);
        }
    }

    /** @throws IllegalArgumentException with the problem and where it is in the text */
    public static IndexSpec parse(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) throw new InvalidInputException("core.index.notObject");
            // checked before binding: the record's own checks would otherwise hide a misspelt key
            // ("component" for "components") behind "needs at least one indicator"
            checkKeys(tree, SPEC_KEYS, "");
            JsonNode comps = tree.get("components");
            if (comps != null && comps.isArray()) for (JsonNode c : comps) checkKeys(c, COMPONENT_KEYS, "a component ");
            return MAPPER.treeToValue(tree, IndexSpec.class);
        } catch (JsonMappingException e) {
            // a constructor check (e.g. a negative weight) arrives wrapped: show its own message
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            Object what = root instanceof Localized l ? l.text() : root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
            throw new InvalidInputException("core.index.spec", what, where(e));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("core.index.json", e.getOriginalMessage(), where(e));
        }
    }

    private static final List<String> SPEC_KEYS = Arrays.stream(IndexSpec.class.getRecordComponents()).map(RecordComponent::getName).toList();
    private static final List<String> COMPONENT_KEYS = Arrays.stream(IndexSpec.Component.class.getRecordComponents()).map(RecordComponent::getName).toList();

    private static void checkKeys(JsonNode node, List<String> allowed, String what) {
        if (!node.isObject()) return;
        for (String k : (Iterable<String>) node::fieldNames) {
            if (!allowed.contains(k))
                throw new InvalidInputException("core.index.spec", Text.of(what.isEmpty() ? "core.index.unknownKey" : "core.index.unknownComponentKey", k, String.join(", ", allowed)), "");
        }
    }

    public static IndexSpec read(Path file) throws IOException {
        try {
            return parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new MissingFileException("core.index.notFound", file);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Text.of("core.group.file", file.getFileName(), e instanceof Localized l ? l.text() : e.getMessage()), e);
        }
    }

    public static void write(IndexSpec spec, Path file) throws IOException {
        Files.writeString(file, write(spec));
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
