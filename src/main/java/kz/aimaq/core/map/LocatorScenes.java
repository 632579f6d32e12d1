package kz.aimaq.core.map;

import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import org.locationtech.jts.geom.Coordinate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scene of a {@link MapContent.Locator}: the region in a strong colour, its neighbours in a light
 * tint with their names, every other region pale and unnamed. Cities of republican significance keep
 * their symbols (in their area's colour) so the reader finds Astana, Almaty and Shymkent; a city is
 * named only when it is the region or a neighbour. No legend: the page around the map says what it shows.
 */
public final class LocatorScenes {
    private LocatorScenes() {}

    public static final int REGION = 0xFFD95F02, NEIGHBOUR = 0xFFFDD9B5, OTHER = 0xFFE8ECF0;

    static MapScene scene(PreparedLayer layer, MapContent.Locator loc, String lang) {
        RegionCatalog catalog = RegionCatalog.bundled();
        Set<String> named = new java.util.HashSet<>(loc.neighbours());
        named.add(loc.code());
        List<MapScene.Area> areas = new ArrayList<>();
        for (MapRegion r : layer.layer().regions()) {
            String code = r.code();
            Coordinate a = layer.anchor(code);
            boolean city = catalog.byKato(code).map(reg -> reg.type() == Region.Type.CITY).orElse(false);
            int fill = code.equals(loc.code()) ? REGION : loc.neighbours().contains(code) ? NEIGHBOUR : OTHER;
            String label = named.contains(code) ? catalog.byKato(code).map(reg -> reg.shortName(lang)).orElse(r.name(lang)) : null;
            // the region's own name is placed first, then the neighbours, largest first
            double priority = (code.equals(loc.code()) ? 1e13 : city ? 1e12 : 0) + r.areaKm2();
            String tip = catalog.byKato(code).map(reg -> reg.name(lang)).orElse(r.name(lang));
            areas.add(new MapScene.Area(code, layer.rings(code), fill, label, a.x, a.y, priority, tip, city));
        }
        MapScene.Decorations d = new MapScene.Decorations(null, null, null, null, null, false, false, false, true, lang);
        return new MapScene(areas, List.of(), null, d, layer.layer().projectedBounds(), null, loc.code());
    }

    /**
     * The locator of a region, drawn through the map model like every other map: whole country,
     * region highlighted, neighbours named, frame reduced to the map (the page carries the words).
     */
    public static MapScene draw(PreparedLayer layer, String code, List<String> neighbours, String lang) {
        MapModel model = new MapModel(layer, new MapContent.Locator(code, neighbours, 0), List.of(),
                kz.aimaq.core.render.ChoroplethSpec.defaults(lang), lang);
        MapScene scene = model.draw().scene();
        MapScene.Decorations d = scene.decorations();
        return scene.withDecorations(new MapScene.Decorations(null, null, null, null, null, false, false, false, true, d.lang()));
    }
}
