package kz.aimaq.core.export;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.map.MapScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.PreparedLayer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

/** The fast PNG writer gives valid files that decode (with ImageIO) to exactly the pixels drawn. */
class PngEncoderTest {
    @Test
    void aRenderedMapDecodesToTheSamePixels() throws IOException {
        IndicatorData data = IndicatorData.bundled();
        PreparedLayer layer = new PreparedLayer(RegionLayers.load(MapLevel.DISTRICT));
        ChoroplethSpec spec = ChoroplethSpec.defaults("kk").withMethod(ClassificationMethod.QUANTILE).withClasses(5);
        MapModel model = new MapModel(layer, MapScenes.indicator(data, layer, data.catalog().require("area_km2"), 2024, spec),
                List.of(), spec, "kk");
        BufferedImage img = PngExporter.render(model.draw().scene(), 1920, 1080);
        byte[] png = PngEncoder.bytes(img);
        assertSamePixels(img, png);
        checkChunks(png);
        assertWholeStreamInflates(png, 1920, 1080);
        // the new writer is not bigger than ImageIO's by more than half on a real map (level 1 against its level 4)
        var bos = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", bos);
        assertTrue(png.length < bos.size() * 1.6, png.length + " vs ImageIO " + bos.size());
    }

    @Test
    void noiseOddSizesAndOtherImageTypesRoundTrip() throws IOException {
        Random rnd = new Random(7);
        for (int[] size : new int[][]{{1, 1}, {3, 200}, {517, 63}, {640, 641}, {4000, 300}}) {
            BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) img.setRGB(x, y, (y / 7 % 3 == 0) ? rnd.nextInt() : 0x336699 + x / 50);
            }
            byte[] png = PngEncoder.bytes(img);
            assertSamePixels(img, png);
            checkChunks(png);
            assertWholeStreamInflates(png, size[0], size[1]);
        }
        BufferedImage argb = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 200; y++) for (int x = 0; x < 300; x++) argb.setRGB(x, y, 0xff000000 | rnd.nextInt(0xffffff));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.bytes(argb)));
        for (int y = 0; y < 200; y++) for (int x = 0; x < 300; x++) assertEquals(argb.getRGB(x, y), decoded.getRGB(x, y));
    }

    /**
     * Flat colours of every width from 1 to 700 (runs of zeros that leave 0, 1 or 2 bytes after
     * copies of 258), a black first row (zeros there too), stripes that differ from the row above
     * by one amount along a whole row (copies of the pixel before) and an image tall enough for
     * several bands on two cores: each decodes to its pixels and its zlib stream inflates to the
     * end with a right Adler-32 (Inflater checks it; an image reader may stop before it).
     */
    @Test
    void runsOfEveryLengthBlackRowsStripesAndBandsRoundTrip() throws IOException {
        for (int w = 1; w <= 700; w += (w < 40 ? 1 : 23)) {
            BufferedImage img = new BufferedImage(w, 5, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 5; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, y < 2 ? 0x000000 : 0xf3f5f7);
            byte[] png = PngEncoder.bytes(img);
            assertSamePixels(img, png);
            assertWholeStreamInflates(png, w, 5);
        }
        BufferedImage stripes = new BufferedImage(1300, 700, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 700; y++) {
            for (int x = 0; x < 1300; x++) stripes.setRGB(x, y, y % 9 < 4 ? 0x2c7fb8 + y : (x < 650 ? 0xffffcc : 0x41b6c4 - y));
        }
        byte[] png = PngEncoder.bytes(stripes);
        assertSamePixels(stripes, png);
        assertWholeStreamInflates(png, 1300, 700);
        assertTrue(idatChunks(png) > 1, "several bands");
    }

    /** However skewed the counts, no code is longer than the limit and every code is complete (Kraft's sum is 1). */
    @Test
    void huffmanCodesStayWithinTheirLengthLimitAndComplete() {
        int[] fibonacci = new int[40];
        fibonacci[0] = fibonacci[1] = 1;
        for (int i = 2; i < 30; i++) fibonacci[i] = fibonacci[i - 1] + fibonacci[i - 2]; // unlimited depth 29
        int[] zeroRunsAndRareLiterals = new int[286];
        java.util.Arrays.fill(zeroRunsAndRareLiterals, 0, 256, 1);
        zeroRunsAndRareLiterals[0] = 600_000;
        zeroRunsAndRareLiterals[285] = 94_000;
        for (int[] counts : new int[][]{fibonacci, zeroRunsAndRareLiterals, {5, 0, 0, 7}}) {
            // 7 bits is the code-length code's limit, an alphabet of 19
            for (int limit : counts == zeroRunsAndRareLiterals ? new int[]{15} : new int[]{7, 15}) {
                int[] len = ScanlineDeflater.codeLengths(counts, limit);
                double kraft = 0;
                for (int i = 0; i < counts.length; i++) {
                    assertEquals(counts[i] == 0, len[i] == 0, "symbol " + i + " has a code exactly when it is used");
                    assertTrue(len[i] <= limit, "length " + len[i] + " over " + limit);
                    if (len[i] > 0) kraft += Math.pow(2, -len[i]);
                }
                assertEquals(1.0, kraft, 1e-12);
            }
        }
        // the limit binds: the unlimited code for Fibonacci counts is 29 deep
        int max = 0;
        for (int l : ScanlineDeflater.codeLengths(fibonacci, 15)) max = Math.max(max, l);
        assertEquals(15, max);
    }

    /** The IDAT chunks' zlib stream inflated whole: one filter byte and three bytes a pixel per row, then the end. */
    private static void assertWholeStreamInflates(byte[] png, int w, int h) {
        java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
        for (int at = 8; at < png.length; ) {
            int len = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
            if (new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) z.write(png, at + 8, len);
            at += 12 + len;
        }
        java.util.zip.Inflater inf = new java.util.zip.Inflater();
        try {
            inf.setInput(z.toByteArray());
            byte[] raw = new byte[h * (1 + 3 * w) + 1];
            int n = 0;
            while (!inf.finished() && n < raw.length) {
                int got = inf.inflate(raw, n, raw.length - n);
                if (got == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                n += got;
            }
            assertTrue(inf.finished(), "the stream ends, Adler-32 checked");
            assertEquals(h * (1 + 3 * w), n);
            assertEquals(0, inf.getRemaining(), "nothing after the stream");
        } catch (java.util.zip.DataFormatException e) {
            fail("invalid deflate data or checksum: " + e.getMessage());
        } finally {
            inf.end();
        }
    }

    private static int idatChunks(byte[] png) {
        int chunks = 0;
        for (int at = 8; at < png.length; ) {
            int len = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
            if (new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) chunks++;
            at += 12 + len;
        }
        return chunks;
    }

    private static void assertSamePixels(BufferedImage img, byte[] png) throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(back, "ImageIO cannot read the file");
        assertEquals(img.getWidth(), back.getWidth());
        assertEquals(img.getHeight(), back.getHeight());
        int[] a = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        int[] b = back.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        assertArrayEquals(a, b);
    }

    /** Signature, IHDR first, IEND last, every chunk's CRC right. */
    private static void checkChunks(byte[] png) {
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        int at = 8;
        String first = null, type = null;
        while (at < png.length) {
            int len = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8) | (png[at + 3] & 0xff);
            type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (first == null) first = type;
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + len);
            int stored = ((png[at + 8 + len] & 0xff) << 24) | ((png[at + 9 + len] & 0xff) << 16) | ((png[at + 10 + len] & 0xff) << 8) | (png[at + 11 + len] & 0xff);
            assertEquals((int) crc.getValue(), stored, type + " CRC");
            at += 12 + len;
        }
        assertEquals(png.length, at);
        assertEquals("IHDR", first);
        assertEquals("IEND", type);
    }

    /** Two checksums combined give the checksum of the two sequences one after the other. */
    @Test
    void adlerChecksumsOfBandsCombineIntoTheWhole() {
        Random rnd = new Random(11);
        for (int t = 0; t < 200; t++) {
            byte[] all = new byte[rnd.nextInt(200_000) + 1];
            if (t % 2 == 0) rnd.nextBytes(all); // else zeros, as most filtered map rows are
            int cut = rnd.nextInt(all.length + 1);
            java.util.zip.Adler32 a = new java.util.zip.Adler32(), b = new java.util.zip.Adler32(), whole = new java.util.zip.Adler32();
            a.update(all, 0, cut);
            b.update(all, cut, all.length - cut);
            whole.update(all);
            assertEquals(whole.getValue(), PngEncoder.adlerCombine(a.getValue(), b.getValue(), all.length - cut), "cut at " + cut);
        }
    }
}
