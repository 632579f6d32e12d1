package kz.aimaq.core.classify;

import kz.aimaq.core.i18n.InvalidInputException;
import java.util.Arrays;

/**
 * A ColorBrewer colour scheme: one list of 0xRRGGBB colours per number of classes.
 *
 * <p>{@link #colors(int)} answers for {@link #minClasses()}..{@link #maxClasses()} (3..9 for
 * sequential and diverging schemes, up to 8 or 12 for qualitative ones). A classification can
 * end up with one or two classes (quantiles collapse on tied values), so k = 1 and 2 are answered
 * too, from the 3-class scheme: its light and dark ends for 2 (its first two for qualitative
 * schemes), its middle colour for 1.
 *
 * @param id                  ColorBrewer's name ("YlOrRd"); a reversed scheme ends in "_r"
 * @param name                readable name ("Yellow-Orange-Red")
 * @param colorBlindSafe      ColorBrewer rates every k this scheme offers safe for colour-blind readers
 * @param colorBlindSafeUpTo  the largest k rated colour-blind safe (0 when none is)
 * @param schemes             {@code schemes[k - 3]} holds the k colours, lightest/first first
 */
public record Palette(String id, String name, Type type, boolean colorBlindSafe, int colorBlindSafeUpTo,
                      int[][] schemes) {

    /** Sequential for ordered data, diverging around a midpoint, qualitative for categories (groups). */
    public enum Type { SEQUENTIAL, DIVERGING, QUALITATIVE }

    private static final String REVERSED_SUFFIX = "_r";

    public Palette {
        if (schemes.length == 0) throw new IllegalArgumentException("palette " + id + " has no colours");
        int[][] copy = new int[schemes.length][];
        for (int i = 0; i < schemes.length; i++) {
            if (schemes[i].length != i + 3) {
                throw new IllegalArgumentException("palette " + id + ": scheme " + i + " must have " + (i + 3) + " colours");
            }
            copy[i] = schemes[i].clone();
        }
        schemes = copy;
    }

    /** Builds a palette from one string per k (3, 4, ...), colours as space-separated hex. */
    static Palette of(String id, String name, Type type, int safeUpTo, String... byK) {
        int[][] schemes = new int[byK.length][];
        for (int i = 0; i < byK.length; i++) {
            schemes[i] = hexColours(byK[i]);
        }
        int max = byK.length + 2;
        return new Palette(id, name, type, safeUpTo >= max, Math.min(safeUpTo, max), schemes);
    }

    /**
     * "deebf7 9ecae1 3182bd" as 0xRRGGBB values. Read by hand: the palettes are made on the way to
     * every first map, and the regular-expression split and streams of 250 strings, cold, took
     * about 15 ms of the render thread.
     */
    static int[] hexColours(String spaced) {
        int[] out = new int[spaced.length() / 6 + 1];
        int n = 0, value = 0, digits = 0;
        for (int i = 0; i <= spaced.length(); i++) {
            char c = i < spaced.length() ? spaced.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (digits > 0) out[n++] = value;
                value = 0;
                digits = 0;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0) throw new IllegalArgumentException("not a hex colour: " + spaced);
            value = value * 16 + d;
            digits++;
        }
        return Arrays.copyOf(out, n);
    }

    public int minClasses() { return 3; }

    public int maxClasses() { return schemes.length + 2; }

    /**
     * The k colours as 0xRRGGBB, for the lowest class first.
     * @throws IllegalArgumentException when k is below 1 or above {@link #maxClasses()}
     */
    public int[] colors(int k) {
        if (k >= 3 && k <= maxClasses()) return schemes[k - 3].clone();
        int[] three = schemes[0];
        if (k == 2) return type == Type.QUALITATIVE ? new int[]{three[0], three[1]} : new int[]{three[0], three[2]};
        if (k == 1) return new int[]{three[1]};
        throw new InvalidInputException("core.classify.paletteClasses", id, maxClasses(), k);
    }

    /** Whether ColorBrewer rates the k-colour version safe for colour-blind readers. */
    public boolean colorBlindSafe(int k) { return k <= colorBlindSafeUpTo; }

    /** The same colours in the opposite order (dark for low values); reversing twice gives the original. */
    public Palette reversed() {
        int[][] r = new int[schemes.length][];
        for (int i = 0; i < schemes.length; i++) {
            int[] s = schemes[i];
            r[i] = new int[s.length];
            for (int j = 0; j < s.length; j++) r[i][j] = s[s.length - 1 - j];
        }
        boolean isReversed = id.endsWith(REVERSED_SUFFIX);
        String newId = isReversed ? id.substring(0, id.length() - REVERSED_SUFFIX.length()) : id + REVERSED_SUFFIX;
        String newName = isReversed ? name.replace(" (reversed)", "") : name + " (reversed)";
        return new Palette(newId, newName, type, colorBlindSafe, colorBlindSafeUpTo, r);
    }

    /** 0xRRGGBB as "#rrggbb", for CSS, SVG and logs. */
    public static String hex(int rgb) { return String.format("#%06x", rgb & 0xFFFFFF); }

    @Override public int[][] schemes() {
        int[][] copy = new int[schemes.length][];
        for (int i = 0; i < schemes.length; i++) copy[i] = schemes[i].clone();
        return copy;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Palette p && p.id.equals(id) && p.type == type && Arrays.deepEquals(p.schemes, schemes);
    }

    @Override public int hashCode() { return id.hashCode() * 31 + Arrays.deepHashCode(schemes); }

    @Override public String toString() { return "Palette[" + id + ", " + type + ", k=3.." + maxClasses() + "]"; }
}
