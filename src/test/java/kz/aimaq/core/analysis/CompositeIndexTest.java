package kz.aimaq.core.analysis;

import kz.aimaq.core.analysis.IndexSpec.Aggregation;
import kz.aimaq.core.analysis.IndexSpec.Component;
import kz.aimaq.core.analysis.IndexSpec.Direction;
import kz.aimaq.core.analysis.IndexSpec.Normalisation;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class CompositeIndexTest {
    private static final List<String> REGIONS = RegionCatalog.bundled().current().stream().map(Region::kato).toList();
    private static final IndicatorData DATA = IndicatorData.bundled();

    private static IndexSpec development() {
        return IndexSpec.of("development", List.of(
                new Component("grp_per_capita", null, 2),
                new Component("unemployment_rate", null, 1),
                new Component("life_expectancy", null, 1)));
    }

    /** Three regions, two indicators, worked by hand: min-max, arithmetic mean with weights 3:1. */
    @Test
    void handWorkedMinMaxArithmetic() {
        IndexSpec spec = IndexSpec.of("t", List.of(
                new Component("income", Direction.HIGHER_IS_BETTER, 3),
                new Component("unemployment", Direction.LOWER_IS_BETTER, 1)));
        Map<String, Map<String, Double>> in = Map.of(
                "income", Map.of("a", 100.0, "b", 200.0, "c", 300.0),
                "unemployment", Map.of("a", 4.0, "b", 8.0, "c", 6.0));
        IndexResult r = CompositeIndex.compute(spec, 2024, List.of("a", "b", "c"), in);
        // a: income 0, unemployment (8−4)/(8−4) = 100 → 0.75·0 + 0.25·100 = 25
        // b: income 50, unemployment 0 → 37.5;  c: income 100, unemployment 50 → 87.5
        assertEquals(25, r.score("a").orElseThrow().score(), 1e-12);
        assertEquals(37.5, r.score("b").orElseThrow().score(), 1e-12);
        assertEquals(87.5, r.score("c").orElseThrow().score(), 1e-12);
        assertEquals(List.of(3, 2, 1), r.scores().stream().map(IndexResult.RegionScore::rank).toList());
        assertEquals("income", r.score("a").orElseThrow().weakest().indicator());
        assertEquals("unemployment", r.score("b").orElseThrow().weakest().indicator());
        // contributions add up to the score
        for (var s : r.scores()) assertEquals(s.score(), s.parts().stream().mapToDouble(IndexResult.Part::contribution).sum(), 1e-12);
    }

    /** Geometric mean on the 1–100 scale: a: 1^0.75 · 100^0.25 = √10 ≈ 3.162. */
    @Test
    void geometricMeanPenalisesAWeakComponent() {
        IndexSpec spec = IndexSpec.of("t", List.of(
                new Component("x", Direction.HIGHER_IS_BETTER, 3),
                new Component("y", Direction.HIGHER_IS_BETTER, 1))).with(Normalisation.MIN_MAX, Aggregation.GEOMETRIC);
        Map<String, Map<String, Double>> in = Map.of("x", Map.of("a", 0.0, "b", 1.0), "y", Map.of("a", 1.0, "b", 0.0));
        IndexResult r = CompositeIndex.compute(spec, 2024, List.of("a", "b"), in);
        assertEquals(Math.sqrt(10), r.score("a").orElseThrow().score(), 1e-12);
        assertEquals(Math.pow(100, 0.75), r.score("b").orElseThrow().score(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> spec.with(Normalisation.Z_SCORE, Aggregation.GEOMETRIC));
    }

    @Test
    void invariantToComponentOrderForEveryMethod() {
        for (Normalisation n : Normalisation.values()) {
            for (Aggregation a : Aggregation.values()) {
                if (a == Aggregation.GEOMETRIC && n == Normalisation.Z_SCORE) continue;
                IndexSpec spec = development().with(n, a);
                List<Component> reversed = new ArrayList<>(spec.components());
                Collections.reverse(reversed);
                IndexResult one = CompositeIndex.compute(spec, DATA, 2022, REGIONS);
                IndexResult two = CompositeIndex.compute(spec.withComponents(reversed), DATA, 2022, REGIONS);
                assertSame(one, two, n + "/" + a);
            }
        }
    }

    @Test
    void invariantToTheUnitOfAnInput() {
        // GRP per capita in tenge instead of thousand tenge: ×1000
        IndexSpec spec = development().resolve(DATA.catalog());
        Map<String, Map<String, Double>> in = inputs(spec, 2022);
        Map<String, Map<String, Double>> scaled = new LinkedHashMap<>(in);
        Map<String, Double> tenge = new LinkedHashMap<>();
        in.get("grp_per_capita").forEach((k, v) -> tenge.put(k, v * 1000));
        scaled.put("grp_per_capita", tenge);
        for (Normalisation n : Normalisation.values()) {
            IndexSpec s = spec.with(n, Aggregation.ARITHMETIC);
            assertSame(CompositeIndex.compute(s, 2022, REGIONS, in), CompositeIndex.compute(s, 2022, REGIONS, scaled), n.json());
        }
    }

    /** On real 2022 data (the last year with published GRP per capita and life expectancy for all 20). */
    @Test
    void realDataRanksAndBreakdown() {
        IndexResult r = CompositeIndex.compute(development(), DATA, 2022, REGIONS);
        assertEquals(20, r.scores().size());
        assertTrue(r.missing().isEmpty());
        // every rank 1..20 appears once and the ±20% range contains the rank
        assertEquals(20, r.scores().stream().map(IndexResult.RegionScore::rank).distinct().count());
        for (var s : r.scores()) assertTrue(s.rankMin() <= s.rank() && s.rank() <= s.rankMax(), s.code());
        // min-max: the best region on all three would be 100; the index stays within 0..100
        for (var s : r.scores()) assertTrue(s.score() >= 0 && s.score() <= 100);
        // Atyrau (oil) has the highest GRP per capita: that component is its best, not its weakest
        var atyrau = r.score("23").orElseThrow();
        assertEquals(100.0, atyrau.parts().getFirst().normalised(), 1e-12);
        assertNotEquals("grp_per_capita", atyrau.weakest().indicator());
    }

    @Test
    void regionsWithoutDataAreListedNotScored() {
        // per-capita income exists only for the pre-2022 configuration: the new oblasts lack it
        IndexSpec spec = IndexSpec.of("x", List.of(new Component("grp", null, 1),
                new Component("per_capita_nominal_income", null, 1)));
        IndexResult r = CompositeIndex.compute(spec, DATA, 2020, REGIONS);
        assertTrue(r.missing().containsKey("10"), "Abai did not exist in 2020");
        assertTrue(r.score("10").isEmpty());
    }

    @Test
    void neutralIndicatorNeedsADirection() {
        IndexSpec spec = IndexSpec.of("x", List.of(new Component("population_density", null, 1)));
        var e = assertThrows(IllegalArgumentException.class, () -> spec.resolve(DATA.catalog()));
        assertTrue(e.getMessage().contains("\"direction\""), e.getMessage());
    }

    @Test
    void resultBecomesAnIndicatorOnTheMap() {
        IndexResult r = CompositeIndex.compute(development(), DATA, 2022, REGIONS);
        IndicatorData copy = DATA.copy();
        copy.catalog().add(r.asIndicator());
        r.asObservations().forEach(copy::put);
        assertEquals(r.score("75").orElseThrow().score(), copy.current("development", 2022, "75").orElseThrow(), 0);
        assertEquals("index (0–100)", copy.catalog().require("development").unitEn());
    }

    static void assertSame(IndexResult a, IndexResult b, String what) {
        assertEquals(a.scores().size(), b.scores().size());
        for (var s : a.scores()) {
            var t = b.score(s.code()).orElseThrow();
            assertEquals(s.score(), t.score(), 1e-9 * Math.max(1, Math.abs(s.score())), what + " " + s.code());
            assertEquals(s.rank(), t.rank(), what + " " + s.code());
            assertEquals(s.rankMin(), t.rankMin(), what);
            assertEquals(s.rankMax(), t.rankMax(), what);
        }
    }

    static Map<String, Map<String, Double>> inputs(IndexSpec spec, int year) {
        Map<String, Map<String, Double>> in = new LinkedHashMap<>();
        for (String ind : spec.indicators()) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (String c : REGIONS) DATA.current(ind, year, c).ifPresent(v -> m.put(c, v));
            in.put(ind, m);
        }
        return in;
    }
}
