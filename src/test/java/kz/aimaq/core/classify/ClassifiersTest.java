package kz.aimaq.core.classify;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;

import static kz.aimaq.core.classify.ClassificationMethod.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Each method against mapclassify's published results on its example data (58 California counties,
 * ../shared/data/reference/mapclassify/README.md), plus small hand-worked cases.
 */
class ClassifiersTest {
    private static double[] cal;

    @BeforeAll
    static void load() throws IOException {
        cal = CalEmpDensity.values();
        assertEquals(58, cal.length);
    }

    private static Classification classify(ClassificationMethod m, double[] v, int k) {
        return Classifiers.classify(m, v, k, null);
    }

    @Test
    void quantilesMatchMapclassify() {
        Classification c = classify(QUANTILE, cal, 5);
        assertArrayEquals(new double[]{1.464, 5.798, 13.278, 54.616, 4111.45}, c.breaks(), 1e-9);
        assertArrayEquals(new int[]{12, 11, 12, 11, 12}, c.counts());
        assertEquals(0.13, c.min());
        assertEquals(4111.45, c.max());
    }

    @Test
    void fisherJenksMatchesMapclassifyBinsCountsAndAdcm() {
        Classification c = classify(NATURAL_BREAKS, cal, 5);
        assertArrayEquals(new double[]{75.29, 192.05, 370.5, 722.85, 4111.45}, c.breaks(), 1e-9);
        assertArrayEquals(new int[]{49, 3, 4, 1, 1}, c.counts());
        assertEquals(799.24, c.adcm(), 1e-6);
        // optimal classes explain nearly all the variance of this skewed data set
        assertTrue(c.gvf() > 0.9 && c.gvf() < 1, "gvf " + c.gvf());
    }

    @Test
    void fisherJenksFitsBetterThanEveryOtherMethod() {
        double jenks = classify(NATURAL_BREAKS, cal, 5).gvf();
        for (ClassificationMethod m : new ClassificationMethod[]{QUANTILE, EQUAL_INTERVAL, MAXIMUM_BREAKS}) {
            assertTrue(classify(m, cal, 5).gvf() <= jenks + 1e-12, m + " beats the optimum");
        }
    }

    @Test
    void fisherJenksFindBinMatchesMapclassifyForFiveAndNineClasses() {
        // mapclassify TestFindBin: new values placed into the bins of FisherJenks(cal, k)
        double[] toClass = {0, 1, 3, 5, 50, 70, 101, 202, 390, 505, 800, 5000, 5001};
        int[] k5 = {0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 4, 4, 4};
        int[] k9 = {0, 0, 0, 0, 2, 2, 3, 5, 7, 7, 8, 8, 8};
        Classification c5 = classify(NATURAL_BREAKS, cal, 5), c9 = classify(NATURAL_BREAKS, cal, 9);
        assertEquals(9, c9.k());
        for (int i = 0; i < toClass.length; i++) {
            assertEquals(k5[i], c5.classOf(toClass[i]), "k=5, value " + toClass[i]);
            assertEquals(k9[i], c9.classOf(toClass[i]), "k=9, value " + toClass[i]);
        }
    }

    @Test
    void equalIntervalMatchesMapclassify() {
        Classification c = classify(EQUAL_INTERVAL, cal, 5);
        assertArrayEquals(new double[]{822.394, 1644.658, 2466.922, 3289.186, 4111.45}, c.breaks(), 1e-9);
        assertArrayEquals(new int[]{57, 0, 0, 0, 1}, c.counts());
    }

    @Test
    void stdMeanMatchesMapclassifyAndIgnoresK() {
        Classification c = classify(STD_MEAN, cal, 7);
        assertArrayEquals(new double[]{-967.36235382, -420.71712519, 672.57333208, 1219.21856072, 4111.45},
                c.breaks(), 1e-7);
        assertArrayEquals(new int[]{0, 0, 56, 1, 1}, c.counts());
        assertEquals(5, c.k());
    }

