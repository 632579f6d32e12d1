package kz.aimaq.core.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Composite-index weights are relative and bounded: 1e308 overflowed to index 0, rank 1 for all (issue 14). */
class IndexWeightsTest {
    @Test
    void absurdWeightsAreRefusedWithTheRange() {
        for (double w : new double[]{1e308, 1e7, 1e-7, Double.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new IndexSpec.Component("grp_per_capita", null, w));
            assertTrue(e.getMessage().contains("between 0.000001 and 1000000"), e.getMessage());
        }
    }

    @Test
    void ordinaryWeightsPass() {
        assertEquals(1e6, new IndexSpec.Component("grp", null, 1e6).weight());
        assertEquals(0.25, new IndexSpec.Component("grp", null, 0.25).weight());
    }
}
