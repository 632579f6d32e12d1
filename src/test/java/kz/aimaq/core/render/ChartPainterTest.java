package kz.aimaq.core.render;

import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.export.SvgExporter;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ChartPainterTest {

    @Test
    void ticksAreRoundAndCoverTheData() {
        assertArrayEquals(new double[]{0, 200, 400, 600}, ChartPainter.niceTicks(160, 577, 5), 1e-9);
        assertArrayEquals(new double[]{0.0, 0.05, 0.1, 0.15, 0.2}, ChartPainter.niceTicks(0.033, 0.186, 5), 1e-9);
        assertArrayEquals(new double[]{2025, 2030, 2035, 2040, 2045, 2050}, ChartPainter.niceTicks(2025, 2050, 6), 1e-9);
    }

    static LineChart chart() {
        double[] x = {2025, 2026, 2027, 2028}, up = {1, 2, 3, 4}, down = {4, 3, 2, 1};
        return new LineChart("Тест", null, List.of(
                new LineChart.Panel("A", List.of(new LineChart.Series("рост", 0xFF1F78B4, x, up),
                        new LineChart.Series("спад", 0xFFE66101, x, down)), 1)), "Источник: тест", "ru");
    }

    /**
     * The series are drawn where their values are: "рост" (1→4) rises from bottom left to top
     * right, "спад" (4→1) falls, and the two cross half-way (2026.5, both 2.5).
     */
    @Test
    void pngDrawsEachSeriesAlongItsValues() {
        BufferedImage img = PngExporter.render(chart(), 1280, 720);
        int w = img.getWidth(), h = img.getHeight();
        double blueLeft = rowOf(img, 0x1F78B4, w * 3 / 10), blueRight = rowOf(img, 0x1F78B4, w * 7 / 10);
        double orangeLeft = rowOf(img, 0xE66101, w * 3 / 10), orangeRight = rowOf(img, 0xE66101, w * 7 / 10);
        assertTrue(blueLeft > blueRight, "rising: lower on the left (" + blueLeft + " vs " + blueRight + ")");
        assertTrue(orangeLeft < orangeRight, "falling: higher on the left (" + orangeLeft + " vs " + orangeRight + ")");
        assertTrue(blueLeft > orangeLeft && blueRight < orangeRight, "they cross");
        // mirror images of each other around the crossing: y(рост) at 30% equals y(спад) at 70%
        assertEquals(blueLeft, orangeRight, h * 0.01);
        assertEquals(orangeLeft, blueRight, h * 0.01);
        double mid = rowOf(img, 0x1F78B4, w / 2) - rowOf(img, 0xE66101, w / 2);
        assertTrue(Math.abs(mid) < h * 0.03, "crossing near the middle: " + mid);
    }

    /** The mean row of the pixels of one colour in a column, below the title and the series legend. */
    private static double rowOf(BufferedImage img, int rgb, int x) {
        double sum = 0;
        int n = 0;
        for (int y = img.getHeight() / 8; y < img.getHeight(); y++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((img.getRGB(x + dx, y) & 0xFFFFFF) == rgb) { sum += y; n++; }
            }
        }
        assertTrue(n > 0, "colour " + Integer.toHexString(rgb) + " in column " + x);
        return sum / n;
    }

    @Test
    void svgOfAChartIsXmlWithItsTextAsText() throws Exception {
        String svg = SvgExporter.render(chart(), 1280, 720);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var texts = doc.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) all.append(texts.item(i).getTextContent()).append('|');
        assertTrue(all.toString().contains("|рост|"), all.toString());
        assertTrue(all.toString().contains("Источник: тест"));
        assertTrue(all.toString().contains("|4,0|"), "end value in Russian format: " + all);
    }
}
