package kz.aimaq.ui.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.beans.property.ReadOnlyObjectProperty;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.workspace.Workspace;
import kz.aimaq.ui.workspace.WorkspacePart;

/**
 * The scenario tab's settings in the project file: preset, comparison, α, budget, horizon, the
 * history option, the picked poles and targets, the edited model parameters and ε of the best mix
 * (results are recomputed, not saved). The panel is built when its tab is first
 * opened, so settings read before that wait and are applied then; saving before that keeps
 * what the project had.
 */
public final class ScenarioSettingsPart implements WorkspacePart {
    private final ReadOnlyObjectProperty<ScenarioPanel> panel;
    private JsonNode pending;

    public ScenarioSettingsPart(ReadOnlyObjectProperty<ScenarioPanel> panel, Runnable changed) {
        this.panel = panel;
        panel.addListener((o, a, p) -> {
            if (p == null) return;
            if (pending != null) apply(p.viewModel(), pending);
            ScenarioViewModel vm = p.viewModel();
            vm.presetProperty().addListener((x, y, z) -> changed.run());
            vm.comparisonPresetProperty().addListener((x, y, z) -> changed.run());
            vm.alphaProperty().addListener((x, y, z) -> changed.run());
            vm.budgetPercentProperty().addListener((x, y, z) -> changed.run());
            vm.horizonProperty().addListener((x, y, z) -> changed.run());
            vm.useHistoryProperty().addListener((x, y, z) -> changed.run());
            vm.levyFinancingProperty().addListener((x, y, z) -> changed.run());
            vm.poles().addListener((javafx.collections.ListChangeListener<String>) c -> changed.run());
            vm.targets().addListener((javafx.collections.ListChangeListener<String>) c -> changed.run());
            vm.parametersProperty().addListener((x, y, z) -> changed.run());
            vm.epsilonProperty().addListener((x, y, z) -> changed.run());
        });
    }

    @Override public Workspace saveInto(Workspace ws) {
        ScenarioPanel p = panel.get();
        if (p == null) return pending == null ? ws : ws.withScenarios(array(pending));
        ScenarioViewModel vm = p.viewModel();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("preset", vm.presetProperty().get().id);
        n.put("comparison", vm.comparisonPresetProperty().get().id);
        n.put("alpha", vm.alphaProperty().get());
        n.put("budget_percent", vm.budgetPercentProperty().get());
        n.put("horizon", vm.horizonProperty().get());
        n.put("use_history", vm.useHistoryProperty().get());
        n.put("financing", vm.levyFinancingProperty().get() ? "levy" : "national");
        vm.poles().forEach(n.putArray("poles")::add);
        vm.targets().forEach(n.putArray("targets")::add);
        n.put("epsilon", vm.epsilonProperty().get());
        ObjectNode params = n.putObject("parameters");
        // only what the user changed: the data-based defaults (g_nat, n) follow the data the project opens with
        for (ModelParameter m : ModelParameter.values()) {
            double v = m.of(vm.parametersProperty().get());
            if (v != m.of(vm.defaultParameters())) params.put(m.id, v);
        }
        return ws.withScenarios(array(n));
    }

    @Override public void restoreFrom(Workspace ws) {
        JsonNode first = ws.scenarios() == null ? null : ws.scenarios().path(0);
        pending = first == null || first.isMissingNode() ? null : first;
        if (pending != null && panel.get() != null) apply(panel.get().viewModel(), pending);
    }

    private static void apply(ScenarioViewModel vm, JsonNode n) {
        preset(n.path("preset").asText("")).ifPresent(vm.presetProperty()::set);
        preset(n.path("comparison").asText("")).ifPresent(vm.comparisonPresetProperty()::set);
        // after the preset: choosing a preset moves α to the preset's value
        if (n.has("alpha")) vm.alphaProperty().set(n.get("alpha").asDouble());
        if (n.has("budget_percent")) vm.budgetPercentProperty().set(n.get("budget_percent").asDouble());
        if (n.has("horizon")) vm.horizonProperty().set(n.get("horizon").asInt());
        if (n.has("use_history")) vm.useHistoryProperty().set(n.get("use_history").asBoolean());
        if (n.has("financing")) vm.levyFinancingProperty().set(n.get("financing").asText().equals("levy"));
        // after the preset too, which puts back its own poles and targets
        if (n.path("poles").isArray()) vm.poles().setAll(codes(vm, n.get("poles")));
        if (n.path("targets").isArray()) vm.targets().setAll(codes(vm, n.get("targets")));
        if (n.path("epsilon").isNumber() && n.get("epsilon").asDouble() >= 0) vm.epsilonProperty().set(n.get("epsilon").asDouble());
        if (n.path("parameters").isObject()) {
            var p = vm.defaultParameters();
            for (ModelParameter m : ModelParameter.values()) {
                JsonNode v = n.get("parameters").get(m.id);
                if (v == null || !v.isNumber()) continue;
                try {
                    p = m.with(p, v.asDouble());
                } catch (IllegalArgumentException outOfRange) {
                    // a hand-edited project with a value the model refuses: keep the default
                }
            }
            vm.parametersProperty().set(p);
        }
    }

    /** The codes that are current regions (others, e.g. from a hand-edited file, are skipped). */
    private static java.util.List<String> codes(ScenarioViewModel vm, JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode c : array) if (vm.calibration().indexOf(c.asText()) >= 0 && !out.contains(c.asText())) out.add(c.asText());
        return out;
    }

    /** An unknown preset id (a file from a newer version) keeps the current choice. */
    private static java.util.Optional<Preset> preset(String id) {
        try {
            return java.util.Optional.of(Preset.byId(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static JsonNode array(JsonNode n) { return JsonNodeFactory.instance.arrayNode().add(n); }
}
