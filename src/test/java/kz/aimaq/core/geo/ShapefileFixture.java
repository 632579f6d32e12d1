package kz.aimaq.core.geo;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small shapefiles for tests, byte by byte as the ESRI specification says. */
final class ShapefileFixture {
    private ShapefileFixture() {}

    /**
     * Writes base.shp and base.shx. Each record is a list of parts, each part x,y pairs. For
     * Point (1) records use one part with one point. Z types get a zero Z range and Z values.
     */
    static void writeShapes(Path base, int shapeType, List<List<double[][]>> records) throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (List<double[][]> parts : records) contents.add(content(shapeType, parts));
        int shpLength = 100;
        for (byte[] c : contents) shpLength += 8 + c.length;
        ByteBuffer shp = ByteBuffer.allocate(shpLength);
        ByteBuffer shx = ByteBuffer.allocate(100 + 8 * contents.size());
        header(shp, shpLength, shapeType);
        header(shx, shx.capacity(), shapeType);
        int offset = 100;
        for (int i = 0; i < contents.size(); i++) {
            byte[] c = contents.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(c.length / 2).put(c);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(c.length / 2);
            offset += 8 + c.length;
        }
        Files.write(base.resolveSibling(base.getFileName() + ".shp"), shp.array());
        Files.write(base.resolveSibling(base.getFileName() + ".shx"), shx.array());
    }

    private static void header(ByteBuffer b, int length, int type) {
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994);
        for (int i = 0; i < 5; i++) b.putInt(0);
        b.putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        for (int i = 0; i < 8; i++) b.putDouble(0); // bounding box and Z/M ranges, not checked by the reader
    }

    private static byte[] content(int type, List<double[][]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        boolean z = type == 11 || type == 13 || type == 15;
        ByteBuffer b = ByteBuffer.allocate(4 + 40 + 4 * parts.size() + 16 * n + (z ? 16 + 8 * n : 0))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(type);
        if (type == 1 || type == 11) {
            double[] p = parts.getFirst()[0];
            b.putDouble(p[0]).putDouble(p[1]);
            if (z) b.putDouble(0).putDouble(0); // Z, M
            return java.util.Arrays.copyOf(b.array(), b.position());
        }
        for (int i = 0; i < 4; i++) b.putDouble(0); // bbox
        b.putInt(parts.size()).putInt(n);
        int start = 0;
        for (double[][] p : parts) { b.putInt(start); start += p.length; }
        for (double[][] p : parts) for (double[] xy : p) b.putDouble(xy[0]).putDouble(xy[1]);
        if (z) {
            b.putDouble(0).putDouble(0);
            for (int i = 0; i < n; i++) b.putDouble(100);
        }
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    /** Writes base.dbf with one text column NAME in that charset, and sets the language-driver byte. */
    static Path writeDbf(Path base, Charset charset, int languageDriver, String... names) throws IOException {
        Path dbf = base.resolveSibling(base.getFileName() + ".dbf");
        try (OutputStream out = Files.newOutputStream(dbf); DBFWriter w = new DBFWriter(out, charset)) {
            DBFField name = new DBFField("NAME", DBFDataType.CHARACTER, 60);
            DBFField kato = new DBFField("KATO", DBFDataType.CHARACTER, 9);
            w.setFields(new DBFField[]{name, kato});
            for (int i = 0; i < names.length; i++) w.addRecord(new Object[]{names[i], "5" + (i + 1) + "0000000"});
        }
        try (RandomAccessFile f = new RandomAccessFile(dbf.toFile(), "rw")) {
            f.seek(29);
            f.write(languageDriver);
        }
        return dbf;
    }

    /** The parts of one record. */
    static List<double[][]> parts(double[][]... rings) {
        return java.util.Arrays.asList(rings);
    }

    /** A Point record's single part. */
    static List<double[][]> point(double x, double y) {
        List<double[][]> parts = new ArrayList<>();
        parts.add(new double[][]{{x, y}});
        return parts;
    }

    /** A square ring; clockwise (a shell in shapefile terms) unless ccw. */
    static double[][] square(double x, double y, double size, boolean ccw) {
        double[][] cw = {{x, y}, {x, y + size}, {x + size, y + size}, {x + size, y}, {x, y}};
        if (!ccw) return cw;
        double[][] r = new double[cw.length][];
        for (int i = 0; i < cw.length; i++) r[i] = cw[cw.length - 1 - i];
        return r;
    }
}
