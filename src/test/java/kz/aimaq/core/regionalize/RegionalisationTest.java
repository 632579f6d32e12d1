package kz.aimaq.core.regionalize;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.GroupingFiles;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.stats.Contiguity;
import kz.aimaq.core.stats.Inequality;
import kz.aimaq.core.stats.SpatialWeights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

/** The methods on the 20 regions and their queen contiguity, and the fit figures by hand. */
class RegionalisationTest {
    static final List<String> INDICATORS = List.of("grp_per_capita", "unemployment_rate", "urban_share_pct");
    static List<String> codes;
    static SpatialWeights queen;
    static Attributes attributes;
    static double[] grpPerCapita, population;

    @BeforeAll
    static void load() throws Exception {
        RegionLayer layer = RegionLayers.load(MapLevel.OBLAST);
        codes = layer.regions().stream().map(r -> r.code()).toList();
        queen = Contiguity.queen(layer);
        IndicatorData data = IndicatorData.bundled();
        attributes = IndicatorAttributes.of(data, INDICATORS, null, 2024, codes);
        grpPerCapita = IndicatorAttributes.column(data, "grp_per_capita", 2024, codes);
        population = IndicatorAttributes.column(data, "population_avg", 2024, codes);
    }

    private static List<Regionalisation> contiguousResults(int k, Constraint c) {
        return List.of(Skater.of(attributes, queen, k, c), Redcap.of(attributes, queen, k, c));
    }

    @Test
    void everyGroupIsContiguousUnderQueenAndEveryRegionInExactlyOne() {
        RegionGraph g = RegionGraph.of(queen);
        for (int k : new int[]{2, 5, 8}) {
            for (Regionalisation r : contiguousResults(k, Constraint.none())) {
                assertEquals(20, r.codes().size());
                assertEquals(k, r.groups(), r.method());
                assertTrue(g.contiguous(r.labels()), r.method() + " k=" + k);
                Set<String> seen = new HashSet<>();
                for (int gi = 1; gi <= k; gi++) {
                    assertFalse(r.members(gi).isEmpty());
                    for (String code : r.members(gi)) assertTrue(seen.add(code), code + " in two groups");
                }
                assertEquals(new HashSet<>(codes), seen);
            }
        }
    }

    @Test
    void homogeneityIsAtLeastThatOfTheOfficialFive() {
        double five = Fit.withinSsd(Fit.labels(Groupings.preset("five"), codes), attributes);
        for (Regionalisation r : contiguousResults(5, Constraint.none())) {
            double s = Fit.withinSsd(r.labels(), attributes);
            assertTrue(s <= five, r.method() + " SSD " + s + " > five's " + five);
        }
        // k-means ignores contiguity, so with 100 starts it is at least as homogeneous as SKATER
        assertTrue(Fit.withinSsd(KMeans.of(attributes, 5, 1).labels(), attributes)
                <= Fit.withinSsd(Skater.of(attributes, queen, 5, Constraint.none()).labels(), attributes) + 1e-9);
    }

