package kz.aimaq.core.geo;

import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges units of a region layer back into the historical unit they were split from, e.g.
 * Turkistan (61) and Shymkent (79) into South Kazakhstan (51) to draw the map before June 2018,
 * which no boundary file provides.
 *
 * <p>The loaded layer is an exact coverage ({@link CoverageRepair}), so JTS {@link CoverageUnion}
 * merges the parts by dropping their shared edges, with no slivers. Should the result come out
 * invalid (a layer from elsewhere), an overlay union is used instead. The merged unit takes its
 * names from the region catalogue (datasets/regions.csv: South Kazakhstan / Южно-Казахстанская
 * область / Оңтүстік Қазақстан облысы) and its area is the sum of its parts' areas. The other
 * units are kept as they are; a part missing from the layer is an error, not a smaller unit.
 */
public final class UnitDissolver {
    private UnitDissolver() {}

    /**
     * The layer with each target's parts replaced by one unit of the target's code.
     *
     * @param merges target code → the codes of the layer's units it is made of ("51" → [61, 79])
     * @throws IllegalArgumentException when a part is not on the layer
     */
    public static RegionLayer dissolve(RegionLayer layer, Map<String, List<String>> merges, RegionCatalog catalog) {
        List<MapRegion> out = new ArrayList<>();
        for (MapRegion r : layer.regions()) {
            boolean merged = merges.values().stream().anyMatch(parts -> parts.contains(r.code()));
            if (!merged) out.add(r);
        }
        for (var m : merges.entrySet()) out.add(merge(layer, m.getKey(), m.getValue(), catalog));
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return new RegionLayer(layer.level(), out, layer.source(), layer.attribution(), layer.coverageIssues());
    }

    private static MapRegion merge(RegionLayer layer, String target, List<String> parts, RegionCatalog catalog) {
        List<Geometry> projected = new ArrayList<>();
        List<Geometry> lonLat = new ArrayList<>();
        double area = 0;
        for (String p : parts) {
            MapRegion r = layer.byCode(p).orElseThrow(() -> new IllegalArgumentException(
                    "Cannot build unit " + target + ": part " + p + " is not on the layer " + layer.source()));
            projected.add(r.projected());
            lonLat.add(r.lonLat());
            area += r.areaKm2();
        }
        Region region = catalog.require(target);
        return new MapRegion(target, target, region.nameEn(), region.nameRu(), region.nameKk(),
                union(lonLat), union(projected), area);
    }

    /** Coverage union of polygons sharing exact borders; overlay union when that is not valid. */
    static Geometry union(List<Geometry> coverage) {
        Geometry u = CoverageUnion.union(coverage.toArray(Geometry[]::new));
        if (u != null && u.isValid()) return u;
        Geometry g = OverlayNGRobust.union(coverage);
        return g.isValid() ? g : GeometryFixer.fix(g);
    }
}
