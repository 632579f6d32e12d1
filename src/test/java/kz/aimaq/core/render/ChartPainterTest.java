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

    @Test
    void pngShowsBothSeriesColours() {
        BufferedImage img = PngExporter.render(chart(), 1280, 720);
        boolean blue = false, orange = false;
        for (int y = 0; y < img.getHeight(); y += 1) for (int x = 0; x < img.getWidth(); x += 1) {
            int c = img.getRGB(x, y) & 0xFFFFFF;
            blue |= c == 0x1F78B4;
            orange |= c == 0xE66101;
        }
        assertTrue(blue && orange);
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