    @Test
    void minimumPopulationIsHonoured() {
        double min = 2_000_000;
        for (Regionalisation r : contiguousResults(5, Constraint.minPopulation(population, min))) {
            assertEquals(5, r.groups());
            for (int g = 1; g <= 5; g++) {
                double p = 0;
                for (String c : r.members(g)) p += population[codes.indexOf(c)];
                assertTrue(p >= min, r.method() + " group " + g + " has " + p);
            }
            assertTrue(RegionGraph.of(queen).contiguous(r.labels()));
        }
        // without the floor SKATER isolates a small region (a city or Atyrau) in a group of its own
        Regionalisation free = Skater.of(attributes, queen, 5, Constraint.none());
        boolean small = false;
        for (int g = 1; g <= 5; g++) {
            double p = 0;
            for (String c : free.members(g)) p += population[codes.indexOf(c)];
            small |= p < min;
        }
        assertTrue(small, "the floor must change something on this data");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Skater.of(attributes, queen, 5, Constraint.minPopulation(population, 5_000_000)));
        assertTrue(e.getMessage().contains("5 groups of at least 5000000"), e.getMessage());
    }

    @Test
    void kMeansIsDeterministicForASeed() {
        assertArrayEquals(KMeans.of(attributes, 5, 42).labels(), KMeans.of(attributes, 5, 42).labels());
        assertEquals(5, KMeans.of(attributes, 5, 42).groups());
    }

    @Test
    void treePartitionOnAPathByHand() {
        // path 0–1–2–3 with values 0, 1, 10, 12: cutting 1–2 leaves SSD{0,1} + SSD{10,12} = 0.5 + 2 = 2.5;
        // cutting 0–1 leaves 0 + SSD{1,10,12} = 245 − 23²/3 ≈ 68.67; cutting 2–3 leaves
        // SSD{0,1,10} + 0 = 101 − 11²/3 ≈ 60.67. The greedy cut is 1–2.
        Attributes a = Attributes.raw(List.of("a", "b", "c", "d"), new double[][]{{0}, {1}, {10}, {12}});
        int[] labels = TreePartition.cut(new int[][]{{0, 1}, {1, 2}, {2, 3}}, a, 2, Constraint.none());
        assertArrayEquals(new int[]{0, 0, 1, 1}, labels);
        assertEquals(2.5, Fit.withinSsd(labels, a), 1e-12);
        // one person per region and a floor of 3: no cut leaves both sides with 3, so it is refused
        double[] pop = {1, 1, 1, 1};
        assertThrows(IllegalArgumentException.class, () -> TreePartition.cut(new int[][]{{0, 1}, {1, 2}, {2, 3}}, a, 2, Constraint.minPopulation(pop, 3)));
        // a floor of 1.5 forbids single-region groups; 1–2 is still allowed
        assertArrayEquals(new int[]{0, 0, 1, 1}, TreePartition.cut(new int[][]{{0, 1}, {1, 2}, {2, 3}}, a, 2, Constraint.minPopulation(pop, 1.5)));
        // a forest of two components needs at least two groups
        assertThrows(IllegalArgumentException.class, () -> TreePartition.cut(new int[][]{{0, 1}, {2, 3}}, a, 1, Constraint.none()));
        assertArrayEquals(new int[]{0, 0, 1, 1}, TreePartition.cut(new int[][]{{0, 1}, {2, 3}}, a, 2, Constraint.none()));
    }

    @Test
    void fitFiguresByHand() {
        // one attribute 0, 2, 10, 12 standardised: mean 6, population sd √26; z = (−6, −4, 4, 6)/√26
        // TSS = (36+16+16+36)/26 = 4 (= n for one standardised column); groups {0,2},{10,12}:
        // WSS = (1+1+1+1)/26 = 4/26, between/total = 1 − 1/26 = 25/26
        List<String> c = List.of("a", "b", "c", "d");
        Attributes a = Attributes.standardised(c, new double[][]{{0, 2, 10, 12}}, List.of("x"), null);
        double[] y = {1, 2, 3, 4}, n = {10, 10, 20, 20};
        SpatialWeights path = new SpatialWeights("path", c, new double[][]{{0, 1, 0, 0}, {1, 0, 1, 0}, {0, 1, 0, 1}, {0, 0, 1, 0}});
        Fit f = Fit.of(new int[]{0, 0, 1, 1}, a, y, n, RegionGraph.of(path));
        assertEquals(4, f.totalSsd(), 1e-12);
        assertEquals(4.0 / 26, f.withinSsd(), 1e-12);
        assertEquals(25.0 / 26, f.betweenRatio(), 1e-12);
        assertTrue(f.contiguous());
        var t = Inequality.theil(y, n, new int[]{0, 0, 1, 1});
        assertEquals(t.between() / t.total(), f.theilBetweenShare(), 1e-12);
        assertFalse(Fit.of(new int[]{0, 1, 1, 0}, a, y, n, RegionGraph.of(path)).contiguous());
        // weight 4 on a column doubles its z, so every sum of squares is 4 times larger
        Attributes w4 = Attributes.standardised(c, new double[][]{{0, 2, 10, 12}}, List.of("x"), new double[]{4});
        assertEquals(16.0 / 26, Fit.withinSsd(new int[]{0, 0, 1, 1}, w4), 1e-12);
    }

    @Test
    void officialGroupingsAreReportedSideBySide() {
        RegionGraph g = RegionGraph.of(queen);
        Fit five = Fit.of(Fit.labels(Groupings.preset("five"), codes), attributes, grpPerCapita, population, g);
        Fit cities = Fit.of(Fit.labels(Groupings.preset("five-plus-cities"), codes), attributes, grpPerCapita, population, g);
        assertEquals(5, five.groups());
        assertTrue(five.contiguous());
        assertEquals(6, cities.groups());
        assertFalse(cities.contiguous(), "Astana and Almaty city do not touch");
        // the same Theil total, and the between share read from the one decomposition in core/stats
        assertEquals(five.theilTotal(), cities.theilTotal(), 1e-12);
        assertTrue(cities.theilBetweenShare() > five.theilBetweenShare(), "splitting off the rich cities adds between-group inequality");
    }

    @Test
    void groupingFileRoundTripAndNames() throws Exception {
        Regionalisation r = Skater.of(attributes, queen, 5, Constraint.none());
        Grouping g = r.toGrouping("skater-5", "SKATER, 5 groups");
        Grouping back = GroupingFiles.parse(GroupingFiles.toJson(g), "g.json", RegionCatalog.bundled());
        assertEquals(5, back.groups().size());
        assertEquals("Group 1", back.groups().get(0).nameEn());
        assertEquals("Группа 1", back.groups().get(0).nameRu());
        assertEquals("1-топ", back.groups().get(0).nameKk());
        assertTrue(back.ungrouped(codes).isEmpty());
        assertEquals(r.members(2), back.groups().get(1).members());
        var map = r.toCategoricalMap("SKATER", "ru");
        assertEquals(5, map.categories().size());
        assertEquals("Группа 3", map.categories().get(2).label());
        assertEquals(20, map.categories().stream().mapToInt(x -> x.count()).sum());
    }

    @Test
    void movedRegionsAgainstAnOfficialGrouping() {
        // the official five itself moves nobody; moving Astana (71) from North to Central moves only it
        Grouping five = Groupings.preset("five");
        int[] labels = Fit.labels(five, codes);
        assertEquals(List.of(), new Regionalisation("test", codes, labels).moved(five));
        int central = labels[codes.indexOf("35")];
        labels[codes.indexOf("71")] = central;
        assertEquals(List.of("71"), new Regionalisation("test", codes, labels).moved(five));
    }
}
