package kz.aimaq.core.render;

/**
 * Anything that can draw itself onto a {@link Surface} at a given size: a map scene or a chart.
 * The PNG, SVG and PDF writers take a Picture, so a chart exports exactly like a map.
 */
@FunctionalInterface
public interface Picture {
    void paint(Surface s, double width, double height);

    /** A map scene, fitted to the picture (the painter's export mode). */
    static Picture of(MapScene scene) {
        return (s, w, h) -> new MapPainter().paint(scene, s, w, h, null);
    }
}
