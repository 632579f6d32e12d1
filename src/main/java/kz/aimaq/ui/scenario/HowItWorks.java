package kz.aimaq.ui.scenario;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.scenario.ScenarioParameters;

import java.text.NumberFormat;

/**
 * "How this is computed": the model's equations and parameter table in the interface language, in a
 * plain scrollable window (bundled text, no web view). The full account with references is
 * docs/scenario-model.md.
 */
final class HowItWorks {
    private HowItWorks() {}

    /** The whole text: equations, then one line per parameter with its value in force and its source. */
    static String text(ScenarioTexts t, ScenarioParameters inForce, ScenarioParameters defaults, NumberFormat number) {
        StringBuilder b = new StringBuilder(t.get("scenario.howto.body").replace("\\n", "\n"));
        b.append("\n\n").append(t.get("scenario.howto.params")).append('\n');
        number.setMinimumFractionDigits(0);
        number.setMaximumFractionDigits(5);
        for (ModelParameter m : ModelParameter.values()) {
            b.append("• ").append(m.symbol).append(" — ").append(t.get("param." + m.id + ".name")).append(": ")
                    .append(number.format(m.of(inForce)));
            if (m.of(inForce) != m.of(defaults)) b.append(" (").append(t.format("scenario.howto.wasDefault", number.format(m.of(defaults)))).append(')');
            b.append(' ').append(t.get("param." + m.id + ".unit")).append(". ").append(t.get("param." + m.id + ".source")).append('\n');
        }
        return b.toString();
    }

    static Stage open(Window owner, ScenarioTexts t, String text) {
        Text body = new Text(text);
        body.setFont(Font.font(13));
        TextFlow flow = new TextFlow(body);
        flow.setPadding(new javafx.geometry.Insets(14));
        flow.setLineSpacing(2);
        flow.setPrefWidth(640);
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(t.get("scenario.howto.title"));
        s.setScene(new Scene(scroll, 680, 640));
        s.getScene().setOnKeyPressed(e -> { if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) s.close(); });
        s.show();
        return s;
    }
}
