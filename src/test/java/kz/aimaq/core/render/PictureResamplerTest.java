package kz.aimaq.core.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PictureResamplerTest {
    static final int OUT = 0xFFF4F6F8;

    /** A 4 × 3 opaque picture whose pixel (x, y) has red 40x, green 40y and blue 10. */
    static int[] picture() {
        int[] p = new int[12];
        for (int y = 0; y < 3; y++) for (int x = 0; x < 4; x++) p[y * 4 + x] = pixel(40 * x, 40 * y, 10);
        return p;
    }

    static int pixel(int r, int g, int b) { return 0xFF000000 | r << 16 | g << 8 | b; }

    @Test
    void aPanCopiesThePictureAndUncoversTheOutsideColour() {
        var picture = new PictureResampler(picture(), 4, 3, OUT);
        int[] dst = new int[12];
        picture.drawInto(dst, 4, 3, 1, 0, 0);
        assertArrayEquals(picture(), dst);

        picture.drawInto(dst, 4, 3, 1, 1, -1); // right 1, up 1
        int[] p = picture();
        assertArrayEquals(new int[]{OUT, p[4], p[5], p[6], OUT, p[8], p[9], p[10], OUT, OUT, OUT, OUT}, dst);

        picture.drawInto(dst, 4, 3, 1, 9, 0); // moved out of sight
        for (int v : dst) assertEquals(OUT, v);
    }

    @Test
    void aZoomInterpolatesBetweenTheFourNearestPixels() {
        var picture = new PictureResampler(picture(), 4, 3, OUT);
        int[] dst = new int[8 * 6];
        // twice the size, shifted half a pixel: destination (1, 1) samples picture pixel (0, 0)
        // exactly, (2, 1) half-way to (1, 0), (2, 2) the middle of four
        picture.drawInto(dst, 8, 6, 2, 0.5, 0.5);
        assertEquals(pixel(0, 0, 10), dst[8 + 1]);
        assertEquals(pixel(20, 0, 10), dst[8 + 2]);
        assertEquals(pixel(40, 0, 10), dst[8 + 3]);
        assertEquals(pixel(20, 20, 10), dst[2 * 8 + 2]);
        assertEquals(pixel(120, 80, 10), dst[5 * 8 + 7], "the last pixel, exactly");
    }

    @Test
    void aZoomOutShowsTheOutsideColourAroundThePicture() {
        var picture = new PictureResampler(picture(), 4, 3, OUT);
        int[] dst = new int[16 * 12];
        picture.drawInto(dst, 16, 12, 0.5, 7, 5); // the picture now covers x 7-9, y 5-6.5
        assertEquals(OUT, dst[0]);
        assertEquals(OUT, dst[11 * 16 + 15]);
        assertNotEquals(OUT, dst[6 * 16 + 8]);
    }

    @Test
    void aWrongSizeOrScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PictureResampler(new int[11], 4, 3, OUT));
        var picture = new PictureResampler(picture(), 4, 3, OUT);
        assertThrows(IllegalArgumentException.class, () -> picture.drawInto(new int[11], 4, 3, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> picture.drawInto(new int[12], 4, 3, 0, 0, 0));
    }
}
