package kz.aimaq.core.render;

import java.util.Arrays;

/**
 * A picture of the map (its pixels, premultiplied ARGB) drawn moved and scaled into another
 * pixel array: the screen's pan/zoom gesture on the software renderer. There, the renderer's own
 * scaled drawing of a texture cost 6 of its 11 ms per zoom frame on the oblast map (the probe,
 * 650,000 pixels under Xvfb), smoothed or not; here a zoom step costs the UI thread about 2 ms
 * (bilinear, but most pixels lie inside one region's flat fill and are copied) and a pan step a
 * row copy, and the renderer is left a plain copy. The picture shows for the gesture only: once the view is still, the
 * crisp map is painted again.
 */
public final class PictureResampler {
    /** The picture with a one-pixel frame of the outside colour, so that edge pixels blend into it without tests. */
    private final int[] padded;
    private final int paddedWidth, paddedHeight;
    private final int outside;

    /** The picture {@code pixels}, {@code width} × {@code height}; {@code outside} where it does not reach. */
    public PictureResampler(int[] pixels, int width, int height, int outside) {
        if (width < 1 || height < 1 || pixels.length < width * height) throw new IllegalArgumentException("picture size");
        paddedWidth = width + 2;
        paddedHeight = height + 2;
        this.outside = outside;
        padded = new int[paddedWidth * paddedHeight];
        Arrays.fill(padded, outside);
        for (int y = 0; y < height; y++) System.arraycopy(pixels, y * width, padded, (y + 1) * paddedWidth + 1, width);
    }

    /**
     * Writes into {@code dst} (dw × dh) the picture placed so that its pixel at x0 lands at
     * {@code k * x0 + tx} (the same for y). A pan (k = 1) copies the pixel under each centre; a
     * zoom interpolates between the four nearest pixels, as the renderer's scaled texture did.
     */
    public void drawInto(int[] dst, int dw, int dh, double k, double tx, double ty) {
        if (!(k > 0) || dst.length < dw * dh) throw new IllegalArgumentException("destination size or scale");
        if (k == 1) shifted(dst, dw, dh, (int) Math.floor(0.5 - tx), (int) Math.floor(0.5 - ty));
        else bilinear(dst, dw, dh, k, tx, ty);
    }

    /** Destination pixel (x, y) takes picture pixel (x + dx, y + dy). */
    private void shifted(int[] dst, int dw, int dh, int dx, int dy) {
        int width = paddedWidth - 2, height = paddedHeight - 2;
        int from = Math.max(0, -dx), to = Math.min(dw, width - dx); // destination columns the picture covers
        for (int y = 0; y < dh; y++) {
            int o = y * dw, sy = y + dy;
            if (sy < 0 || sy >= height || from >= to) { Arrays.fill(dst, o, o + dw, outside); continue; }
            Arrays.fill(dst, o, o + from, outside);
            System.arraycopy(padded, (sy + 1) * paddedWidth + 1 + from + dx, dst, o + from, to - from);
            Arrays.fill(dst, o + to, o + dw, outside);
        }
    }

    private void bilinear(int[] dst, int dw, int dh, double k, double tx, double ty) {
        int[] column = new int[dw], columnWeight = new int[dw];
        for (int x = 0; x < dw; x++) {
            long s = sample(x, k, tx, paddedWidth);
            column[x] = (int) (s >> 16);
            columnWeight[x] = (int) (s & 0xFFFF);
        }
        for (int y = 0; y < dh; y++) {
            long s = sample(y, k, ty, paddedHeight);
            int top = (int) (s >> 16) * paddedWidth, bottom = top + paddedWidth, o = y * dw;
            int fy = (int) (s & 0xFFFF), gy = 256 - fy;
            for (int x = 0; x < dw; x++) {
                int c = column[x], f = columnWeight[x], g = 256 - f;
                int a = padded[top + c], b = padded[top + c + 1], d = padded[bottom + c], e = padded[bottom + c + 1];
                if (a == b && a == d && a == e) { dst[o + x] = a; continue; } // inside a region's fill: most pixels
                // two channels at a time: red and blue, then alpha and green, 8-bit weights
                int rbTop = ((a & 0xFF00FF) * g + (b & 0xFF00FF) * f) >>> 8 & 0xFF00FF;
                int agTop = ((a >>> 8 & 0xFF00FF) * g + (b >>> 8 & 0xFF00FF) * f) >>> 8 & 0xFF00FF;
                int rbBottom = ((d & 0xFF00FF) * g + (e & 0xFF00FF) * f) >>> 8 & 0xFF00FF;
                int agBottom = ((d >>> 8 & 0xFF00FF) * g + (e >>> 8 & 0xFF00FF) * f) >>> 8 & 0xFF00FF;
                dst[o + x] = ((agTop * gy + agBottom * fy) >>> 8 & 0xFF00FF) << 8 | (rbTop * gy + rbBottom * fy) >>> 8 & 0xFF00FF;
            }
        }
    }

    /**
     * Where destination pixel d's centre samples the padded picture (n pixels along this axis):
     * the left or upper of the two pixels, shifted 16 bits, and the weight of the other, 0-256.
     */
    private static long sample(int d, double k, double t, int n) {
        double s = (d + 0.5 - t) / k - 0.5 + 1; // + 1: the frame
        if (s <= 0) return 0;
        if (s >= n - 1) return (long) (n - 2) << 16 | 256;
        int i = (int) s;
        return (long) i << 16 | (int) ((s - i) * 256);
    }
}
