package kz.aimaq.core.stats;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Contiguity of the real 2024 regions (geokz boundaries from ../shared) against the borders on the map. */
class ContiguityTest {
    static RegionLayer oblasts;
    static SpatialWeights queen;

    @BeforeAll
    static void load() throws IOException {
        oblasts = RegionLayers.load(MapLevel.OBLAST);
        queen = Contiguity.queen(oblasts);
    }

    @Test
    void citiesOfRepublicanSignificanceTouchOnlyTheirSurroundingOblast() {
        assertEquals(List.of("11"), queen.neighbours("71"), "Astana lies inside Akmola");
        assertEquals(List.of("19"), queen.neighbours("75"), "Almaty city lies inside Almaty oblast");
        assertEquals(List.of("61"), queen.neighbours("79"), "Shymkent lies inside Turkistan");
    }

    @Test
    void westernBorders() {
        // Mangystau borders Atyrau in the north and Aktobe in the north-east (the rest is the
        // Caspian, Turkmenistan and Uzbekistan); Kostanay is far away
        assertEquals(List.of("15", "23"), queen.neighbours("47"));
        assertFalse(queen.neighbours("47").contains("39"));
        assertEquals(List.of("15", "23"), queen.neighbours("27"), "West Kazakhstan: Aktobe and Atyrau");
        assertEquals(List.of("15", "27", "47"), queen.neighbours("23"));
    }

    @Test
    void the2022SplitsShowInTheNeighbourhoods() {
        // after Abai was cut out of it, East Kazakhstan touches only Abai inside the country
        assertEquals(List.of("10"), queen.neighbours("63"));
        assertEquals(List.of("10", "19", "35"), queen.neighbours("33"), "Zhetisu: Abai, Almaty oblast, Karaganda");
        assertEquals(List.of("15", "31", "35", "39", "43", "61"), queen.neighbours("62"), "Ulytau");
        assertEquals(List.of("35", "39", "55", "59", "71"), queen.neighbours("11"), "Akmola");
    }

    @Test
    void symmetricEveryRegionConnectedAndNoCornerOnlyContacts() {
        assertEquals(20, queen.size());
        int links = 0;
        for (int i = 0; i < 20; i++) {
            assertFalse(queen.neighbours(queen.codes().get(i)).isEmpty(), queen.codes().get(i) + " has no neighbour");
            for (int j = 0; j < 20; j++) {
                assertEquals(queen.weights()[i][j], queen.weights()[j][i]);
                links += (int) queen.weights()[i][j];
            }
        }
        assertEquals(70, links, "35 internal borders between the 20 regions");
        // every oblast border on this map is a real stretch of border, so rook = queen
        SpatialWeights rook = Contiguity.rook(oblasts);
        for (String c : queen.codes()) assertEquals(queen.neighbours(c), rook.neighbours(c), c);
    }

    @Test
    void districtLevelIsConnectedAndNestedCitiesStayInside() throws IOException {
        RegionLayer districts = RegionLayers.load(MapLevel.DISTRICT);
        SpatialWeights w = Contiguity.queen(districts);
        assertEquals(districts.size(), w.size());
        for (String c : w.codes()) {
            List<String> n = w.neighbours(c);
            assertFalse(n.isEmpty(), c + " has no neighbour");
            if (c.startsWith("75")) {
                // Almaty city's districts border each other or Almaty oblast's districts, nothing else
                for (String o : n) assertTrue(o.startsWith("75") || o.startsWith("19"), c + " → " + o);
            }
        }
        // a district's neighbour in another oblast implies the oblasts are neighbours
        for (String c : w.codes()) {
            for (String o : w.neighbours(c)) {
                String a = districts.byCode(c).orElseThrow().parentKato(), b = districts.byCode(o).orElseThrow().parentKato();
                if (!a.equals(b)) assertTrue(queen.neighbours(a).contains(b), c + " (" + a + ") – " + o + " (" + b + ")");
            }
        }
    }

    @Test
    void distanceWeightsOnRealCentroids() {
        SpatialWeights knn = NearestNeighbours.of(oblasts, 1);
        assertEquals(List.of("11"), knn.neighbours("71"), "Astana's nearest centroid is Akmola's");
        assertEquals(List.of("19"), knn.neighbours("75"));
        // Astana–Almaty is about 970 km in a straight line
        SpatialWeights band = DistanceBand.of(oblasts, 900);
        assertFalse(band.neighbours("71").contains("75"));
        assertTrue(DistanceBand.of(oblasts, 1050).neighbours("71").contains("75"));
    }
}
