package kz.aimaq.ui.scenario;

import kz.aimaq.core.scenario.Metric;
import kz.aimaq.core.scenario.Preset;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/** The panel's three bundles carry the same keys, and every preset and measure has a name. */
class ScenarioTextsTest {

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = ScenarioTextsTest.class.getResourceAsStream("/i18n/scenario" + suffix + ".properties")) {
            assertNotNull(in, "bundle scenario" + suffix);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundlesAreAligned() throws Exception {
        Properties en = load(""), ru = load("_ru"), kk = load("_kk");
        assertEquals(en.keySet(), ru.keySet(), "ru keys");
        assertEquals(en.keySet(), kk.keySet(), "kk keys");
        for (Preset p : Preset.values()) assertTrue(en.containsKey("preset." + p.id), p.id);
        for (Metric m : Metric.values()) assertTrue(en.containsKey("metric." + m.column), m.column);
    }

    @Test
    void textsAreLocalised() {
        assertEquals("Перераспределение", new ScenarioTexts("ru").get("preset.redistribution"));
        assertEquals("Өсу полюстері", new ScenarioTexts("kk").get("preset.growth-poles"));
        assertEquals("Done: 2025–2050, 1,000 Monte Carlo runs", new ScenarioTexts("en").format("scenario.done", "2025", "2050", 1000));
    }
}
