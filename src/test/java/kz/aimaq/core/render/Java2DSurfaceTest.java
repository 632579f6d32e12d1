package kz.aimaq.core.render;

import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Region fills on a raster: by pixel centre where the border above covers the steps, antialiased where it is too thin to. */
class Java2DSurfaceTest {
    private static final int WHITE = 0xFFFFFFFF, FILL = 0xFF2C7FB8;

    /** The colours of a slanted triangle filled as regions under a border of this width, drawn at this scale. */
    private static Set<Integer> colours(double borderWidth, double scale) {
        BufferedImage img = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 120, 120);
            g.scale(scale, scale);
            Java2DSurface s = new Java2DSurface(g);
            s.beginPath();
            s.ring(new double[]{5.3, 100.7 / scale, 20.2}, new double[]{7.9, 30.4, 110.6 / scale}, 3);
            s.fillRegions(FILL, borderWidth);
            // the antialiasing hint is back for what follows (borders, labels)
            assertEquals(java.awt.RenderingHints.VALUE_ANTIALIAS_ON, g.getRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING));
        } finally {
            g.dispose();
        }
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < 120; y++) for (int x = 0; x < 120; x++) seen.add(img.getRGB(x, y));
        return seen;
    }

    @Test
    void aBorderOfAtLeast1_2DevicePixelsGetsFillsWithoutBlendedEdgePixels() {
        assertEquals(Set.of(WHITE, FILL), colours(1.8, 1));   // 4K: 0.9 x ui 2
        assertEquals(Set.of(WHITE, FILL), colours(0.9, 2));   // the same border on a surface scaled twice
    }

    @Test
    void aThinnerBorderKeepsAntialiasedFills() {
        Set<Integer> c = colours(0.9, 1);                     // 1920x1080
        assertTrue(c.size() > 10, "blended edge pixels: " + c.size() + " colours");
    }
}
