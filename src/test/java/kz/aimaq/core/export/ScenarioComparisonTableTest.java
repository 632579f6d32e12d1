package kz.aimaq.core.export;

import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.scenario.*;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The deck's end-year table speaks like the panel: difference = first scenario − second (issue 13). */
class ScenarioComparisonTableTest {
    @Test
    void differenceIsFirstMinusSecondAndTheMixHasOneName() {
        Calibration cal = Calibration.bundled();
        Simulator sim = new Simulator(cal, null, null);
        YearState poles = sim.run(Scenario.of(Preset.GROWTH_POLES, cal.defaultParameters())).end();
        YearState inertial = sim.run(Scenario.of(Preset.INERTIAL, cal.defaultParameters())).end();
        Messages ru = Messages.of("ru");
        var table = ScenarioComparison.table("Полюса роста", "Инерционный", poles, inertial, ru);
        // national GRP 2050: poles 428.6 − inertial 416.0 = +12.6 trillion KZT (no spillover), as the panel shows
        String diff = table.rows().getFirst().get(3);
        assertTrue(diff.startsWith("+12,6"), diff);
        assertEquals("Управляемое сочетание", ru.get("scenario.preset.mix"));
        assertEquals("Басқарылатын үйлесім", Messages.of("kk").get("scenario.preset.mix"));
        assertEquals("Managed mix", Messages.of("en").get("scenario.preset.mix"));
    }
}
