package kz.aimaq.core.classify;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LegendTest {
    private static final String S = "\u00A0";
    private final IndicatorData data = IndicatorData.bundled();
    private final Indicator population = data.catalog().require("population_avg");

    /** Population 2024 of the 20 current regions, with Astana (71) blanked to stand for a missing value. */
    private double[] population2024WithoutAstana() {
        List<Region> regions = RegionCatalog.bundled().current();
        double[] v = new double[regions.size()];
        for (int i = 0; i < v.length; i++) {
            String kato = regions.get(i).kato();
            v[i] = kato.equals("71") ? Double.NaN : data.current("population_avg", 2024, kato).orElse(Double.NaN);
        }
        return v;
    }

    @Test
    void russianLegendForPopulationQuintiles() {
        double[] v = population2024WithoutAstana();
        Classification c = Classifiers.classify(ClassificationMethod.QUANTILE, v, 5, null);
        Legend legend = Legend.build(c, Palettes.defaultFor(population), population, 2024, "БНС АСПиР РК", "ru",
                Classifiers.noDataCount(v));

        assertEquals("Численность населения (среднегодовая), 2024", legend.title());
        assertEquals("чел.", legend.unit());
        assertEquals("Источник: БНС АСПиР РК", legend.sourceLine());
        assertEquals(5, legend.entries().size());
        // the smallest region is Ulytau (221 437), the largest Almaty city (2 260 365)
        assertTrue(legend.entries().getFirst().label().startsWith("221" + S + "437" + S + "– "), legend.labels().toString());
        assertTrue(legend.entries().getLast().label().endsWith("– 2" + S + "260" + S + "365"), legend.labels().toString());
        assertEquals(19, legend.entries().stream().mapToInt(Legend.Entry::count).sum());
        assertArrayEquals(Palettes.byId("Blues").colors(5),
                legend.entries().stream().mapToInt(Legend.Entry::color).toArray());
        // a class's upper bound is the next one's lower bound
        for (int j = 1; j < 5; j++) {
            assertEquals(legend.entries().get(j - 1).upper(), legend.entries().get(j).lower());
        }
        assertEquals(1, legend.noData().count());
        assertEquals("Нет данных", legend.noData().label());
        assertEquals(Legend.NO_DATA_COLOR, legend.colorOf(Double.NaN));
        assertEquals(Palettes.byId("Blues").colors(5)[4], legend.colorOf(2_260_365));
        assertEquals(Palettes.byId("Blues").colors(5)[0], legend.colorOf(221_437));
        assertTrue(legend.fitLabel().startsWith("Качество разбиения (GVF): 0,"), legend.fitLabel());
        assertFalse(legend.continuous());
    }

    @Test
    void englishLabelsUseCommaThousandsAndPointDecimals() {
        Indicator unemployment = data.catalog().require("unemployment_rate");
        Classification c = Classifiers.classify(ClassificationMethod.MANUAL, new double[]{4.6, 4.7, 4.8, 5.0, 5.1}, 0,
                new double[]{4.7, 4.9, 5.1});
        Legend legend = Legend.build(c, Palettes.defaultFor(unemployment), unemployment, 2023, "BNS", "en", 0);
        assertEquals(List.of("4.6" + S + "– 4.7", "4.7" + S + "– 4.9", "4.9" + S + "– 5.1"), legend.labels());
        assertEquals(List.of(2, 1, 2), legend.entries().stream().map(Legend.Entry::count).toList());
        assertEquals("Source: BNS", legend.sourceLine());
        assertEquals("No data", legend.noData().label());
        assertEquals(0xffeda0, legend.entries().getFirst().color());   // YlOrRd: lower is better
    }

    @Test
    void largeNumbersInEnglishAndKazakh() {
        Classification c = Classifiers.classify(ClassificationMethod.MANUAL, new double[]{1234.5, 1800, 2345.6}, 0,
                new double[]{1234.5, 2345.6});
        Indicator oneDecimal = new Indicator("x", "X", "Х", "Х", "u", "у", "у", Indicator.Kind.EXTENSIVE,
                Indicator.Aggregation.SUM, Indicator.Direction.NEUTRAL, 1, "", "test");
        assertEquals("1,234.5" + S + "– 2,345.6", Legend.build(c, Palettes.byId("Greens"), oneDecimal, 2024, null, "en", 0)
                .labels().get(1));
        Legend kk = Legend.build(c, Palettes.byId("Greens"), oneDecimal, 2024, null, "kk", 0);
        assertEquals("1" + S + "234,5" + S + "– 2" + S + "345,6", kk.labels().get(1));
        assertEquals("Дереккөзі: test", kk.sourceLine());   // falls back to the indicator's source
        assertEquals("Деректер жоқ", kk.noData().label());
    }

    @Test
    void boundsGetExtraDecimalsWhenTheyWouldPrintAlike() throws Exception {
        Indicator noDecimals = new Indicator("x", "X", "X", "X", "", "", "", Indicator.Kind.INTENSIVE,
                Indicator.Aggregation.NONE, Indicator.Direction.NEUTRAL, 0, "", "test");
        // 1.1, 1.2, 1.4 all print "1" without decimals: one decimal is added
        Classification close = Classifiers.classify(ClassificationMethod.MANUAL, new double[]{1.1, 1.3, 2}, 0,
                new double[]{1.2, 1.4, 2});
        assertEquals(List.of("1.1" + S + "– 1.2", "1.2" + S + "– 1.4", "1.4" + S + "– 2.0"),
                Legend.build(close, Palettes.byId("Blues"), noDecimals, 2024, null, "en", 0).labels());
        // California quintile bounds 0.13, 1.464, 5.798, ... already differ as whole numbers
        Classification cal = Classifiers.classify(ClassificationMethod.QUANTILE, CalEmpDensity.values(), 5, null);
        Legend legend = Legend.build(cal, Palettes.byId("Blues"), noDecimals, 2024, null, "en", 0);
        assertEquals("0" + S + "– 1", legend.labels().getFirst());
        assertEquals("55" + S + "– 4,111", legend.labels().getLast());
    }

    @Test
    void stdMeanClassesBelowTheMinimumReadAsAtMost() throws Exception {
        Classification c = Classifiers.classify(ClassificationMethod.STD_MEAN, CalEmpDensity.values(), 5, null);
        Indicator twoDecimals = new Indicator("x", "X", "X", "X", "", "", "", Indicator.Kind.INTENSIVE,
                Indicator.Aggregation.NONE, Indicator.Direction.NEUTRAL, 2, "", "mapclassify");
        Legend legend = Legend.build(c, Palettes.byId("RdBu"), twoDecimals, 2024, null, "en", 0);
        assertEquals("≤ -967.36", legend.labels().getFirst());
        assertEquals("-967.36" + S + "– -420.72", legend.labels().get(1));
        assertEquals(List.of(0, 0, 56, 1, 1), legend.entries().stream().map(Legend.Entry::count).toList());
    }

    @Test
    void unclassedMapsGetARamp() {
        double[] v = population2024WithoutAstana();
        Classification c = Classifiers.classify(ClassificationMethod.UNCLASSED, v, 5, null);
        Legend legend = Legend.build(c, Palettes.byId("YlGnBu"), population, 2024, "BNS", "en", 1);
        assertTrue(legend.continuous());
        assertTrue(legend.entries().isEmpty());
        assertEquals("221,437", legend.ramp().minLabel());
        assertEquals("2,260,365", legend.ramp().maxLabel());
        int[] stops = Palettes.byId("YlGnBu").colors(9);
        assertEquals(stops[0], legend.colorOf(221_437));
        assertEquals(stops[8], legend.colorOf(2_260_365));
        assertEquals("", legend.fitLabel());
    }

    @Test
    void rampInterpolatesBetweenStops() {
        assertEquals(0x808080, Legend.interpolate(new int[]{0x000000, 0xffffff}, 0.5 + 1e-9));
        assertEquals(0x000000, Legend.interpolate(new int[]{0x000000, 0xffffff}, -1));
        assertEquals(0xff0000, Legend.interpolate(new int[]{0x0000ff, 0xff0000}, 1));
    }
}
