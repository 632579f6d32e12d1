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
 *
 * <p>A .cpg is often wrong (a cp1251 file labelled UTF-8, or the reverse), which gives names
 * like "РђР»РјР°С‚С‹" or "�����". So the named charset is checked against the bytes: when
 * they are not valid in it, or another of UTF-8, 1251 and 866 gives clearly more plain
 * Cyrillic letters and fewer stray symbols, that one is used and a {@link LayerFinding} says so.
 *
 * <p>The header is checked against the file's size before JavaDBF reads it (a corrupt header
 * otherwise ends in NegativeArraySizeException or a message of "null").
 */
final class DbfFile {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP866 = Charset.forName("IBM866");

    private DbfFile() {}

    /** The attribute table: field names and one row per record, deleted records included so rows line up with shapes. */
    record Table(List<String> fields, List<Map<String, Object>> rows, Charset charset, List<LayerFinding> warnings) {}

    static Table read(Path dbf, Path cpg) throws GeoReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dbf);
        } catch (IOException e) {
            throw GeoReadException.keyed(dbf, e, ReadErrors.key(e), ReadErrors.detail(e));
        }
        checkHeader(dbf, bytes);
        List<LayerFinding> warnings = new ArrayList<>();
        Charset cs = charset(dbf, bytes, cpg, warnings);
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
            return new Table(fields, rows, cs, warnings);
        } catch (IOException | RuntimeException e) {
            // JavaDBF's own messages are often null or an array index: say what it means
            throw GeoReadException.keyed(dbf, e, "geo.error.dbfDamaged");
        }
    }

    /** dBASE header: record count at 4, header length at 8, record length at 10 (little-endian). */
    static void checkHeader(Path dbf, byte[] b) throws GeoReadException {
        if (b.length < 33) throw GeoReadException.keyed(dbf, "geo.error.dbfTruncated", b.length);
        long records = ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(4) & 0xFFFFFFFFL;
        int headerLength = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
        int recordLength = (b[10] & 0xFF) | (b[11] & 0xFF) << 8;
        if (headerLength < 33 || headerLength > b.length || recordLength < 1) {
            throw GeoReadException.keyed(dbf, "geo.error.dbfHeader", headerLength, recordLength, b.length);
        }
        long needed = headerLength + records * recordLength;
        if (needed > b.length) {
            long present = (b.length - headerLength) / recordLength;
            throw GeoReadException.keyed(dbf, "geo.error.dbfRecords", records, present);
        }
    }

    static Charset charset(Path dbf, byte[] bytes, Path cpg) throws GeoReadException {
        return charset(dbf, bytes, cpg, new ArrayList<>());
    }

    static Charset charset(Path dbf, byte[] bytes, Path cpg, List<LayerFinding> warnings) throws GeoReadException {
        byte[] text = textBytes(bytes);
        if (cpg != null && Files.isRegularFile(cpg)) {
            String name;
            try {
                name = Files.readString(cpg, StandardCharsets.ISO_8859_1).trim();
            } catch (IOException e) {
                throw GeoReadException.keyed(cpg, e, ReadErrors.key(e), ReadErrors.detail(e));
            }
            Charset cs = fromCpg(name);
            if (cs != null) {
                Charset better = moreLikely(text, cs);
                if (better != cs) {
                    warnings.add(LayerFinding.of("geo.finding.cpgWrong", cpg.getFileName(), cs.name(), better.name()));
                }
                return better;
            }
        }
        int languageDriver = bytes[29] & 0xFF;
        if (languageDriver == 0xC9) return moreLikely(text, CP1251);
        if (languageDriver == 0x26 || languageDriver == 0x65) return moreLikely(text, CP866);
        return isValidUtf8(text) ? StandardCharsets.UTF_8 : moreLikely(text, CP1251);
    }

    /**
     * {@code named} unless the bytes are invalid in it or another candidate reads clearly more
     * like Kazakh/Russian text (see {@link #plausibility}). Pure ASCII says nothing: named wins.
     */
    static Charset moreLikely(byte[] text, Charset named) {
        boolean ascii = true;
        for (byte x : text) if (x < 0) { ascii = false; break; }
        if (ascii) return named;
        boolean utf8 = isValidUtf8(text);
        if (named.equals(StandardCharsets.UTF_8) && utf8) return named; // multi-byte text valid as UTF-8 is UTF-8
        Charset best = named;
        long bestScore = plausibility(decode(text, named));
        for (Charset c : new Charset[]{StandardCharsets.UTF_8, CP1251, CP866}) {
            if (c.equals(named) || c.equals(StandardCharsets.UTF_8) && !utf8) continue;
            long score = plausibility(decode(text, c));
            // "clearly": a fifth of the text's letters more, so a few odd symbols do not switch it
            if (score > bestScore + Math.max(2, Math.abs(bestScore) / 5)) { best = c; bestScore = score; }
        }
        if (utf8 && !named.equals(StandardCharsets.UTF_8) && best.equals(named)) {
            // valid multi-byte UTF-8 read as a single-byte charset is the classic "РђР»..." mojibake
            String asNamed = decode(text, named);
            if (asNamed.matches("(?s).*[РС][\u0402-\u040F\u0452-\u045F\u0080-\u00BF\u2010-\u203A\u2116°±µ¶·].*")) {
                best = StandardCharsets.UTF_8;
            }
        }
        return best;
    }

    private static String decode(byte[] b, Charset cs) {
        return new String(b, cs);
    }

    /** Plain Russian and Kazakh letters count for the text; replacement characters and stray symbols against it. */
    static long plausibility(String s) {
        long score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            if (c >= 'А' && c <= 'я' || c == 'Ё' || c == 'ё' || "ӘәҒғҚқҢңӨөҰұҮүҺһІі".indexOf(c) >= 0) score += 1;
            else if (c == '\uFFFD') score -= 5;
            else if (c == '\u00A0' || c == '«' || c == '»' || c == '–' || c == '—' || c == '№') { /* neutral */ }
            else score -= 3;
        }
        return score;
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
