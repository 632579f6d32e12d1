package kz.aimaq.core.analysis;

import kz.aimaq.core.stats.*;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The new local statistics as categorical map layers: codes, counts and localised labels. */
class SpatialStatisticMapsTest {
    /** A 3×3 rook lattice as binary weights, cells "r,c". */
    private static SpatialWeights lattice() {
        List<String> codes = new ArrayList<>();
        double[][] w = new double[9][9];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) {
            codes.add(r + "," + c);
            int i = r * 3 + c;
            if (c < 2) w[i][i + 1] = w[i + 1][i] = 1;
            if (r < 2) w[i][i + 3] = w[i + 3][i] = 1;
        }
        return new SpatialWeights("rook", codes, w);
    }

    private static final double[] HOT = {1, 1, 1, 1, 1, 50, 1, 50, 100};

    @Test
    void hotSpotsLayer() {
        GetisOrd.Result gi = GetisOrd.of(HOT, lattice(), 9_999, 3, 0.05);
        CategoricalMap m = SpatialStatisticMaps.hotSpots(gi, "G*", "ru");
        assertEquals(GetisOrd.Spot.HOT.code(), m.classes().get("2,2"));
        assertEquals("#FF0000", m.colorOf("2,2").orElseThrow());
        assertEquals(9, m.categories().stream().mapToInt(CategoricalMap.Category::count).sum());
        assertEquals("Горячая точка (скопление высоких значений)", m.category(GetisOrd.Spot.HOT.code()).orElseThrow().label());
        assertTrue(m.category(GetisOrd.Spot.ISOLATED.code()).isEmpty(), "no island, no 'no neighbours' entry");
    }

    @Test
    void significanceLayerListsOnlyTheBandsUnderAlpha() {
        Lisa.Result lisa = Lisa.of(HOT, lattice().rowStandardised(), 9_999, 2, 0.05);
        CategoricalMap at05 = SpatialStatisticMaps.significance(lisa, "p", "en");
        assertEquals(4, at05.categories().size());
        CategoricalMap at001 = SpatialStatisticMaps.significance(lisa.withAlpha(0.001), "p", "kk");
        assertEquals(List.of(Significance.P001.code(), Significance.NOT_SIGNIFICANT.code()),
                at001.categories().stream().map(CategoricalMap.Category::code).toList());
        assertEquals("Маңызды емес", at001.category(0).orElseThrow().label());
    }

    @Test
    void localGearyLayer() {
        LocalGeary.Result g = LocalGeary.of(new double[]{0, 9, 0, 9, 0, 9, 0, 9, 0}, lattice().rowStandardised(), 9_999, 1, 0.05);
        CategoricalMap m = SpatialStatisticMaps.localGeary(g, "c", "en");
        assertEquals(LocalGeary.Cluster.NEGATIVE.code(), m.classes().get("1,1"));
        assertEquals(5, m.categories().size());
    }
}
