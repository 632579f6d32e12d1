package kz.aimaq.core.scenario;

import kz.aimaq.core.stats.SpatialWeights;

import java.util.List;

/**
 * Small hand-made weights for tests, before contiguity from the map is available: each city of
 * republican significance touches the oblast around it (Astana–Akmola, Almaty–Almaty Region,
 * Shymkent–Turkistan), and a few true oblast borders around the other poles (Aktobe with Kostanay,
 * Atyrau, West Kazakhstan and Kyzylorda; Mangystau with Atyrau).
 */
final class TestWeights {
    private TestWeights() {}

    static SpatialWeights enclaves(List<String> codes) {
        int n = codes.size();
        double[][] w = new double[n][n];
        String[][] pairs = {{"71", "11"}, {"75", "19"}, {"79", "61"}, {"15", "39"}, {"15", "23"}, {"15", "27"},
                {"15", "43"}, {"47", "23"}};
        for (String[] p : pairs) {
            int a = codes.indexOf(p[0]), b = codes.indexOf(p[1]);
            w[a][b] = w[b][a] = 1;
        }
        return new SpatialWeights("test borders", codes, w);
    }
}
