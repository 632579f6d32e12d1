package kz.aimaq.core.analysis;

import kz.aimaq.core.analysis.IndexSpec.Component;
import kz.aimaq.core.analysis.IndexSpec.Direction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class IndexSpecJsonTest {

    @Test
    void roundTripsThroughJson() {
        IndexSpec spec = new IndexSpec("dev", "Development", "Развитие", "Даму", List.of(
                new Component("grp_per_capita", Direction.HIGHER_IS_BETTER, 2),
                new Component("unemployment_rate", Direction.LOWER_IS_BETTER, 1)),
                IndexSpec.Normalisation.RANK, IndexSpec.Aggregation.GEOMETRIC);
        String json = IndexSpecJson.write(spec);
        assertTrue(json.contains("\"normalisation\" : \"rank\""), json);
        assertTrue(json.contains("\"direction\" : \"lower\""), json);
        assertEquals(spec, IndexSpecJson.parse(json));
    }

    @Test
    void readsAHandWrittenFileWithDefaults() {
        IndexSpec spec = IndexSpecJson.parse("""
                {"id": "dev", "normalisation": "Z_SCORE",
                 "components": [{"indicator": "grp_per_capita"}, {"indicator": "unemployment_rate", "weight": 0.5}]}""");
        assertEquals(IndexSpec.Normalisation.Z_SCORE, spec.normalisation());
        assertEquals(IndexSpec.Aggregation.ARITHMETIC, spec.aggregation());
        assertEquals(1.0, spec.components().getFirst().weight());
        assertNull(spec.components().getFirst().direction(), "taken from the catalogue later");
        assertEquals("dev", spec.nameEn());
    }

    @Test
    void mistakesAreExplained() {
        var bad = assertThrows(IllegalArgumentException.class, () -> IndexSpecJson.parse(
                "{\"id\": \"x\", \"components\": [{\"indicator\": \"grp\", \"weight\": -1}]}"));
        assertTrue(bad.getMessage().contains("weight of grp must be a positive number"), bad.getMessage());
        var word = assertThrows(IllegalArgumentException.class, () -> IndexSpecJson.parse(
                "{\"id\": \"x\", \"normalisation\": \"log\", \"components\": [{\"indicator\": \"grp\"}]}"));
        assertTrue(word.getMessage().contains("min-max, z-score, rank"), word.getMessage());
        var typo = assertThrows(IllegalArgumentException.class, () -> IndexSpecJson.parse(
                "{\"id\": \"x\", \"component\": []}"));
        assertTrue(typo.getMessage().contains("component"), typo.getMessage());
    }
}
