package kz.aimaq.core.map;

import kz.aimaq.core.geo.MapLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layer list, bottom first: the indicator layer, then results and overlays in the order
 * they arrived (or the user moved them). Immutable: every change returns a new stack, so the map
 * can be redrawn from a value and an undo step is just the previous stack.
 *
 * <p>What the map shows: the topmost visible <em>content</em> layer of the map's level (the
 * indicator choropleth when none is), under every visible overlay of that level, in list order.
 */
public record LayerStack(List<MapLayer> layers) {

    public LayerStack {
        layers = List.copyOf(layers);
        if (layers.isEmpty() || !layers.getFirst().id().equals(MapLayer.INDICATOR_ID)) {
            throw new IllegalArgumentException("the indicator layer must be at the bottom of the list");
        }
    }

    /** A new map: the indicator layer alone. */
    public static LayerStack of(String indicatorLayerName) {
        return new LayerStack(List.of(MapLayer.indicator(indicatorLayerName)));
    }

    /** Replaces the layer with the same id where it is, or adds it on top; the layer is shown. */
    public LayerStack put(MapLayer layer) {
        List<MapLayer> l = new ArrayList<>(layers);
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).id().equals(layer.id())) { l.set(i, layer); return new LayerStack(l); }
        }
        l.add(layer);
        return new LayerStack(l);
    }

    /** Without that layer; the indicator layer stays. */
    public LayerStack remove(String id) {
        if (id.equals(MapLayer.INDICATOR_ID)) return this;
        List<MapLayer> l = new ArrayList<>(layers);
        l.removeIf(x -> x.id().equals(id));
        return new LayerStack(l);
    }

    public LayerStack setVisible(String id, boolean visible) {
        List<MapLayer> l = new ArrayList<>(layers);
        l.replaceAll(x -> x.id().equals(id) && x.removable() ? x.withVisible(visible) : x);
        return new LayerStack(l);
    }

    /** Moves a layer up (+1) or down (−1) the list; the indicator layer stays at the bottom. */
    public LayerStack move(String id, int delta) {
        List<MapLayer> l = new ArrayList<>(layers);
        int i = indexOf(id);
        int j = i + delta;
        if (i <= 0 || j <= 0 || j >= l.size()) return this;
        l.add(j, l.remove(i));
        return new LayerStack(l);
    }

    /**
     * Hides every content layer above the indicator layer: the user chose a new indicator, year or
     * classes, so the map shows that choice. The results stay in the list, to be shown again.
     */
    public LayerStack showIndicator() {
        List<MapLayer> l = new ArrayList<>(layers);
        l.replaceAll(x -> x.payload() instanceof MapLayer.Payload.Content ? x.withVisible(false) : x);
        return new LayerStack(l);
    }

    /** Replaces the indicator layer's name (it follows the chosen indicator and year). */
    public LayerStack withIndicatorName(String name) {
        List<MapLayer> l = new ArrayList<>(layers);
        l.set(0, l.getFirst().withName(name));
        return new LayerStack(l);
    }

    /** The content to draw at that level, or empty for the indicator choropleth. */
    public Optional<MapContent> topContent(MapLevel level) {
        for (MapLayer x : layers.reversed()) {
            if (x.visible() && x.appliesTo(level) && x.payload() instanceof MapLayer.Payload.Content c) return Optional.of(c.content());
        }
        return Optional.empty();
    }

    /** The visible overlays of that level, bottom first. */
    public List<MapOverlay> overlays(MapLevel level) {
        List<MapOverlay> o = new ArrayList<>();
        for (MapLayer x : layers) {
            if (x.visible() && x.appliesTo(level) && x.payload() instanceof MapLayer.Payload.Overlay ov) o.add(ov.overlay());
        }
        return o;
    }

    public Optional<MapLayer> get(String id) {
        return layers.stream().filter(x -> x.id().equals(id)).findFirst();
    }

    private int indexOf(String id) {
        for (int i = 0; i < layers.size(); i++) if (layers.get(i).id().equals(id)) return i;
        return -1;
    }
}
