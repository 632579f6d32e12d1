package kz.aimaq.ui.scenario;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.scenario.Backtest;
import kz.aimaq.core.scenario.Calibration;
import kz.aimaq.core.scenario.Estimation;
import kz.aimaq.core.scenario.ScenarioParameters;
import kz.aimaq.core.scenario.Sensitivity;

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
        return text(t, inForce, defaults, number, null);
    }

    /** The same with, when {@code scenario} is given, the tornado of what matters most for it. */
    static String text(ScenarioTexts t, ScenarioParameters inForce, ScenarioParameters defaults, NumberFormat number,
                       kz.aimaq.core.scenario.Scenario scenario) {
        StringBuilder b = new StringBuilder(plain(t, inForce, number)).append("\n\n");
        if (scenario != null) b.append(tornado(t, scenario.withParameters(inForce), number)).append("\n\n");
        b.append(t.get("scenario.howto.body").replace("\\n", "\n"));
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

    private static volatile Backtest.Result backtest;

    /** The 2010–2017 → 2018–2025 backtest on the bundled data (computed once). */
    static Backtest.Result backtest() {
        Backtest.Result r = backtest;
        if (r == null) r = backtest = Backtest.run(IndicatorData.bundled(), 2010, 2017, 2018, 2025);
        return r;
    }

    /** The plain-words account: what drives results, what policy adds and costs, and the backtest skill. */
    static String plain(ScenarioTexts t, ScenarioParameters p, NumberFormat number) {
        Estimation e = Calibration.bundled().estimation();
        Backtest.Result r = backtest();
        NumberFormat share = (NumberFormat) number.clone();
        share.setMinimumFractionDigits(0);
        share.setMaximumFractionDigits(2);
        java.util.function.DoubleFunction<String> pct = v -> share.format(100 * v) + " %";
        NumberFormat d = (NumberFormat) number.clone();
        d.setMinimumFractionDigits(3);
        d.setMaximumFractionDigits(3);
        NumberFormat whole = (NumberFormat) number.clone();
        whole.setMaximumFractionDigits(0);
        double closes = 1 - Math.exp(-p.beta());
        return t.format("scenario.howto.plain", pct.apply(closes), whole.format(Math.log(2) / Math.max(p.beta(), 1e-9)),
                String.valueOf(e.observations()), d.format(e.betaSe()), pct.apply(p.nationalGrowth()),
                pct.apply(p.absorptionCap()), number.format(p.marginalCostOfFunds()),
                d.format(r.rmseAll().get(Backtest.Method.MODEL)), d.format(r.rmseAll().get(Backtest.Method.LAST_LEVEL)),
                d.format(r.rmseAll().get(Backtest.Method.OWN_GROWTH)), d.format(r.rmseTheil().get(Backtest.Method.MODEL)),
                d.format(r.rmseTheil().get(Backtest.Method.LAST_LEVEL)), d.format(r.rmseTheil().get(Backtest.Method.OWN_GROWTH)))
                .replace("\\n", "\n");
    }

    /** "Which parameters matter most": the three largest effects on end-year GRP and on Theil, ±1 s.d. each. */
    static String tornado(ScenarioTexts t, kz.aimaq.core.scenario.Scenario s, NumberFormat number) {
        var bars = Sensitivity.tornado(new kz.aimaq.core.scenario.Simulator(Calibration.bundled(), null, null), s,
                kz.aimaq.core.scenario.Uncertainty.DEFAULT);
        NumberFormat one = (NumberFormat) number.clone();
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        NumberFormat four = (NumberFormat) number.clone();
        four.setMinimumFractionDigits(4);
        four.setMaximumFractionDigits(4);
        StringBuilder grp = new StringBuilder(), theil = new StringBuilder();
        for (int k = 0; k < Math.min(3, bars.size()); k++) {
            var bar = bars.get(k);
            if (k > 0) grp.append("; ");
            grp.append(t.get("param." + bar.parameter() + ".name")).append(' ')
                    .append(one.format(bar.grpLow() / 1e6)).append(" – ").append(one.format(bar.grpHigh() / 1e6));
        }
        var byTheil = new java.util.ArrayList<>(bars);
        byTheil.sort(java.util.Comparator.comparingDouble(Sensitivity.Bar::theilSpan).reversed());
        for (int k = 0; k < Math.min(3, byTheil.size()); k++) {
            var bar = byTheil.get(k);
            if (k > 0) theil.append("; ");
            theil.append(t.get("param." + bar.parameter() + ".name")).append(' ')
                    .append(four.format(bar.theilLow())).append(" – ").append(four.format(bar.theilHigh()));
        }
        int end = Calibration.bundled().baseYear() + s.horizon();
        return t.format("scenario.howto.tornado", String.valueOf(end), grp.toString(), theil.toString()).replace("\\n", "\n");
    }

    static Stage open(Window owner, ScenarioTexts t, String text) {
        Text body = new Text(text);
        body.setFont(Font.font(13));
        TextFlow flow = new TextFlow(body);
        flow.setPadding(new javafx.geometry.Insets(14));
        flow.setLineSpacing(2);
        flow.setPrefWidth(640);
        ScrollPane scroll = kz.aimaq.ui.fx.Scrolling.of(flow);
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
