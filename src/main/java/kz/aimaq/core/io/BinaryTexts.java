package kz.aimaq.core.io;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Texts in the program's own cache files (layers, observation snapshot): an int length, then
 * UTF-8. DataOutputStream's writeUTF stops at 64 KB and writes modified UTF-8; the caches are read
 * whole into a ByteBuffer, in bulk, because they are read at every start before any code is compiled.
 */
public final class BinaryTexts {
    private BinaryTexts() {}

    public static void write(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** The next text; an IOException for a length the buffer cannot hold (a broken file). */
    public static String read(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) throw new IOException("bad text length " + n);
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
