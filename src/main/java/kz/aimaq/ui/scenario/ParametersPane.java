package kz.aimaq.ui.scenario;

import kz.aimaq.ui.fx.WrappedText;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.aimaq.core.scenario.ScenarioParameters;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;

/**
 * "Advanced parameters", collapsed: every parameter of {@link ScenarioParameters} with its symbol,
 * name, default, unit and one-line source, editable. A value that is not a number or is outside the
 * range the model accepts is marked red with the allowed range and is not used; "Restore defaults"
 * puts back the calibrated defaults. Runs and the frontier use the edited parameters.
 */
final class ParametersPane extends TitledPane {
    private final ScenarioViewModel vm;
    private final ScenarioTexts t;
    private final NumberFormat number;
    private final Map<ModelParameter, TextField> fields = new EnumMap<>(ModelParameter.class);
    private final Map<ModelParameter, Label> problems = new EnumMap<>(ModelParameter.class);
    /** The parameter being typed into: its field is not rewritten while its own edit applies. */
    private ModelParameter editing;

    ParametersPane(ScenarioViewModel vm, ScenarioTexts t, NumberFormat number) {
        this.vm = vm;
        this.t = t;
        this.number = number;
        setText(t.get("scenario.params.title"));
        setExpanded(false);
        setId("scenario-parameters");

        VBox box = new VBox(8);
        Label intro = new Label(t.get("scenario.params.intro"));
        WrappedText.allLines(intro);
        intro.getStyleClass().add("source-note");
        box.getChildren().add(intro);
        ScenarioParameters defaults = vm.defaultParameters();
        for (ModelParameter m : ModelParameter.values()) {
            Label name = new Label(m.symbol + " — " + t.get("param." + m.id + ".name"));
            WrappedText.allLines(name);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            TextField field = new TextField();
            field.setId("param-" + m.id);
            field.setPrefColumnCount(7);
            field.setMinWidth(80);
            field.setTooltip(new Tooltip(t.format("scenario.params.range", fmt(m.min), fmt(m.max))));
            field.textProperty().addListener((o, a, text) -> edited(m, text));
            fields.put(m, field);
            Label problem = new Label();
            problem.getStyleClass().add("param-problem");
            WrappedText.allLines(problem);
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            problems.put(m, problem);
            Label about = new Label(t.format("scenario.params.default", fmt(m.of(defaults)), t.get("param." + m.id + ".unit"))
                    + " " + t.get("param." + m.id + ".source"));
            WrappedText.allLines(about);
            about.getStyleClass().add("source-note");
            HBox row = new HBox(8, name, field);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(new VBox(2, row, problem, about));
        }
        Button restore = new Button(t.get("scenario.params.restore"));
        restore.setId("param-restore");
        restore.setOnAction(e -> vm.restoreDefaultParameters());
        box.getChildren().add(restore);
        setContent(box);
        showValues(vm.parametersProperty().get());
        vm.parametersProperty().addListener((o, a, p) -> showValues(p));
    }

    /** The field of a parameter (tests type into it). */
    TextField field(ModelParameter m) { return fields.get(m); }

    /** The message under a parameter, empty when its value is valid. */
    String problem(ModelParameter m) { return problems.get(m).getText(); }

    private void showValues(ScenarioParameters p) {
        for (ModelParameter m : ModelParameter.values()) {
            TextField f = fields.get(m);
            if (m != editing && !fmt(m.of(p)).equals(f.getText())) f.setText(fmt(m.of(p)));
        }
    }

    private void edited(ModelParameter m, String text) {
        Double v = parse(text);
        TextField f = fields.get(m);
        String problem = "";
        if (v == null) problem = t.get("scenario.params.notNumber");
        else if (v < m.min || v > m.max) problem = t.format("scenario.params.range", fmt(m.min), fmt(m.max));
        problems.get(m).setText(problem);
        f.getStyleClass().remove("invalid");
        if (!problem.isEmpty()) { f.getStyleClass().add("invalid"); return; }
        ScenarioParameters p = vm.parametersProperty().get();
        if (text.equals(fmt(m.of(p))) || m.of(p) == v) return; // shows the value in force (e.g. g_nat rounded for display)
        editing = m;
        try {
            vm.parametersProperty().set(m.with(p, v));
        } finally {
            editing = null;
        }
    }

    /** Accepts the decimal comma of ru/kk and the point, with or without spaces; null if not a number. */
    static Double parse(String text) {
        if (text == null) return null;
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.').replace('−', '-');
        if (s.isEmpty()) return null;
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String fmt(double v) {
        number.setMinimumFractionDigits(0);
        number.setMaximumFractionDigits(6);
        number.setGroupingUsed(false);
        String s = number.format(v);
        number.setGroupingUsed(true);
        return s;
    }
}