    @Test
    void maximumBreaksMatchMapclassify() {
        Classification c = classify(MAXIMUM_BREAKS, cal, 5);
        assertArrayEquals(new double[]{146.005, 228.49, 546.675, 2417.15, 4111.45}, c.breaks(), 1e-9);
        assertArrayEquals(new int[]{50, 2, 4, 1, 1}, c.counts());
    }

    @Test
    void jenksHandWorkedExample() {
        Classification c = classify(NATURAL_BREAKS, new double[]{1, 2, 3, 10, 11, 12, 30}, 3);
        assertArrayEquals(new double[]{3, 12, 30}, c.breaks());
        assertArrayEquals(new int[]{3, 3, 1}, c.counts());
        // class medians 2, 11, 30: |1-2|+|3-2| + |10-11|+|12-11| + 0 = 4
        assertEquals(4.0, c.adcm(), 1e-12);
        // SDAM: mean 69/7; SDCM: 2 + 2 + 0 = 4
        double mean = 69.0 / 7, sdam = 0;
        for (double v : new double[]{1, 2, 3, 10, 11, 12, 30}) sdam += (v - mean) * (v - mean);
        assertEquals(1 - 4 / sdam, c.gvf(), 1e-12);
    }

    @Test
    void jenksOrderOfInputDoesNotMatter() {
        double[] shuffled = {30, 11, 2, 12, 1, 10, 3};
        assertArrayEquals(new double[]{3, 12, 30}, classify(NATURAL_BREAKS, shuffled, 3).breaks());
    }

    @Test
    void quantilesOfSmallSetInterpolateLikeNumpy() {
        // 0..9, k=4: percentiles 25, 50, 75 at index 2.25, 4.5, 6.75
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Classification c = classify(QUANTILE, v, 4);
        assertArrayEquals(new double[]{2.25, 4.5, 6.75, 9}, c.breaks(), 1e-12);
        assertArrayEquals(new int[]{3, 2, 2, 3}, c.counts());
    }

    @Test
    void quantilesCollapseTiedBreaksLikeMapclassify() {
        // mapclassify's docstring: 100 ones and 40 threes, k=4 -> bins [1, 3]
        double[] v = new double[140];
        Arrays.fill(v, 0, 100, 1.0);
        Arrays.fill(v, 100, 140, 3.0);
        Classification c = classify(QUANTILE, v, 4);
        assertArrayEquals(new double[]{1, 3}, c.breaks());
        assertArrayEquals(new int[]{100, 40}, c.counts());
    }

    @Test
    void tooFewUniqueValuesIsAnErrorWithMapclassifysMessage() {
        double[] ones = {1, 1, 1, 1};
        for (ClassificationMethod m : new ClassificationMethod[]{EQUAL_INTERVAL, MAXIMUM_BREAKS, NATURAL_BREAKS}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> classify(m, ones, 5));
            assertEquals("Not enough unique values in array to form 5 classes.", e.getMessage(), m.id());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> classify(NATURAL_BREAKS, new double[]{1, 2, 2, 3, 3}, 4));
        assertEquals("Not enough unique values in array to form 4 classes.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> classify(STD_MEAN, ones, 5));
        // three distinct values are enough for three classes
        assertArrayEquals(new int[]{1, 2, 2}, classify(NATURAL_BREAKS, new double[]{1, 2, 2, 3, 3}, 3).counts());
    }

