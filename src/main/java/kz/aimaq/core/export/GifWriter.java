package kz.aimaq.core.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer (ImageIO): every frame
 * shows for the same delay and the animation loops forever (the NETSCAPE2.0 extension with a
 * loop count of 0). Frames are streamed, so an animation of many 1920×1080 maps never holds more
 * than one picture in memory.
 *
 * <p>Colours: a GIF frame has at most 256. A map has few flat colours (the classes, no-data grey,
 * background, borders, text) and many anti-aliasing shades between them, so each frame keeps its
 * 255 most frequent colours exactly (a class colour always survives: it covers whole regions) and
 * maps every other shade to the nearest of them. The ImageIO default (an octree quantiser) would
 * shift flat colours to the average of their node, so a region's colour would no longer be its
 * legend's. Contract of {@link #add}: any RGB image of the animation's size; the caller closes the
 * output stream after {@link #finish}.
 */
public final class GifWriter implements AutoCloseable {
    private final ImageWriter writer;
    private final ImageOutputStream ios;
    private final int delayCentiseconds;
    private boolean first = true, finished;

    /** @param delayCentiseconds how long each frame shows, in hundredths of a second (≥ 2: browsers treat less as 10) */
    public GifWriter(OutputStream out, int delayCentiseconds) throws IOException {
        if (delayCentiseconds < 2) throw new IllegalArgumentException("GIF frame delay must be at least 2 cs, got " + delayCentiseconds);
        this.delayCentiseconds = delayCentiseconds;
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        // in memory, flushed after each frame: no cache file in the temp folder, one frame's bytes held at most
        this.ios = new MemoryCacheImageOutputStream(out);
        writer.setOutput(ios);
        writer.prepareWriteSequence(null);
    }

    /** The delay of a frame at {@code fps} frames per second, in the GIF's hundredths of a second. */
    public static int delayFor(double fps) {
        if (!(fps > 0) || fps > 50) throw new IllegalArgumentException("frames per second must be above 0 and at most 50, got " + fps);
        return (int) Math.max(2, Math.round(100 / fps));
    }

    /** Appends one frame shown for the animation's delay. */
    public void add(BufferedImage rgb) throws IOException { add(rgb, delayCentiseconds); }

    /** Appends one frame (RGB, or indexed by {@link #quantise}) shown for {@code delay} hundredths of a second (e.g. a longer last frame). */
    public void add(BufferedImage rgb, int delay) throws IOException {
        BufferedImage indexed = rgb.getType() == BufferedImage.TYPE_BYTE_INDEXED ? rgb : quantise(rgb);
        ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(indexed);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(type, param);
        configure(meta, first, Math.max(2, delay));
        writer.writeToSequence(new IIOImage(indexed, null, meta), param);
        ios.flush();
        first = false;
    }

    /** Writes the GIF trailer; the animation is complete after this. */
    public void finish() throws IOException {
        if (finished) return;
        finished = true;
        writer.endWriteSequence();
        ios.flush();
    }

    @Override public void close() throws IOException {
        try {
            ios.flush();
        } finally {
            writer.dispose();
        }
    }

    private static void configure(IIOMetadata meta, boolean firstFrame, int delay) throws IIOInvalidTreeException {
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delay));
        gce.setAttribute("transparentColorIndex", "0");
        if (firstFrame) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[]{1, 0, 0}); // sub-block 1, loop count 0 = for ever
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }

    /**
     * The frame in at most 256 colours: the most frequent colours exactly, every other colour
     * as its nearest (squared RGB distance) among them. {@link #add} does this itself; callers
     * that draw frames on several threads may do it there and pass the indexed image.
     */
    public static BufferedImage quantise(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        int[] px = src.getRGB(0, 0, w, h, null, 0, w);
        IntCounter counts = new IntCounter();
        for (int p : px) counts.add(p & 0xFFFFFF);
        int[] palette = counts.mostFrequent(256);
        int n = palette.length;
        byte[] r = new byte[n], g = new byte[n], b = new byte[n];
        IntCounter indexOf = new IntCounter(); // colour → palette index + 1
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
            indexOf.put(palette[i], i + 1);
        }
        IndexColorModel cm = new IndexColorModel(8, n, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, cm);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int c = px[i] & 0xFFFFFF;
            int k = indexOf.get(c);
            if (k == 0) {
                k = nearest(palette, c) + 1;
                indexOf.put(c, k);
            }
            dst[i] = (byte) (k - 1);
        }
        return out;
    }

    private static int nearest(int[] palette, int c) {
        int cr = (c >> 16) & 0xFF, cg = (c >> 8) & 0xFF, cb = c & 0xFF;
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 0xFF) - cr, dg = ((palette[i] >> 8) & 0xFF) - cg, db = (palette[i] & 0xFF) - cb;
            long d = (long) dr * dr + (long) dg * dg + (long) db * db;
            if (d < bestD) { bestD = d; best = i; }
        }
        return best;
    }

    /** An open-addressing map from a 24-bit colour to a count or an index (0 = absent): no boxing per pixel. */
    private static final class IntCounter {
        private int[] keys = new int[1 << 12], vals = new int[1 << 12];
        private int size;

        IntCounter() { Arrays.fill(keys, -1); }

        private int slot(int key) {
            int mask = keys.length - 1;
            int i = (key * 0x9E3779B1) >>> 7 & mask;
            while (keys[i] != -1 && keys[i] != key) i = (i + 1) & mask;
            return i;
        }

        void add(int key) {
            int i = slot(key);
            if (keys[i] == -1) { keys[i] = key; size++; if (size * 2 > keys.length) { vals[i] = 1; grow(); return; } }
            vals[i]++;
        }

        void put(int key, int v) {
            int i = slot(key);
            if (keys[i] == -1) { keys[i] = key; size++; vals[i] = v; if (size * 2 > keys.length) grow(); return; }
            vals[i] = v;
        }

        int get(int key) {
            int i = slot(key);
            return keys[i] == -1 ? 0 : vals[i];
        }

        private void grow() {
            int[] ok = keys, ov = vals;
            keys = new int[ok.length * 2];
            vals = new int[ok.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != -1) {
                    int j = slot(ok[i]);
                    keys[j] = ok[i];
                    vals[j] = ov[i];
                    size++;
                }
            }
        }

        /** Up to {@code k} keys, most frequent first (ties by colour, so the palette is deterministic). */
        int[] mostFrequent(int k) {
            long[] packed = new long[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != -1) packed[n++] = ((long) vals[i] << 24) | keys[i];
            }
            Arrays.sort(packed);
            int m = Math.min(k, n);
            int[] out = new int[m];
            for (int i = 0; i < m; i++) out[i] = (int) (packed[n - 1 - i] & 0xFFFFFF);
            return out;
        }
    }
}
