package kz.aimaq.core.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG writer for opaque RGB images (8 bits per channel, colour type 2), written for speed:
 * ImageIO's writer tries all five row filters on every row and deflates on one thread, which
 * takes a third of a second for a 4K map.
 *
 * <p>Method: every row is filtered with Up (a map is mostly flat colour, so most bytes become 0,
 * and runs equal to the row above are skipped, not computed). The rows are cut into bands that
 * are filtered and deflated in parallel, a row at a time, each band primed with the filtered last
 * 32 KiB of the band before it as its dictionary (as {@code pigz} does) and ended with a sync
 * flush, so the raw deflate streams concatenate into one valid zlib stream; each band's Adler-32
 * is combined into the stream's. Each band becomes one IDAT chunk.
 *
 * <p>Edge cases: an image of any type is converted to RGB first (alpha is dropped, as a
 * TYPE_INT_RGB image has none); an image smaller than one band is deflated on the calling thread.
 * The result decodes to exactly the same pixels as the input (checked by {@code PngEncoderTest}
 * against ImageIO's reader).
 */
public final class PngEncoder {
    private PngEncoder() {}

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Rows per band at least: below this the threads cost more than they save. */
    private static final int MIN_BAND_ROWS = 64;
    private static final int WINDOW = 32 * 1024;
    /**
     * Level 1 (zlib's fastest with matching): on a 4K map it took about 60 % of the CPU time of
     * level 4 for a file about a fifth larger (670 KB against 550 KB; ImageIO's 465 KB).
     */
    static final int LEVEL = 1;

    /** Writes {@code image} as PNG to {@code out} (not closed). */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        BufferedImage rgb = toIntRgb(image);
        int w = rgb.getWidth(), h = rgb.getHeight();
        int[] px = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();

        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), h / MIN_BAND_ROWS));
        int bands = threads == 1 ? 1 : threads * 2; // a few more bands than threads evens out the work
        int[] start = new int[bands + 1];
        for (int b = 0; b <= bands; b++) start[b] = (int) ((long) h * b / bands);

        Band[] done = new Band[bands];
        if (threads == 1) {
            done[0] = band(px, w, 0, h, true);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "png-deflate");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Band>> parts = new ArrayList<>(bands);
                for (int b = 0; b < bands; b++) {
                    int from = start[b], to = start[b + 1];
                    boolean last = b == bands - 1;
                    parts.add(pool.submit(() -> band(px, w, from, to, last)));
                }
                for (int b = 0; b < bands; b++) done[b] = parts.get(b).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("PNG encoding interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("PNG encoding failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        long adler = done[0].adler;
        for (int b = 1; b < bands; b++) adler = adlerCombine(adler, done[b].adler, done[b].length);
        byte[][] compressed = new byte[bands][];
        for (int b = 0; b < bands; b++) compressed[b] = done[b].deflated;

        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // colour type: RGB
        // compression 0, filter method 0, no interlace
        chunk(out, "IHDR", ihdr, 0, ihdr.length);
        for (int b = 0; b < bands; b++) {
            byte[] c = compressed[b];
            if (b == 0 && b == bands - 1) {
                chunk(out, "IDAT", zlib(c, adler, true, true));
            } else if (b == 0) {
                chunk(out, "IDAT", zlib(c, adler, true, false));
            } else if (b == bands - 1) {
                chunk(out, "IDAT", zlib(c, adler, false, true));
            } else {
                chunk(out, "IDAT", c, 0, c.length);
            }
        }
        chunk(out, "IEND", new byte[0], 0, 0);
    }

    /** PNG bytes of {@code image}. */
    public static byte[] bytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        write(image, bos);
        return bos.toByteArray();
    }

    private static BufferedImage toIntRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
            rgb.setRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
        }
        return rgb;
    }

    /** One band deflated: its raw deflate stream, and the Adler-32 and length of its filtered bytes. */
    private record Band(byte[] deflated, long adler, long length) {}

    /**
     * Rows [from, to) filtered one at a time into a row buffer and fed to the deflater, so no
     * copy of the filtered image is made (25 MB for a 4K map, allocated, zeroed and read again).
     * The deflater is primed with the filtered last 32 KiB of the band above, filtered again here,
     * and ends with a sync flush, or with the final block for the last band.
     */
    private static Band band(int[] px, int w, int from, int to, boolean last) {
        int stride = 1 + 3 * w;
        byte[] row = new byte[stride];
        Deflater d = new Deflater(LEVEL, true);
        try {
            if (from > 0) {
                int rows = Math.min(from, (WINDOW + stride - 1) / stride);
                byte[] before = new byte[rows * stride];
                for (int y = from - rows; y < from; y++) {
                    filterRow(px, w, y, row);
                    System.arraycopy(row, 0, before, (y - from + rows) * stride, stride);
                }
                int n = Math.min(WINDOW, before.length);
                d.setDictionary(before, before.length - n, n);
            }
            Adler32 adler = new Adler32();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, stride * (to - from) / 32));
            byte[] buf = new byte[64 * 1024];
            for (int y = from; y < to; y++) {
                filterRow(px, w, y, row);
                adler.update(row);
                d.setInput(row);
                while (!d.needsInput()) out.write(buf, 0, d.deflate(buf));
            }
            if (last) {
                d.finish();
                while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            } else {
                int n;
                do {
                    n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                    out.write(buf, 0, n);
                } while (n == buf.length);
            }
            return new Band(out.toByteArray(), adler.getValue(), (long) stride * (to - from));
        } finally {
            d.end();
        }
    }

    /**
     * Row {@code y} as a filtered scanline: Up for every row but the image's first, which has no
     * row above it and gets Sub. A map is mostly flat colour, so most of a row equals the row
     * above: those runs are found with {@link Arrays#mismatch} (vectorised) and written as zeros,
     * and only the pixels that differ are computed. (Choosing Sub or Up per row by the smaller
     * sum of bytes, the specification's heuristic, gave the same file size on maps and cost as
     * much time as the deflate.)
     */
    private static void filterRow(int[] px, int w, int y, byte[] out) {
        int row = y * w, o = 0;
        if (y == 0) {
            out[o++] = 1; // Sub
            int pr = 0, pg = 0, pb = 0;
            for (int x = 0; x < w; x++) {
                int p = px[x], r = (p >>> 16) & 0xff, g = (p >>> 8) & 0xff, b = p & 0xff;
                out[o++] = (byte) (r - pr);
                out[o++] = (byte) (g - pg);
                out[o++] = (byte) (b - pb);
                pr = r; pg = g; pb = b;
            }
            return;
        }
        out[o++] = 2; // Up
        int up = row - w, x = 0;
        while (x < w) {
            int skip = Arrays.mismatch(px, row + x, row + w, px, up + x, up + w);
            if (skip < 0) { // the rest of the row equals the row above
                Arrays.fill(out, o + 3 * x, out.length, (byte) 0);
                return;
            }
            Arrays.fill(out, o + 3 * x, o + 3 * (x + skip), (byte) 0);
            x += skip;
            int end = x;
            while (end < w && px[row + end] != px[up + end]) end++;
            for (int i = x, q = o + 3 * x; i < end; i++) {
                int a = px[row + i], b = px[up + i];
                out[q++] = (byte) ((a >>> 16) - (b >>> 16));
                out[q++] = (byte) ((a >>> 8) - (b >>> 8));
                out[q++] = (byte) (a - b);
            }
            x = end;
        }
    }

    /**
     * The Adler-32 of two byte sequences one after the other, from the checksum of each and the
     * length of the second: the arithmetic of zlib's adler32_combine (sums modulo 65521), so
     * each band's checksum is computed on its own thread.
     */
    static long adlerCombine(long adler1, long adler2, long length2) {
        final long base = 65521;
        long rem = length2 % base;
        long sum1 = adler1 & 0xffff;
        long sum2 = (rem * sum1) % base;
        sum1 += (adler2 & 0xffff) + base - 1;
        sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + base - rem;
        if (sum1 >= base) sum1 -= base;
        if (sum1 >= base) sum1 -= base;
        if (sum2 >= base << 1) sum2 -= base << 1;
        if (sum2 >= base) sum2 -= base;
        return (sum2 << 16) | sum1;
    }

    /** A band with the zlib header in front (first band) and/or the Adler-32 behind (last band). */
    private static byte[] zlib(byte[] raw, long adler, boolean first, boolean last) {
        byte[] out = new byte[raw.length + (first ? 2 : 0) + (last ? 4 : 0)];
        int o = 0;
        if (first) {
            out[o++] = 0x78;        // deflate, 32 KiB window
            out[o++] = 0x5e;        // level hint "default"; 0x785e % 31 == 0
        }
        System.arraycopy(raw, 0, out, o, raw.length);
        if (last) putInt(out, o + raw.length, (int) adler);
        return out;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        chunk(out, type, data, 0, data.length);
    }

    private static void chunk(OutputStream out, String type, byte[] data, int off, int len) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, len);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, off, len);
        out.write(head);
        out.write(data, off, len);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