    @Test
    void naNIsNoDataAndLeftOut() {
        double[] v = {Double.NaN, 1, 2, 3, 10, 11, 12, Double.NaN, 30};
        Classification c = classify(NATURAL_BREAKS, v, 3);
        assertArrayEquals(new double[]{3, 12, 30}, c.breaks());
        assertEquals(7, c.n());
        assertEquals(2, Classifiers.noDataCount(v));
        assertEquals(-1, c.classOf(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> classify(QUANTILE, new double[]{Double.NaN}, 3));
        assertTrue(e.getMessage().contains("no data"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> classify(QUANTILE, new double[]{1, Double.POSITIVE_INFINITY}, 3));
        assertThrows(IllegalArgumentException.class, () -> classify(QUANTILE, new double[]{1, 2, 3}, 1));
    }

    @Test
    void aValueOnABreakGoesInTheLowerClass() {
        Classification c = classify(NATURAL_BREAKS, new double[]{1, 2, 3, 10, 11, 12, 30}, 3);
        assertEquals(0, c.classOf(1));       // the minimum is in the first class
        assertEquals(0, c.classOf(3));       // on the first break: lower class
        assertEquals(1, c.classOf(3.0000001));
        assertEquals(1, c.classOf(12));
        assertEquals(2, c.classOf(12.5));
        assertEquals(2, c.classOf(30));
        assertEquals(0, c.classOf(-100));    // below the range: first class
        assertEquals(2, c.classOf(1000));    // above it: top class (mapclassify's find_bin)
        // counts agree with classOf on every input value
        int[] byClassOf = new int[c.k()];
        for (double v : new double[]{1, 2, 3, 10, 11, 12, 30}) byClassOf[c.classOf(v)]++;
        assertArrayEquals(c.counts(), byClassOf);
    }

    @Test
    void countsAgreeWithClassOfOnTheCaliforniaData() {
        for (ClassificationMethod m : new ClassificationMethod[]{QUANTILE, EQUAL_INTERVAL, NATURAL_BREAKS, STD_MEAN, MAXIMUM_BREAKS}) {
            Classification c = classify(m, cal, 5);
            int[] byClassOf = new int[c.k()];
            for (double v : cal) byClassOf[c.classOf(v)]++;
            assertArrayEquals(c.counts(), byClassOf, m.id());
            assertEquals(58, c.n(), m.id());
        }
    }

    @Test
    void manualBreaksAddTheMaximumLikeUserDefined() {
        // mapclassify's UserDefined docstring: bins [20, 30] -> [20, 30, 4111.45], counts [37, 4, 17]
        Classification c = Classifiers.classify(MANUAL, cal, 0, new double[]{20, 30});
        assertArrayEquals(new double[]{20, 30, 4111.45}, c.breaks());
        assertArrayEquals(new int[]{37, 4, 17}, c.counts());
        Classification top = Classifiers.classify(MANUAL, cal, 0, new double[]{20, 5000});
        assertArrayEquals(new int[]{37, 21}, top.counts());
        assertThrows(IllegalArgumentException.class, () -> Classifiers.classify(MANUAL, cal, 0, new double[]{30, 20}));
        assertThrows(IllegalArgumentException.class, () -> Classifiers.classify(MANUAL, cal, 0, new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Classifiers.classify(MANUAL, cal, 0, null));
    }

    @Test
    void unclassedGivesAPositionOnTheRamp() {
        Classification c = Classifiers.classify(UNCLASSED, new double[]{10, 20, Double.NaN, 30}, 5, null);
        assertEquals(1, c.k());
        assertArrayEquals(new int[]{3}, c.counts());
        assertEquals(0.0, c.position(10));
        assertEquals(0.5, c.position(20));
        assertEquals(1.0, c.position(30));
        assertEquals(1.0, c.position(99));   // clamped
        assertTrue(Double.isNaN(c.position(Double.NaN)));
        assertEquals(0, c.classOf(25));
    }

    @Test
    void methodIdsRoundTripAndUnknownIdsListTheValidOnes() {
        for (ClassificationMethod m : ClassificationMethod.values()) assertEquals(m, ClassificationMethod.fromId(m.id()));
        assertEquals(NATURAL_BREAKS, ClassificationMethod.fromId(" Jenks "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassificationMethod.fromId("kmeans"));
        assertTrue(e.getMessage().contains("quantile, equal, jenks, stddev, maxbreaks, manual, unclassed"), e.getMessage());
    }

    @Test
    void classificationIsImmutable() {
        Classification c = classify(QUANTILE, cal, 5);
        c.breaks()[0] = -1;
        c.counts()[0] = -1;
        assertEquals(1.464, c.breaks()[0], 1e-9);
        assertEquals(12, c.counts()[0]);
        assertEquals(c, classify(QUANTILE, cal, 5));
    }
}
