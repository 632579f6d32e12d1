package kz.aimaq.core.geo;

import kz.aimaq.core.territory.Territory;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.*;

/** The oblast layer of each period, read from ../shared (geokz 2018 and 2024). */
class TerritoryLayersTest {

    @Test
    void eachTerritoryHasItsUnits() throws IOException {
        for (Territory t : Territory.values()) {
            RegionLayer layer = RegionLayers.load(MapLevel.OBLAST, t);
            assertEquals(t.units(), layer.regions().stream().map(MapRegion::code).toList(), t.name());
        }
        assertSame(RegionLayers.load(MapLevel.OBLAST), RegionLayers.load(MapLevel.OBLAST, Territory.FROM_2022));
    }

    @Test
    void southKazakhstanIsTurkistanAndShymkentDissolved() throws IOException {
        RegionLayer y2018 = RegionLayers.load(MapLevel.OBLAST, Territory.FROM_2018);
        RegionLayer before = RegionLayers.load(MapLevel.OBLAST, Territory.BEFORE_2018);
        MapRegion south = before.byCode("51").orElseThrow();
        assertEquals("South Kazakhstan Region", south.nameEn());
        assertEquals("Южно-Казахстанская область", south.nameRu());
        assertEquals("Оңтүстік Қазақстан облысы", south.nameKk());
        double parts = y2018.byCode("61").orElseThrow().areaKm2() + y2018.byCode("79").orElseThrow().areaKm2();
        assertEquals(parts, south.areaKm2(), 1e-9);
        // The dissolved polygon covers the same ground: its own area agrees to well under 0.01 %.
        assertEquals(parts, south.projected().getArea() / 1e6, parts * 1e-4);
        assertTrue(south.projected().isValid());
        // Shymkent lay inside South Kazakhstan: no hole is left where the city was. The one hole left
        // is a 0.6 km² piece the geokz 2018 file gives to Akmola (11), as a hole in Turkistan too.
        var shymkent = y2018.byCode("79").orElseThrow().projected().getInteriorPoint();
        assertTrue(south.projected().covers(shymkent));
        var turkistan = (org.locationtech.jts.geom.Polygon) y2018.byCode("61").orElseThrow().projected().getGeometryN(0);
        var merged = (org.locationtech.jts.geom.Polygon) south.projected().getGeometryN(0);
        assertEquals(2, turkistan.getNumInteriorRing());
        assertEquals(1, merged.getNumInteriorRing());
        assertTrue(y2018.byCode("11").orElseThrow().projected().covers(merged.getInteriorRingN(0).getCentroid()));
        // The 16 units still form a clean coverage (neighbours share their borders exactly).
        Geometry[] coverage = before.regions().stream().map(MapRegion::projected).toArray(Geometry[]::new);
        assertTrue(Arrays.stream(CoverageValidator.validate(coverage)).allMatch(g -> g == null || g.isEmpty()));
        // East Kazakhstan before 2022 is the 2018 polygon (with Abai), larger than today's.
        double east2024 = RegionLayers.load(MapLevel.OBLAST).byCode("63").orElseThrow().areaKm2();
        assertTrue(before.byCode("63").orElseThrow().areaKm2() > east2024 * 1.5);
    }

    @Test
    void districtsStayOnTodaysLayer() throws IOException {
        assertSame(RegionLayers.load(MapLevel.DISTRICT), RegionLayers.load(MapLevel.DISTRICT, Territory.BEFORE_2018));
    }

    @Test
    void aMissingPartIsAnError() throws IOException {
        RegionLayer y2018 = RegionLayers.load(MapLevel.OBLAST, Territory.FROM_2018);
        assertThrows(IllegalArgumentException.class, () -> UnitDissolver.dissolve(y2018,
                java.util.Map.of("51", List.of("61", "62")), kz.aimaq.core.region.RegionCatalog.bundled()));
        assertTrue(y2018.regions().stream().map(MapRegion::code).noneMatch(c -> Objects.equals(c, "62")));
    }
}
