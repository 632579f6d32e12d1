package kz.aimaq.core.layer;

import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.io.ExportException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ThematicLayer} as an ESRI shapefile: {@code .shp} and {@code .shx} (shape type
 * 5, Polygon: exterior rings clockwise, holes counter-clockwise, as the ESRI specification of
 * 1998 says), {@code .dbf} (dBASE III, text in UTF-8), {@code .cpg} saying UTF-8 (without it
 * QGIS and ArcGIS read the Cyrillic names as Latin-1) and {@code .prj} (ESRI WKT of WGS84).
 *
 * <p>Field names are at most 10 characters: {@code kato, name_kk, name_ru, name_en, value,
 * class, colour} and {@code macro_reg} (the GeoPackage's {@code macro_region}). {@code value}
 * is numeric with as many decimals as the values need (at most 10), so it reads back as the
 * same number; empty for no data. Text fields are as wide as their longest UTF-8 value (at most
 * 254 bytes, cut at a character boundary).
 */
public final class ShapefileWriter {
    private ShapefileWriter() {}

    static final String WGS84_ESRI = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    /** Writes FILE.shp and its .shx, .dbf, .prj and .cpg; returns the files written. */
    public static List<Path> write(ThematicLayer layer, Path shp) throws ExportException {
        String base = shp.getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = dot < 0 ? base : base.substring(0, dot);
        Path dir = shp.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        byte[][] shpShx = shapes(layer);
        files.add(put(dir.resolve(stem + ".shp"), shpShx[0]));
        files.add(put(dir.resolve(stem + ".shx"), shpShx[1]));
        files.add(put(dir.resolve(stem + ".dbf"), dbf(layer)));
        files.add(put(dir.resolve(stem + ".prj"), WGS84_ESRI.getBytes(StandardCharsets.US_ASCII)));
        files.add(put(dir.resolve(stem + ".cpg"), "UTF-8".getBytes(StandardCharsets.US_ASCII)));
        return files;
    }

    private static Path put(Path file, byte[] bytes) throws ExportException {
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
            return file;
        } catch (ExportException e) {
            throw e;
        } catch (IOException e) {
            throw new ExportException(e, "export.error.failed", String.valueOf(file.getFileName()), String.valueOf(e.getMessage()));
        }
    }

    // ---- .shp / .shx ----------------------------------------------------------------------

    static byte[][] shapes(ThematicLayer layer) {
        List<byte[]> records = new ArrayList<>();
        Envelope all = new Envelope();
        for (LayerFeature f : layer.features()) {
            records.add(polygon(f.geometry()));
            all.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        int shpLength = 100;
        for (byte[] r : records) shpLength += 8 + r.length;
        ByteBuffer shp = ByteBuffer.allocate(shpLength);
        ByteBuffer shx = ByteBuffer.allocate(100 + 8 * records.size());
        header(shp, shpLength, all);
        header(shx, shx.capacity(), all);
        int offset = 100;
        for (int i = 0; i < records.size(); i++) {
            byte[] r = records.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(r.length / 2);
            shp.put(r);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(r.length / 2);
            offset += 8 + r.length;
        }
        return new byte[][]{shp.array(), shx.array()};
    }

    private static void header(ByteBuffer b, int length, Envelope e) {
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994);
        for (int i = 0; i < 5; i++) b.putInt(0);
        b.putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(5);
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
    }

    /** A Polygon record's content: type, box, part and point counts, part starts, points. */
    static byte[] polygon(MultiPolygon mp) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < mp.getNumGeometries(); i++) {
            Polygon p = (Polygon) mp.getGeometryN(i);
            rings.add(oriented(p.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < p.getNumInteriorRing(); h++) rings.add(oriented(p.getInteriorRingN(h).getCoordinates(), false));
        }
        int points = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = ByteBuffer.allocate(4 + 32 + 8 + 4 * rings.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(5);
        Envelope e = mp.getEnvelopeInternal();
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (Coordinate[] r : rings) { b.putInt(start); start += r.length; }
        for (Coordinate[] r : rings) for (Coordinate c : r) b.putDouble(c.x).putDouble(c.y);
        return b.array();
    }

    /** The ring clockwise (shell) or counter-clockwise (hole). */
    private static Coordinate[] oriented(Coordinate[] ring, boolean clockwise) {
        boolean ccw = Orientation.isCCW(ring);
        if (ccw != clockwise) return ring;
        Coordinate[] r = ring.clone();
        for (int i = 0, j = r.length - 1; i < j; i++, j--) { Coordinate t = r[i]; r[i] = r[j]; r[j] = t; }
        return r;
    }

    // ---- .dbf -----------------------------------------------------------------------------

    private record Field(String name, char type, int length, int decimals) {}

    static byte[] dbf(ThematicLayer layer) {
        List<LayerFeature> fs = layer.features();
        int decimals = 0;
        for (LayerFeature f : fs) {
            if (f.value() != null) decimals = Math.max(decimals, BigDecimal.valueOf(f.value()).stripTrailingZeros().scale());
        }
        decimals = Math.min(10, Math.max(0, decimals));
        int valueWidth = 1;
        for (LayerFeature f : fs) if (f.value() != null) valueWidth = Math.max(valueWidth, number(f.value(), decimals).length());
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("kato", 'C', width(fs.stream().map(LayerFeature::kato).toList()), 0));
        fields.add(new Field("name_kk", 'C', width(fs.stream().map(LayerFeature::nameKk).toList()), 0));
        fields.add(new Field("name_ru", 'C', width(fs.stream().map(LayerFeature::nameRu).toList()), 0));
        fields.add(new Field("name_en", 'C', width(fs.stream().map(LayerFeature::nameEn).toList()), 0));
        fields.add(new Field("value", 'N', Math.min(32, Math.max(valueWidth, decimals + 3)), decimals));
        fields.add(new Field("class", 'N', 4, 0));
        fields.add(new Field("colour", 'C', 7, 0));
        if (layer.grouped()) fields.add(new Field("macro_reg", 'C', width(fs.stream().map(LayerFeature::macroRegion).toList()), 0));

        int recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate d = LocalDate.now();
        h.put((byte) 0x03).put((byte) (d.getYear() - 1900)).put((byte) d.getMonthValue()).put((byte) d.getDayOfMonth());
        h.putInt(fs.size()).putShort((short) headerLength).putShort((short) recordLength);
        h.position(32);
        for (Field f : fields) {
            byte[] name = f.name().getBytes(StandardCharsets.US_ASCII);
            byte[] n11 = new byte[11];
            System.arraycopy(name, 0, n11, 0, name.length);
            h.put(n11).put((byte) f.type()).putInt(0).put((byte) f.length()).put((byte) f.decimals());
            h.put(new byte[14]);
        }
        h.put((byte) 0x0D);
        out.writeBytes(h.array());
        for (LayerFeature f : fs) {
            out.write(' ');
            for (Field field : fields) {
                Object v = switch (field.name()) {
                    case "kato" -> f.kato();
                    case "name_kk" -> f.nameKk();
                    case "name_ru" -> f.nameRu();
                    case "name_en" -> f.nameEn();
                    case "value" -> f.value();
                    case "class" -> f.classNumber();
                    case "colour" -> f.colour();
                    default -> f.macroRegion();
                };
                out.writeBytes(cell(v, field));
            }
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static int width(List<String> texts) {
        int w = 1;
        for (String t : texts) if (t != null) w = Math.max(w, t.getBytes(StandardCharsets.UTF_8).length);
        return Math.min(254, w);
    }

    private static String number(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static byte[] cell(Object v, Field f) {
        byte[] cell = new byte[f.length()];
        java.util.Arrays.fill(cell, (byte) ' ');
        if (v == null) return cell;
        if (f.type() == 'N') {
            String s = v instanceof Double d ? number(d, f.decimals()) : v.toString();
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            int n = Math.min(b.length, cell.length);
            System.arraycopy(b, 0, cell, cell.length - n, n);   // right-aligned
            return cell;
        }
        byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
        int n = Math.min(b.length, cell.length);
        while (n < b.length && n > 0 && (b[n] & 0xC0) == 0x80) n--;   // never cut a letter in half
        System.arraycopy(b, 0, cell, 0, n);
        return cell;
    }
}
