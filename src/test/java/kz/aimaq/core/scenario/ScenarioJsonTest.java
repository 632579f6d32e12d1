package kz.aimaq.core.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ScenarioJsonTest {
    private final Calibration cal = Calibration.bundled();
    private final ScenarioParameters defaults = cal.defaultParameters();

    private Scenario read(String json) throws Exception {
        return ScenarioJson.read(new StringReader(json), defaults, cal.codes());
    }

    @Test
    void roundTripKeepsEveryField(@TempDir Path dir) throws Exception {
        Scenario s = new Scenario("Western push", Preset.MIX, List.of("15", "47"), Map.of("15", 1.0, "47", 3.0),
                List.of("43", "61"), 0.02, 0.35, 12, true, defaults.withBeta(0.025).withSpreadAndBackwash(0.4, 0.1));
        Path f = dir.resolve("west.json");
        ScenarioJson.write(s, f);
        assertTrue(Files.readString(f).contains("\"format\" : \"aimaq-scenario\""));
        Scenario back = ScenarioJson.read(f, defaults, cal.codes());
        assertEquals(s, back);
        // and it simulates identically
        Simulator sim = new Simulator(cal, null, null);
        assertEquals(sim.run(s).end().nationalGrp(), sim.run(back).end().nationalGrp());
    }

    @Test
    void aShortFileTakesThePresetAndDefaultsForTheRest() throws Exception {
        Scenario s = read("{\"preset\": \"growth-poles\", \"budget\": 0.02, \"parameters\": {\"beta\": 0.03}}");
        assertEquals(Preset.GROWTH_POLES, s.preset());
        assertEquals(1.0, s.alpha());
        assertEquals(0.02, s.budget());
        assertEquals(Preset.POLES_2015, s.poles());
        assertEquals(0.03, s.parameters().beta());
        assertEquals(defaults.nationalGrowth(), s.parameters().nationalGrowth());
        assertEquals(Scenario.DEFAULT_HORIZON, s.horizon());
    }

    @Test
    void codesMayBeWrittenAsIsoOrNineDigitKato() throws Exception {
        Scenario s = read("{\"preset\": \"selective\", \"targets\": [\"KZ-43\", \"610000000\"]}");
        assertEquals(List.of("43", "61"), s.targets());
    }

    @Test
    void unknownRegionCodesAreRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> read("{\"preset\": \"selective\", \"targets\": [\"43\", \"51\"]}"));
        assertTrue(e.getMessage().contains("unknown region code '51' in targets"), e.getMessage());
        var p = assertThrows(IllegalArgumentException.class, () -> read("{\"poles\": [\"71\", \"77\"]}"));
        assertTrue(p.getMessage().contains("'77'") && p.getMessage().contains("poles"), p.getMessage());
    }

    @Test
    void mistakesAreReportedWithWhatToFix() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("{\"alpah\": 0.3}"))
                .getMessage().contains("unknown field 'alpah'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("{\"parameters\": {\"betta\": 0.3}}"))
                .getMessage().contains("unknown parameter 'betta'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("{\"alpha\": 2}"))
                .getMessage().contains("between 0 and 1, got 2.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("{\"parameters\": {\"beta\": -1}}"))
                .getMessage().contains("parameter beta"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("{\"preset\": \"poles\"}"))
                .getMessage().contains("unknown scenario preset 'poles'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("{\"alpha\": 0.3,}"))
                .getMessage().startsWith("not valid JSON (line 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("{\"alpha\": \"half\"}"))
                .getMessage().contains("alpha must be a number"));
    }
}
