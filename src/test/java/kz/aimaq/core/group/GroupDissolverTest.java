package kz.aimaq.core.group;

import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.*;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import java.util.*;

import static org.junit.jupiter.api.Assertions.*;

class GroupDissolverTest {

    private static final WKTReader WKT = new WKTReader();

    private static Geometry g(String wkt) {
        try { return WKT.read(wkt); } catch (ParseException e) { throw new IllegalArgumentException(e); }
    }

    /** Dissolves the inputs and compares with the expected geometry (normalised, exact). */
    private static void check(List<String> wktIn, String wktExpected) {
        Geometry u = GroupDissolver.union(wktIn.stream().map(GroupDissolverTest::g).toList());
        Geometry expected = g(wktExpected);
        assertTrue(u.isValid());
        assertTrue(u.equalsExact(expected.getFactory().createMultiPolygon(polygons(expected)).norm()) || u.norm().equalsExact(
                expected.getFactory().createMultiPolygon(polygons(expected)).norm()), "got " + u);
    }

    private static Polygon[] polygons(Geometry g) {
        Polygon[] p = new Polygon[g.getNumGeometries()];
        for (int i = 0; i < p.length; i++) p[i] = (Polygon) g.getGeometryN(i);
        return p;
    }

    @Test
    void neighboursLoseTheirSharedBorder() {
        check(List.of("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
                "MULTIPOLYGON (((0 0, 0 1, 1 1, 2 1, 2 0, 1 0, 0 0)))");
    }

    @Test
    void anEnclaveFillsItsHole() {
        // Astana inside Akmola: the union has no hole
        check(List.of("POLYGON ((0 0, 3 0, 3 3, 0 3, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"),
                "MULTIPOLYGON (((0 0, 0 3, 3 3, 3 0, 0 0)))");
    }

    @Test
    void separatePiecesStaySeparate() {
        check(List.of("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "POLYGON ((5 0, 6 0, 6 1, 5 1, 5 0))"),
                "MULTIPOLYGON (((0 0, 0 1, 1 1, 1 0, 0 0)), ((5 0, 5 1, 6 1, 6 0, 5 0)))");
    }

    @Test
    void holesBelowTheThresholdAreFilled() {
        List<Geometry> in = List.of(g("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 1.1 1, 1.1 1.1, 1 1, 1 1), (5 5, 8 5, 8 8, 5 8, 5 5))"));
        Geometry u = GroupDissolver.union(in, 1.0, 0);
        assertEquals(1, ((Polygon) u.getGeometryN(0)).getNumInteriorRing(), "the 9-unit hole stays, the 0.005 one goes");
        assertEquals(100 - 9, u.getArea(), 1e-9);
    }

    @Test
    void splintersNextToALargerPartGoButSmallIslandsStay() {
        List<Geometry> in = List.of(g("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                g("POLYGON ((10.001 0, 10.2 0, 10.2 0.2, 10.001 0.2, 10.001 0))"),  // splinter 0.001 off
                g("POLYGON ((20 0, 20.5 0, 20.5 0.5, 20 0.5, 20 0))"));            // island far away
        Geometry u = GroupDissolver.union(in, 1.0, 0.01);
        assertEquals(2, u.getNumGeometries(), "the splinter joins the square (snapped across the gap), the island stays");
        double a0 = u.getGeometryN(0).getArea(), a1 = u.getGeometryN(1).getArea();
        assertEquals(0.25, Math.min(a0, a1), 1e-9, "island");
        assertEquals(100.04, Math.max(a0, a1), 1e-9, "square + the 0.2 × 0.2 splinter moved onto its edge");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "POLYGON ((0 0, 1 0, 1.0000001 0.5, 1 1, 0 1, 0 0))",   // pokes into its neighbour: overlap sliver
            "POLYGON ((0 0, 1 0, 0.9999999 0.5, 1 1, 0 1, 0 0))"})  // falls short of it: gap sliver
    void mismatchedBordersDissolveWithoutSlivers(String left) {
        Geometry u = GroupDissolver.union(List.of(g(left), g("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))")), 1e-3, 1e-3);
        assertTrue(u.isValid());
        assertEquals(1, u.getNumGeometries());
        assertEquals(0, ((Polygon) u.getGeometryN(0)).getNumInteriorRing());
        assertEquals(2, u.getArea(), 1e-6);
    }

    @Test
    void emptyGroupGivesAnEmptyGeometry() {
        assertTrue(GroupDissolver.union(List.of()).isEmpty());
    }

    // ---- real boundaries (geokz 2024, from ../shared) ------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"five", "five-plus-cities"})
    void dissolvedAreaEqualsTheSumOfMemberAreas(String preset) throws Exception {
        RegionLayer layer = RegionLayers.load(MapLevel.OBLAST);
        List<DissolvedGroup> groups = GroupDissolver.dissolve(layer, Groupings.preset(preset));
        assertEquals(Groupings.preset(preset).groups().size(), groups.size());
        for (DissolvedGroup d : groups) {
            double sum = d.group().members().stream().mapToDouble(k -> layer.byCode(k).orElseThrow().areaKm2()).sum();
            assertEquals(sum, d.areaKm2(), sum * 0.001, d.group().id());
            assertTrue(d.projected().isValid(), d.group().id());
            assertTrue(d.lonLat().isValid(), d.group().id());
            assertEquals(List.of(), d.notOnLayer());
            assertTrue(d.projected().contains(d.labelPoint()), d.group().id() + " label inside");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"five", "five-plus-cities"})
    void noSliversOnePolygonPerConnectedPiece(String preset) throws Exception {
        RegionLayer layer = RegionLayers.load(MapLevel.OBLAST);
        for (DissolvedGroup d : GroupDissolver.dissolve(layer, Groupings.preset(preset))) {
            List<Geometry> parts = new ArrayList<>();
            for (String k : d.group().members()) {
                Geometry r = layer.byCode(k).orElseThrow().projected();
                for (int i = 0; i < r.getNumGeometries(); i++) parts.add(r.getGeometryN(i));
            }
            assertEquals(connectedPieces(parts), d.parts(), d.group().id());
            for (int i = 0; i < d.parts(); i++) {
                Polygon p = (Polygon) d.projected().getGeometryN(i);
                // a sliver left along a shared border would show as a hole no other region fills
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    Polygon hole = p.getFactory().createPolygon(p.getInteriorRingN(h).getCoordinates());
                    assertTrue(filledByAnotherRegion(hole, layer, d.group().members()),
                            d.group().id() + ": hole at " + hole.getCentroid() + " area " + hole.getArea() + " m²");
                }
            }
        }
    }

    @Test
    void northIsOnePieceAndCoversAstana() throws Exception {
        RegionLayer layer = RegionLayers.load(MapLevel.OBLAST);
        DissolvedGroup north = GroupDissolver.dissolve(layer, Groupings.preset("five")).getFirst();
        assertEquals("north", north.group().id());
        assertEquals(1, north.parts());
        Point astana = layer.byCode("71").orElseThrow().projected().getInteriorPoint();
        assertTrue(north.projected().covers(astana));
        DissolvedGroup northWithoutCities = GroupDissolver.dissolve(layer, Groupings.preset("five-plus-cities")).getFirst();
        assertFalse(northWithoutCities.projected().covers(astana), "Astana is a hole when it is its own group");
    }

    /**
     * Two parts are neighbours when they share a border line, overlap, or come within a metre
     * without touching (the mismatched borders of the source). Touching at a single point does
     * not join them: the union keeps such parts as separate polygons.
     */
    private static boolean neighbours(Geometry a, Geometry b) {
        if (a.relate(b, "****1****") || a.relate(b, "T********")) return true;
        return !a.intersects(b) && a.isWithinDistance(b, 1.0);
    }

    /** Components of the graph of neighbouring parts. */
    private static int connectedPieces(List<Geometry> parts) {
        int n = parts.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Geometry a = parts.get(i), b = parts.get(j);
                if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) continue;
                if (neighbours(a, b)) parent[find(parent, i)] = find(parent, j);
            }
        }
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < n; i++) roots.add(find(parent, i));
        return roots.size();
    }

    private static int find(int[] p, int i) { while (p[i] != i) i = p[i] = p[p[i]]; return i; }

    /** A genuine hole is another region's territory (Astana in North without the cities): the layer has no lakes. */
    private static boolean filledByAnotherRegion(Polygon hole, RegionLayer layer, List<String> members) {
        Point inside = hole.getInteriorPoint();
        return layer.regions().stream().anyMatch(r -> !members.contains(r.code()) && r.projected().covers(inside));
    }

    @Test
    void enclavesOfOtherGroupsStayHoles() throws Exception {
        RegionLayer layer = RegionLayers.load(MapLevel.OBLAST);
        List<DissolvedGroup> d = GroupDissolver.dissolve(layer, Groupings.preset("five-plus-cities"));
        DissolvedGroup north = d.getFirst(), south = d.get(4);
        assertEquals("south", south.group().id());
        // North minus Astana: the hole has Astana's area; South minus Almaty city likewise
        assertEquals(north.areaKm2() + layer.byCode("71").orElseThrow().areaKm2(),
                GroupDissolver.dissolve(layer, Groupings.preset("five")).getFirst().areaKm2(), 1.0);
        assertTrue(holes(north) > 0);
        assertTrue(holes(south) > 0);
        assertEquals(0, holes(GroupDissolver.dissolve(layer, Groupings.preset("five")).get(4)), "South with both cities has no hole");
    }

    private static int holes(DissolvedGroup d) {
        int n = 0;
        for (int i = 0; i < d.parts(); i++) n += ((Polygon) d.projected().getGeometryN(i)).getNumInteriorRing();
        return n;
    }
}
