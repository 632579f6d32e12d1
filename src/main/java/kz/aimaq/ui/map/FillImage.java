package kz.aimaq.ui.map;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.RegionRaster;
import kz.aimaq.core.render.Viewport;

import java.nio.IntBuffer;

/**
 * The map's fill layer at rest: the colours filled in through the view's {@link RegionRaster},
 * shown as an image. A recolour then costs a fill per run of pixels instead of rasterising every
 * polygon again on the render thread (19 of its 26 ms per oblast recolour, with the probe), and
 * the pixels reach the renderer's texture as a plain copy (INT_ARGB_PRE, as it keeps textures):
 * written as ARGB into a WritableImage, they were converted twice (to BGRA and back, 4.8 ms per
 * recolour frame).
 */
final class FillImage {
    private final ImageView view = new ImageView();
    /** Which region each pixel of the current view shows: kept while only the colours change. */
    private RegionRaster raster;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels;
    /** How often a region raster was made: tests check that a recolour reuses it. */
    int rastersMade;

    ImageView node() { return view; }

    /** Shows the scene's fills in this view; {@code pixelScale} is the screen's device pixels per px. */
    void show(MapPainter painter, MapScene s, double w, double h, Viewport v, double pixelScale) {
        if (!painter.rasterShows(raster, s, w, h, v, pixelScale)) {
            raster = null; // the old one may be large: let it go before the new one is made
            raster = painter.regionRaster(s, w, h, v, pixelScale);
            rastersMade++;
        }
        int dw = raster.deviceWidth(), dh = raster.deviceHeight();
        if (buffer == null || buffer.getWidth() != dw || buffer.getHeight() != dh) {
            pixels = new int[dw * dh];
            buffer = new PixelBuffer<>(dw, dh, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
        }
        painter.paintFills(s, raster, pixels);
        buffer.updateBuffer(b -> null); // null: all of it changed
        view.setFitWidth(dw / pixelScale);
        view.setFitHeight(dh / pixelScale);
    }
}
