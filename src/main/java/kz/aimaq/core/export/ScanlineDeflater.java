package kz.aimaq.core.export;

import java.util.Arrays;

/**
 * Rows of an opaque RGB image as PNG scanlines, each filtered with Up (the image's first row
 * against a row of zeros, as the PNG specification defines Up there), deflated (RFC 1951) into
 * one block with Huffman codes made for that block; {@link PngEncoder} cuts an image into bands
 * and makes one of these per band, on every core.
 *
 * <p>Why not {@code java.util.zip.Deflater}: a map's filtered rows are almost all zero bytes (a 4K
 * oblast map: 0.55 million non-zero bytes of 24.9 million, in 62,000 runs), and zlib, even at its
 * fastest level, walks every byte of those runs through its hash chains: 55-60 ms for the 4K map
 * on one core, as long as the map's painting. Here the runs are found on the pixels, with
 * {@link Arrays#mismatch} against the row above (vectorised), and are written as copies of the
 * byte before (distance 1); a run of pixels that all differ from the row above by the same amount
 * (under a horizontal border) is written as copies of the pixel before (distance 3); every other
 * byte is a literal. Only the literals and the runs are visited, never the zeros, and the
 * Adler-32 of the filtered bytes is computed from the runs the same way. The data are the ones
 * zlib was given before, so the file decodes to the same pixels.
 *
 * <p>Output: the block (dynamic Huffman codes, at most 15 bits, from the symbol counts of this
 * band), then, unless it is the image's last band, an empty stored block, so the band ends on a
 * byte boundary and the next band's block can follow it in one zlib stream (zlib's sync flush).
 * A band never refers to another band's bytes: each row starts with its filter byte, a literal.
 */
