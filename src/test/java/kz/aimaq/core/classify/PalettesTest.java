package kz.aimaq.core.classify;

import kz.aimaq.core.data.IndicatorData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class PalettesTest {

    private static final List<String> SEQUENTIAL = List.of("Blues", "Greens", "Greys", "Oranges", "Purples", "Reds",
            "BuGn", "BuPu", "GnBu", "OrRd", "PuBu", "PuBuGn", "PuRd", "RdPu", "YlGn", "YlGnBu", "YlOrBr", "YlOrRd");
    private static final List<String> DIVERGING = List.of("BrBG", "PiYG", "PRGn", "PuOr", "RdBu", "RdGy", "RdYlBu", "RdYlGn", "Spectral");

    @Test
    void everySchemeAsked() {
        assertEquals(SEQUENTIAL, Palettes.ofType(Palette.Type.SEQUENTIAL).stream().map(Palette::id).toList());
        assertEquals(DIVERGING, Palettes.ofType(Palette.Type.DIVERGING).stream().map(Palette::id).toList());
        assertEquals(List.of("Set2", "Dark2", "Paired"), Palettes.ofType(Palette.Type.QUALITATIVE).stream().map(Palette::id).toList());
    }

    @Test
    void sequentialAndDivergingHaveThreeToNineDistinctColours() {
        for (Palette p : Palettes.all()) {
            if (p.type() == Palette.Type.QUALITATIVE) continue;
            assertEquals(9, p.maxClasses(), p.id());
            for (int k = 3; k <= 9; k++) {
                int[] c = p.colors(k);
                assertEquals(k, c.length, p.id() + " k=" + k);
                assertEquals(k, Set.of(java.util.Arrays.stream(c).boxed().toArray()).size(), p.id() + " k=" + k + " repeats a colour");
                for (int rgb : c) assertEquals(rgb, rgb & 0xFFFFFF);
            }
            int k10 = 10;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.colors(k10));
            assertTrue(e.getMessage().contains("1 to 9"), e.getMessage());
        }
    }

    @Test
    void sequentialSchemesGetDarkerClassByClass() {
        for (String id : SEQUENTIAL) {
            for (int k = 3; k <= 9; k++) {
                int[] c = Palettes.byId(id).colors(k);
                for (int i = 1; i < k; i++) {
                    assertTrue(luminance(c[i]) < luminance(c[i - 1]), id + " k=" + k + " class " + i);
                }
            }
        }
    }

    private static double luminance(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF);
    }

    @Test
    void exactColorBrewerValues() {
        assertArrayEquals(new int[]{0xffeda0, 0xfeb24c, 0xf03b20}, Palettes.byId("YlOrRd").colors(3));
        assertArrayEquals(new int[]{0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026},
                Palettes.byId("YlOrRd").colors(9));
        assertArrayEquals(new int[]{0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c}, Palettes.byId("Blues").colors(5));
        assertArrayEquals(new int[]{0xca0020, 0xf4a582, 0xf7f7f7, 0x92c5de, 0x0571b0}, Palettes.byId("RdBu").colors(5));
        assertEquals("#66c2a5", Palette.hex(Palettes.byId("Set2").colors(8)[0]));
        assertEquals(0xb15928, Palettes.byId("Paired").colors(12)[11]);
    }

    @Test
    void qualitativeSchemesGrowByAddingColours() {
        Palette dark2 = Palettes.byId("Dark2");
        assertEquals(8, dark2.maxClasses());
        assertArrayEquals(new int[]{0x1b9e77, 0xd95f02, 0x7570b3}, dark2.colors(3));
        assertArrayEquals(java.util.Arrays.copyOf(dark2.colors(8), 5), dark2.colors(5));
        assertEquals(12, Palettes.byId("Paired").maxClasses());
    }

    @Test
    void colourBlindFlagsFollowColorBrewer() {
        assertTrue(Palettes.byId("YlOrRd").colorBlindSafe());
        assertTrue(Palettes.byId("RdBu").colorBlindSafe());
        assertFalse(Palettes.byId("Spectral").colorBlindSafe());
        assertFalse(Palettes.byId("RdYlGn").colorBlindSafe());
        assertFalse(Palettes.byId("RdGy").colorBlindSafe());   // ColorBrewer says "maybe"
        Palette paired = Palettes.byId("Paired");
        assertFalse(paired.colorBlindSafe());
        assertTrue(paired.colorBlindSafe(4));
        assertFalse(paired.colorBlindSafe(5));
        Set<String> safeSeq = Palettes.ofType(Palette.Type.SEQUENTIAL).stream().filter(Palette::colorBlindSafe)
                .map(Palette::id).collect(Collectors.toSet());
        assertEquals(18, safeSeq.size());
    }

    @Test
    void reversedSwapsTheOrderAndRoundTrips() {
        Palette p = Palettes.byId("YlOrRd");
        Palette r = p.reversed();
        assertEquals("YlOrRd_r", r.id());
        assertArrayEquals(new int[]{0xf03b20, 0xfeb24c, 0xffeda0}, r.colors(3));
        assertEquals(p, r.reversed());
        assertEquals(r, Palettes.byId("ylorrd_R"));
    }

    @Test
    void fewerThanThreeClassesBorrowFromTheThreeClassScheme() {
        Palette blues = Palettes.byId("Blues");
        assertArrayEquals(new int[]{0xdeebf7, 0x3182bd}, blues.colors(2));
        assertArrayEquals(new int[]{0x9ecae1}, blues.colors(1));
        assertThrows(IllegalArgumentException.class, () -> blues.colors(0));
    }

    @Test
    void unknownIdListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Palettes.byId("Viridis"));
        assertTrue(e.getMessage().contains("YlGnBu"), e.getMessage());
    }

    @Test
    void defaultPaletteFollowsWhetherMoreIsBetter() {
        var catalog = IndicatorData.bundled().catalog();
        assertEquals("YlOrRd", Palettes.defaultFor(catalog.require("unemployment_rate")).id());
        assertEquals("YlGnBu", Palettes.defaultFor(catalog.require("grp_per_capita")).id());
        assertEquals("Blues", Palettes.defaultFor(catalog.require("population_avg")).id());
        assertEquals(Palette.Type.SEQUENTIAL, Palettes.defaultFor(catalog.require("life_expectancy")).type());
    }
}
