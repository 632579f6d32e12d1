package kz.aimaq.core.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Maps projected map coordinates (metres, y up) to device pixels (y down) for a rectangle of the
 * surface. Zoom and pan are changes of the visible world envelope; aspect ratio is preserved.
 */
public record Viewport(double worldMinX, double worldMaxY, double scale, double deviceX, double deviceY,
                       double deviceWidth, double deviceHeight) {

    /** Fits the world envelope into the device rectangle, centred, with a margin fraction. */
    public static Viewport fit(Envelope world, double x, double y, double w, double h, double margin) {
        double sx = w * (1 - 2 * margin) / world.getWidth();
        double sy = h * (1 - 2 * margin) / world.getHeight();
        double s = Math.min(sx, sy);
        double cx = (world.getMinX() + world.getMaxX()) / 2, cy = (world.getMinY() + world.getMaxY()) / 2;
        double minX = cx - (w / 2) / s;
        double maxY = cy + (h / 2) / s;
        return new Viewport(minX, maxY, s, x, y, w, h);
    }

    public double toDeviceX(double wx) { return deviceX + (wx - worldMinX) * scale; }

    public double toDeviceY(double wy) { return deviceY + (worldMaxY - wy) * scale; }

    public double toWorldX(double dx) { return worldMinX + (dx - deviceX) / scale; }

    public double toWorldY(double dy) { return worldMaxY - (dy - deviceY) / scale; }

    /** Zooms by a factor around a device point (factor > 1 zooms in). */
    public Viewport zoom(double factor, double aroundX, double aroundY) {
        double wx = toWorldX(aroundX), wy = toWorldY(aroundY);
        double s = scale * factor;
        return new Viewport(wx - (aroundX - deviceX) / s, wy + (aroundY - deviceY) / s, s, deviceX, deviceY, deviceWidth, deviceHeight);
    }

    /** Moves the view by a device-pixel offset (drag). */
    public Viewport pan(double dx, double dy) {
        return new Viewport(worldMinX - dx / scale, worldMaxY + dy / scale, scale, deviceX, deviceY, deviceWidth, deviceHeight);
    }

    /** The same world view on a device rectangle of another size (window resize keeps the centre). */
    public Viewport resize(double w, double h) {
        double cx = toWorldX(deviceX + deviceWidth / 2), cy = toWorldY(deviceY + deviceHeight / 2);
        return new Viewport(cx - (w / 2) / scale, cy + (h / 2) / scale, scale, deviceX, deviceY, w, h);
    }

    public Envelope visibleWorld() {
        return new Envelope(worldMinX, worldMinX + deviceWidth / scale, worldMaxY - deviceHeight / scale, worldMaxY);
    }

    /** Metres per device pixel. */
    public double metresPerPixel() { return 1 / scale; }
}