final class ScanlineDeflater {
    private static final int BASE = 65521;             // Adler-32's modulus
    private static final int END_OF_BLOCK = 256;
    private static final int MAX_MATCH = 258, MIN_MATCH = 3;
    /** A copy token: this bit, the length above bit 8, the distance (1 or 3) below. */
    private static final int COPY = 1 << 30;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
            67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
            5, 5, 5, 5, 0};
    /** The order the code-length code lengths are written in (RFC 1951, 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /** For a copy length 3..258: its length symbol's index in LENGTH_BASE. */
    private static final byte[] LENGTH_INDEX = new byte[MAX_MATCH + 1];

    static {
        for (int len = MIN_MATCH, i = 0; len <= MAX_MATCH; len++) {
            while (i + 1 < LENGTH_BASE.length && LENGTH_BASE[i + 1] <= len) i++;
            LENGTH_INDEX[len] = (byte) i;
        }
    }

    private int[] tokens = new int[1 << 14];
    private int count;
    private final int[] literalCounts = new int[286], distanceCounts = new int[30];
    private long s1 = 1, s2;          // Adler-32 of the bytes so far
    private boolean lastByteZero;     // a run of zeros can copy the byte before it

    /** Adds row {@code y} of an image {@code w} pixels wide, pixels in {@code px} (0xRRGGBB, row after row). */
    void row(int[] px, int w, int y) {
        int row = y * w, up = row - w;
        literal(2); // filter type Up
        int x = 0;
        while (x < w) {
            int same = y == 0 ? blackRun(px, row + x, row + w) : equalRun(px, row + x, up + x, w - x);
            if (same > 0) {
                zeros(3 * same);
                x += same;
                continue;
            }
            int d = diff(px[row + x], y == 0 ? 0 : px[up + x]);
            literal(d >>> 16);
            literal(d >>> 8);
            literal(d);
            int k = 1;
            while (x + k < w && diff(px[row + x + k], y == 0 ? 0 : px[up + x + k]) == d) k++;
            if (k > 1) pixelRepeats(k - 1, d);
            x += k;
        }
    }

    /** Pixels from {@code from} that equal the row above, up to {@code n}. */
    private static int equalRun(int[] px, int from, int above, int n) {
        int at = Arrays.mismatch(px, from, from + n, px, above, above + n);
        return at < 0 ? n : at;
    }

    /** Black pixels from {@code from} (the first row's zero bytes). */
    private static int blackRun(int[] px, int from, int end) {
        int i = from;
        while (i < end && (px[i] & 0xFFFFFF) == 0) i++;
        return i - from;
    }

    /** The three Up-filtered bytes of a pixel over the one above, as 0xRRGGBB. */
    private static int diff(int p, int above) {
        return (((p >>> 16) - (above >>> 16)) & 0xff) << 16 | (((p >>> 8) - (above >>> 8)) & 0xff) << 8 | ((p - above) & 0xff);
    }

    private void literal(int b) {
        b &= 0xff;
        token(b);
        literalCounts[b]++;
        s1 += b;
        if (s1 >= BASE) s1 -= BASE;
        s2 += s1;
        if (s2 >= BASE) s2 -= BASE;
        lastByteZero = b == 0;
    }

    /** {@code n} zero bytes: copies of the byte before, after a literal zero if that byte is not one. */
    private void zeros(int n) {
        if (!lastByteZero) {
            literal(0);
            n--;
        }
        s2 = (s2 + (long) n * s1) % BASE;
        repeat(n, 1);
    }

    /** The last pixel's three bytes {@code k} times more. */
    private void pixelRepeats(int k, int d) {
        int r = (d >>> 16) & 0xff, g = (d >>> 8) & 0xff, b = d & 0xff;
        // k pixels of (r, g, b): s1 grows by k sums; s2 by every prefix sum along the way
        long sum = r + g + b;
        s2 = (s2 + 3L * k * s1 + sum * 3L * ((long) k * (k - 1) / 2 % BASE) + (long) k * (3 * r + 2 * g + b)) % BASE;
        s1 = (s1 + k * sum) % BASE;
        repeat(3 * k, 3);
    }

    /**
     * {@code n} bytes that copy the bytes {@code distance} back, as copies of at most 258 bytes;
     * a length of 3 pixels' bytes always divides into such copies, a run of zeros may leave one or
     * two bytes, which shorten the copy before or stay literals (zeros, so the counts stay right).
     */
    private void repeat(int n, int distance) {
        while (n >= MAX_MATCH) {
            int left = n - MAX_MATCH;
            int take = left > 0 && left < MIN_MATCH ? MAX_MATCH - MIN_MATCH : MAX_MATCH;
            copy(take, distance);
            n -= take;
        }
        if (n >= MIN_MATCH) {
            copy(n, distance);
        } else {
            for (int i = 0; i < n; i++) { // only zeros come here (a pixel's repeats are 3 bytes each)
                token(0);
                literalCounts[0]++;
            }
        }
        lastByteZero = distance == 1 || lastByteZero;
    }

    private void copy(int len, int distance) {
        token(COPY | len << 8 | distance);
        literalCounts[257 + LENGTH_INDEX[len]]++;
        distanceCounts[distance == 1 ? 0 : 2]++;
    }

    private void token(int t) {
        if (count == tokens.length) tokens = Arrays.copyOf(tokens, count * 2);
        tokens[count++] = t;
    }

    /** The Adler-32 of the bytes added. */
    long adler() {
        return (s2 << 16) | s1;
    }

    /** The block, ended as the stream's last ({@code last}) or with an empty stored block. */
    byte[] finish(boolean last) {
        token(END_OF_BLOCK);
        literalCounts[END_OF_BLOCK]++;
        int[] litLen = codeLengths(atLeastTwo(literalCounts), 15), distLen = codeLengths(atLeastTwo(distanceCounts), 15);
        int[] litCode = codes(litLen), distCode = codes(distLen);
        Bits out = new Bits(Math.max(1024, count * 2));
        out.put(last ? 1 : 0, 1);
        out.put(2, 2); // dynamic Huffman codes
        header(out, litLen, distLen);
        for (int i = 0; i < count; i++) {
            int t = tokens[i];
            if ((t & COPY) == 0) {
                out.put(litCode[t], litLen[t]);
                continue;
            }
            int len = (t >>> 8) & 0x1ff, dist = (t & 0xff) == 1 ? 0 : 2, li = LENGTH_INDEX[len];
            out.put(litCode[257 + li], litLen[257 + li]);
            if (LENGTH_EXTRA[li] > 0) out.put(len - LENGTH_BASE[li], LENGTH_EXTRA[li]);
            out.put(distCode[dist], distLen[dist]); // distances 1 and 3 carry no extra bits
        }
        if (!last) {
            out.put(0, 3); // an empty stored block: the next band starts on a byte
            out.align();
            out.putByte(0);
            out.putByte(0);
            out.putByte(0xff);
            out.putByte(0xff);
        }
        out.align();
        return out.bytes();
    }

    /** Counts with at least two symbols counted, so each code is complete (a one-symbol code is not). */
    private static int[] atLeastTwo(int[] counts) {
        int used = 0;
        for (int c : counts) if (c > 0) used++;
        if (used >= 2) return counts;
        int[] c = counts.clone();
        for (int i = 0; i < c.length && used < 2; i++) {
            if (c[i] == 0) {
                c[i] = 1;
                used++;
            }
        }
        return c;
    }

    /** HLIT, HDIST, HCLEN, the code-length codes and both codes' lengths, run-length coded (RFC 1951, 3.2.7). */
    private static void header(Bits out, int[] litLen, int[] distLen) {
        int hlit = 286, hdist = 30;
        while (hlit > 257 && litLen[hlit - 1] == 0) hlit--;
        while (hdist > 1 && distLen[hdist - 1] == 0) hdist--;
        int[] lengths = new int[hlit + hdist];
        System.arraycopy(litLen, 0, lengths, 0, hlit);
        System.arraycopy(distLen, 0, lengths, hlit, hdist);
        int[] symbols = new int[lengths.length], extras = new int[lengths.length];
        int[] counts = new int[19];
        int n = 0;
        for (int i = 0; i < lengths.length; ) {
            int l = lengths[i], run = 1;
            while (i + run < lengths.length && lengths[i + run] == l) run++;
            if (l == 0 && run >= 3) {
                int r = Math.min(run, 138);
                symbols[n] = r >= 11 ? 18 : 17;
                extras[n++] = r >= 11 ? r - 11 : r - 3;
                i += r;
            } else if (l != 0 && run >= 4) {
                symbols[n++] = l;
                int r = Math.min(run - 1, 6);
                symbols[n] = 16;
                extras[n++] = r - 3;
                i += 1 + r;
            } else {
                symbols[n++] = l;
                i++;
            }
        }
        for (int i = 0; i < n; i++) counts[symbols[i]]++;
        int[] clLen = codeLengths(atLeastTwo(counts), 7), clCode = codes(clLen);
        int hclen = 19;
        while (hclen > 4 && clLen[CODE_LENGTH_ORDER[hclen - 1]] == 0) hclen--;
        out.put(hlit - 257, 5);
        out.put(hdist - 1, 5);
        out.put(hclen - 4, 4);
        for (int i = 0; i < hclen; i++) out.put(clLen[CODE_LENGTH_ORDER[i]], 3);
        for (int i = 0; i < n; i++) {
            int s = symbols[i];
            out.put(clCode[s], clLen[s]);
            if (s == 16) out.put(extras[i], 2);
            else if (s == 17) out.put(extras[i], 3);
            else if (s == 18) out.put(extras[i], 7);
        }
    }

    /**
     * Huffman code lengths for these counts, none over {@code limit} bits: where the optimal code
     * is deeper (a block of 94,000 zero-run copies and single literals is), the counts are halved,
     * keeping every used symbol at one at least, until it fits. Unused symbols get length 0.
     */
    static int[] codeLengths(int[] counts, int limit) {
        long[] c = new long[counts.length];
        int used = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i];
            if (c[i] > 0) used++;
        }
        if (used > 1 << limit) throw new IllegalArgumentException(used + " symbols cannot have codes of " + limit + " bits");
        while (true) {
            int[] len = huffman(c);
            int max = 0;
            for (int l : len) max = Math.max(max, l);
            if (max <= limit) return len;
            for (int i = 0; i < c.length; i++) if (c[i] > 0) c[i] = (c[i] + 1) / 2;
        }
    }

    /** Optimal code lengths (two queues over the counts in order: leaves, then merged nodes). */
    private static int[] huffman(long[] counts) {
        int m = 0;
        for (long c : counts) if (c > 0) m++;
        long[] sorted = new long[m];
        for (int i = 0, k = 0; i < counts.length; i++) if (counts[i] > 0) sorted[k++] = counts[i] << 10 | i;
        Arrays.sort(sorted);
        int[] len = new int[counts.length];
        if (m == 1) {
            len[(int) (sorted[0] & 0x3ff)] = 1;
            return len;
        }
        long[] weight = new long[2 * m - 1];
        int[] parent = new int[2 * m - 1];
        for (int i = 0; i < m; i++) weight[i] = sorted[i] >>> 10;
        int leaf = 0, inner = m, next = m;
        for (int j = 0; j < m - 1; j++) {
            int a = leaf < m && (inner >= next || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
            int b = leaf < m && (inner >= next || weight[leaf] <= weight[inner]) ? leaf++ : inner++;
            weight[next] = weight[a] + weight[b];
            parent[a] = parent[b] = next++;
        }
        int[] depth = new int[2 * m - 1];
        for (int node = 2 * m - 3; node >= 0; node--) depth[node] = depth[parent[node]] + 1;
        for (int i = 0; i < m; i++) len[(int) (sorted[i] & 0x3ff)] = depth[i];
        return len;
    }

    /** Canonical codes for these lengths (RFC 1951, 3.2.2), bit-reversed to be written lowest bit first. */
    static int[] codes(int[] lengths) {
        int max = 0;
        for (int l : lengths) max = Math.max(max, l);
        int[] perLength = new int[max + 1];
        for (int l : lengths) if (l > 0) perLength[l]++;
        int[] next = new int[max + 1];
        for (int bits = 1, code = 0; bits <= max; bits++) {
            code = (code + perLength[bits - 1]) << 1;
            next[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int i = 0; i < lengths.length; i++) {
            int l = lengths[i];
            if (l > 0) codes[i] = Integer.reverse(next[l]++) >>> (32 - l);
        }
        return codes;
    }

    /** Bits written lowest first into bytes, as deflate packs them. */
    private static final class Bits {
        private byte[] buf;
        private int at;
        private long pending;
        private int pendingBits;

        Bits(int capacity) {
            buf = new byte[capacity];
        }

        void put(int value, int bits) {
            pending |= (long) (value & ((1 << bits) - 1)) << pendingBits;
            pendingBits += bits;
            if (pendingBits >= 32) {
                if (at + 4 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                buf[at++] = (byte) pending;
                buf[at++] = (byte) (pending >>> 8);
                buf[at++] = (byte) (pending >>> 16);
                buf[at++] = (byte) (pending >>> 24);
                pending >>>= 32;
                pendingBits -= 32;
            }
        }

        void align() {
            while (pendingBits > 0) {
                putByte((int) pending);
                pending >>>= 8;
                pendingBits = Math.max(0, pendingBits - 8);
            }
        }

        /** A whole byte; only after {@link #align} (which writes the pending bits with it). */
        void putByte(int b) {
            if (at == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            buf[at++] = (byte) b;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, at);
        }
    }
}
