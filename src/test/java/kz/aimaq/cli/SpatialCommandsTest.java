package kz.aimaq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kz.aimaq.cli.AnalysisCommandsTest.json;
import static kz.aimaq.cli.AnalysisCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** moran --bivariate / --alpha, hotspots and geary end to end on the bundled data. */
class SpatialCommandsTest {
    @Test
    void bivariateMoranOfAnIndicatorWithItselfIsTheUnivariateI() throws Exception {
        JsonNode uni = json(run("moran", "--indicator", "grp_per_capita", "--year", "2024", "--permutations", "99"));
        JsonNode bi = json(run("moran", "--indicator", "grp_per_capita", "--year", "2024", "--bivariate", "unemployment_rate", "--permutations", "99"));
        assertEquals("unemployment_rate", bi.get("bivariate").asText());
        assertEquals(20, bi.get("lisa").size());
        assertNotEquals(uni.get("I").asDouble(), bi.get("I").asDouble(), 1e-6);
        // the scatterplot slope is I under row-standardised queen weights (no islands among the oblasts)
        assertEquals(uni.get("I").asDouble(), uni.get("slope").asDouble(), 1e-12);
        assertEquals(bi.get("I").asDouble(), bi.get("slope").asDouble(), 1e-12);
        CliRun same = run("moran", "--indicator", "grp_per_capita", "--year", "2024", "--bivariate", "grp_per_capita");
        assertEquals(2, same.code());
    }

    @Test
    void alphaChoiceNarrowsTheClusters() throws Exception {
        JsonNode at05 = json(run("moran", "--indicator", "area_km2", "--year", "2024", "--level", "district", "--permutations", "999"));
        JsonNode at001 = json(run("moran", "--indicator", "area_km2", "--year", "2024", "--level", "district", "--permutations", "999", "--alpha", "0.001"));
        int sig05 = 0, sig001 = 0;
        for (int i = 0; i < at05.get("lisa").size(); i++) {
            JsonNode a = at05.get("lisa").get(i), b = at001.get("lisa").get(i);
            assertEquals(a.get("p").asDouble(), b.get("p").asDouble());
            if (!a.get("class").asText().equals("not-significant")) sig05++;
            if (!b.get("class").asText().equals("not-significant")) { sig001++; assertTrue(b.get("p").asDouble() <= 0.001); }
            if (!a.get("significance").isNull()) assertTrue(List.of(0.05, 0.01, 0.001).contains(a.get("significance").asDouble()));
        }
        assertTrue(sig001 < sig05 && sig001 > 0, sig05 + " / " + sig001);
        assertEquals(2, run("moran", "--indicator", "grp", "--year", "2024", "--alpha", "0.1").code());
    }

    @Test
    void hotspotsAndGeary() throws Exception {
        CliRun csv = run("hotspots", "--indicator", "grp_per_capita", "--year", "2024");
        assertEquals(0, csv.code(), csv.err());
        String[] lines = csv.out().split("\n");
        assertEquals("kato,name_en,value,gi_star_z,p_normal,p,class", lines[0]);
        assertEquals(21, lines.length);
        JsonNode districts = json(run("hotspots", "--indicator", "area_km2", "--year", "2024", "--level", "district", "--format", "json", "--permutations", "999"));
        assertEquals(224, districts.get("regions").size());
        int hot = 0;
        for (JsonNode r : districts.get("regions")) if (r.get("class").asText().equals("hot-spot")) { hot++; assertTrue(r.get("gi_star_z").asDouble() > 0); }
        assertTrue(hot > 10, "the vast steppe districts cluster: " + hot);
        assertEquals("Горячая точка (скопление высоких значений)", districts.get("legend").get(1).get("label_ru").asText());

        JsonNode g = json(run("geary", "--indicator", "unemployment_rate", "--year", "2024", "--format", "json"));
        assertEquals(20, g.get("regions").size());
        for (JsonNode r : g.get("regions")) {
            assertTrue(r.get("local_geary").asDouble() >= 0);
            assertTrue(List.of("high-high", "low-low", "other-positive", "negative", "not-significant").contains(r.get("class").asText()));
        }
    }
}
