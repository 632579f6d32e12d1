package kz.aimaq.ui.scenario;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.scenario.Backtest;

import java.text.NumberFormat;

/**
 * "How well does this model reproduce 2018–2025?": the backtest's errors for the model and the two
 * naive baselines, so a planner sees the skill before the scenario. Computed on first opening.
 */
final class SkillView extends TitledPane {
    private final ScenarioTexts t;
    private final NumberFormat number;
    private final GridPane grid = new GridPane();

    SkillView(ScenarioTexts t, NumberFormat number) {
        this.t = t;
        this.number = (NumberFormat) number.clone();
        this.number.setMinimumFractionDigits(3);
        this.number.setMaximumFractionDigits(3);
        setText(t.get("scenario.skill.title"));
        setId("scenario-skill");
        setExpanded(false);
        Label intro = new Label(t.get("scenario.skill.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("source-note");
        grid.setHgap(10);
        grid.setVgap(4);
        // method | error of ln y | error of Theil: the words wrap, the numbers keep their column
        javafx.scene.layout.ColumnConstraints name = new javafx.scene.layout.ColumnConstraints();
        name.setPercentWidth(46);
        javafx.scene.layout.ColumnConstraints lnY = new javafx.scene.layout.ColumnConstraints();
        lnY.setPercentWidth(27);
        javafx.scene.layout.ColumnConstraints theil = new javafx.scene.layout.ColumnConstraints();
        theil.setPercentWidth(27);
        grid.getColumnConstraints().setAll(name, lnY, theil);
        grid.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
            for (javafx.scene.Node n : grid.getChildren()) {
                if (n instanceof Label l) { l.setWrapText(true); l.setMinHeight(USE_PREF_SIZE); }
            }
        });
        setContent(new VBox(8, intro, grid));
        expandedProperty().addListener((o, a, open) -> { if (open && grid.getChildren().isEmpty()) fill(); });
    }

    /** Fills the table (the first time it is opened; tests call it directly). */
    void fill() {
        Backtest.Result r = HowItWorks.backtest();
        grid.getChildren().clear();
        grid.addRow(0, new Label(t.get("scenario.skill.method")), new Label(t.get("scenario.skill.lny")),
                new Label(t.get("scenario.skill.theil")));
        int row = 1;
        for (Backtest.Method m : Backtest.Method.values()) {
            grid.addRow(row++, new Label(t.get("scenario.skill." + m.id)), new Label(number.format(r.rmseAll().get(m))),
                    new Label(number.format(r.rmseTheil().get(m))));
        }
    }

    /** The table's text, row by row (tests read it). */
    String text() {
        StringBuilder b = new StringBuilder();
        grid.getChildren().forEach(n -> b.append(((Label) n).getText()).append(GridPane.getColumnIndex(n) == 2 ? "\n" : " | "));
        return b.toString();
    }
}
