package kz.aimaq.core.scenario;

import kz.aimaq.core.i18n.Localized;
import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.aimaq.core.region.RegionCatalog;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.*;

/**
 * Saves and loads scenarios as JSON (format documented in docs/scenario-model.md, "Scenario files").
 * Loading starts from the named preset with the calibrated defaults and overrides what the file
 * says, so a file may hold only what differs. Unknown fields, unknown region codes and values out of
 * range are refused with a message that names them.
 */
public final class ScenarioJson {
    private ScenarioJson() {}

    public static final String FORMAT = "aimaq-scenario";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FIELDS = Set.of("format", "version", "name", "preset", "alpha", "budget",
            "horizon", "poles", "poleWeights", "targets", "useHistory", "parameters");
    private static final List<String> PARAMETERS = Arrays.stream(ScenarioParameters.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    public static String toJson(Scenario s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("name", s.name());
        root.put("preset", s.preset().id);
        root.put("alpha", s.alpha());
        root.put("budget", s.budget());
        root.put("horizon", s.horizon());
        ArrayNode poles = root.putArray("poles");
        s.poles().forEach(poles::add);
        ObjectNode weights = root.putObject("poleWeights");
        s.poleWeights().forEach(weights::put);
        ArrayNode targets = root.putArray("targets");
        s.targets().forEach(targets::add);
        root.put("useHistory", s.useHistory());
        ObjectNode params = root.putObject("parameters");
        for (var c : ScenarioParameters.class.getRecordComponents()) {
            try {
                params.put(c.getName(), (double) c.getAccessor().invoke(s.parameters()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes atomically (temporary file, then rename) so a crash never leaves half a scenario. */
    public static void write(Scenario s, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".scenario", ".tmp");
        try {
            Files.writeString(tmp, toJson(s) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static Scenario read(Path file, ScenarioParameters defaults, Collection<String> validCodes) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, defaults, validCodes);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Text.of("core.scenario.file", file.getFileName(), e instanceof Localized l ? l.text() : e.getMessage()), e);
        }
    }

    /**
     * @param defaults   parameters used where the file gives none (the calibrated defaults)
     * @param validCodes the region codes a scenario may name (the 20 current regions)
     */
    public static Scenario read(Reader reader, ScenarioParameters defaults, Collection<String> validCodes) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(reader);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidInputException("core.scenario.json", loc == null ? "" : Text.of("core.scenario.at", loc.getLineNr(), loc.getColumnNr()), e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new InvalidInputException("core.scenario.notObject");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) throw new InvalidInputException("core.scenario.unknownField", f, new TreeSet<>(FIELDS));
        }
        if (root.has("format") && !FORMAT.equals(root.get("format").asText())) {
            throw new InvalidInputException("core.scenario.format", root.get("format").asText(), FORMAT);
        }
        if (root.has("version") && root.get("version").asInt() > VERSION) {
            throw new InvalidInputException("core.scenario.newer", root.get("version").asInt(), VERSION);
        }
        Preset preset = root.has("preset") ? Preset.byId(root.get("preset").asText()) : Preset.CUSTOM;
        ScenarioParameters params = parameters(root.get("parameters"), defaults);
        Scenario base = Scenario.of(preset, params);
        String name = root.has("name") ? root.get("name").asText() : base.name();
        List<String> poles = root.has("poles") ? codes(root.get("poles"), "poles", validCodes) : base.poles();
        List<String> targets = root.has("targets") ? codes(root.get("targets"), "targets", validCodes) : base.targets();
        Map<String, Double> weights = new LinkedHashMap<>();
        if (root.has("poleWeights")) {
            JsonNode w = root.get("poleWeights");
            if (!w.isObject()) throw new InvalidInputException("core.scenario.poleWeights");
            for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
                var e = it.next();
                weights.put(code(e.getKey(), "poleWeights", validCodes), number(e.getValue(), "poleWeights." + e.getKey()));
            }
        }
        double alpha = root.has("alpha") ? number(root.get("alpha"), "alpha") : base.alpha();
        double budget = root.has("budget") ? number(root.get("budget"), "budget") : base.budget();
        int horizon = root.has("horizon") ? (int) number(root.get("horizon"), "horizon") : base.horizon();
        boolean history = root.has("useHistory") ? root.get("useHistory").asBoolean() : base.useHistory();
        return new Scenario(name, preset, poles, weights, targets, budget, alpha, horizon, history, params);
    }

    private static ScenarioParameters parameters(JsonNode node, ScenarioParameters defaults) {
        if (node == null) return defaults;
        if (!node.isObject()) throw new InvalidInputException("core.scenario.parameters");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!PARAMETERS.contains(f)) throw new InvalidInputException("core.scenario.unknownParameter", f, PARAMETERS);
        }
        double[] v = new double[PARAMETERS.size()];
        var comps = ScenarioParameters.class.getRecordComponents();
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = double.class;
            String name = comps[i].getName();
            try {
                v[i] = node.has(name) ? number(node.get(name), "parameters." + name) : (double) comps[i].getAccessor().invoke(defaults);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            Object[] boxed = Arrays.stream(v).boxed().toArray();
            return ScenarioParameters.class.getDeclaredConstructor(types).newInstance(boxed);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) throw iae;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double number(JsonNode n, String field) {
        if (!n.isNumber()) throw new InvalidInputException("core.scenario.number", field, n);
        return n.asDouble();
    }

    private static List<String> codes(JsonNode n, String field, Collection<String> valid) {
        if (!n.isArray()) throw new InvalidInputException("core.scenario.codeList", field);
        List<String> list = new ArrayList<>();
        for (JsonNode c : n) list.add(code(c.asText(), field, valid));
        return list;
    }

    private static String code(String raw, String field, Collection<String> valid) {
        String c = RegionCatalog.normaliseKato(raw);
        if (!valid.contains(c)) {
            throw new InvalidInputException("core.scenario.unknownCode", raw, field, String.join(", ", new TreeSet<>(valid)));
        }
        return c;
    }
}
