package kz.aimaq.core.geo;

import kz.aimaq.core.i18n.Text;
import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Reads the attribute table (.dbf) of a shapefile with JavaDBF, in the right character set.
 * Kazakh files come in UTF-8, Windows-1251 or DOS 866, and the .cpg is often missing, so the
 * charset is found in this order: the .cpg file; the DBF language-driver byte (0xC9 = 1251,
 * 0x26/0x65 = 866); UTF-8 if the text bytes are valid UTF-8; otherwise Windows-1251.
 */
final class DbfFile {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP866 = Charset.forName("IBM866");

    private DbfFile() {}

    /** The attribute table: field names and one row per record, deleted records included so rows line up with shapes. */
    record Table(List<String> fields, List<Map<String, Object>> rows, Charset charset) {}

    static Table read(Path dbf, Path cpg) throws GeoReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dbf);
        } catch (IOException e) {
            throw new GeoReadException(dbf, Text.of("core.geo.dbfUnreadable", e.getMessage()), e);
        }
        if (bytes.length < 32) throw new GeoReadException(dbf, Text.of("core.geo.dbfTruncated", bytes.length));
        Charset cs = charset(dbf, bytes, cpg);
        try (InputStream in = new ByteArrayInputStream(bytes);
             DBFReader reader = new DBFReader(in, cs, true)) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < reader.getFieldCount(); i++) fields.add(reader.getField(i).getName());
            List<Map<String, Object>> rows = new ArrayList<>();
            Object[] rec;
            while ((rec = reader.nextRecord()) != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < fields.size(); i++) {
                    Object v = rec[i];
                    row.put(fields.get(i), v instanceof String s ? s.trim() : v);
                }
                rows.add(row);
            }
            return new Table(fields, rows, cs);
        } catch (DBFException | IOException e) {
            throw new GeoReadException(dbf, Text.of("core.geo.dbfDamaged", e.getMessage()), e);
        }
    }

    static Charset charset(Path dbf, byte[] bytes, Path cpg) throws GeoReadException {
        if (cpg != null && Files.isRegularFile(cpg)) {
            try {
                String name = Files.readString(cpg, StandardCharsets.ISO_8859_1).trim();
                Charset cs = fromCpg(name);
                if (cs != null) return cs;
            } catch (IOException e) {
                throw new GeoReadException(cpg, Text.of("core.geo.cpgUnreadable", e.getMessage()), e);
            }
        }
        int languageDriver = bytes[29] & 0xFF;
        if (languageDriver == 0xC9) return CP1251;
        if (languageDriver == 0x26 || languageDriver == 0x65) return CP866;
        return isValidUtf8(textBytes(bytes)) ? StandardCharsets.UTF_8 : CP1251;
    }

    /** Names seen in .cpg files: "UTF-8", "65001", "1251", "CP1251", "ANSI 1251", "866", "cp866", "ISO-8859-5"... */
    static Charset fromCpg(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT).replace("ANSI", "").replace(" ", "").replace("_", "-");
        if (s.isEmpty()) return null;
        switch (s) {
            case "UTF-8", "UTF8", "65001": return StandardCharsets.UTF_8;
            case "1251", "CP1251", "WINDOWS-1251", "WIN1251": return CP1251;
            case "866", "CP866", "IBM866", "OEM866", "DOS866": return CP866;
            case "1252", "CP1252", "WINDOWS-1252": return Charset.forName("windows-1252");
            case "88591", "8859-1", "LATIN1": return StandardCharsets.ISO_8859_1;
            case "88595", "8859-5": return Charset.forName("ISO-8859-5");
            case "KOI8-R", "KOI8R", "20866": return Charset.forName("KOI8-R");
            default:
                try {
                    return Charset.forName(s);
                } catch (IllegalArgumentException e) {
                    return null; // unknown name: fall back to the other clues
                }
        }
    }

    /** The record area of the DBF (after the header), where the text values are. */
    private static byte[] textBytes(byte[] dbf) {
        int headerLength = (dbf[8] & 0xFF) | (dbf[9] & 0xFF) << 8;
        if (headerLength <= 0 || headerLength >= dbf.length) return new byte[0];
        return Arrays.copyOfRange(dbf, headerLength, dbf.length);
    }

    static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
