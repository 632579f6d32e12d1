package kz.aimaq.core.geo;

/**
 * Repairs names typed with Latin letters that look like Cyrillic ones ("Aршалинский" with a
 * Latin A, "Солтүстiк" with a Latin i), a common defect of boundary files that breaks name
 * joins and sorting. A Latin look-alike is replaced only inside a word that also has Cyrillic
 * letters, so Latin names ("Abai") and mixed text like "KZ-10 Абай" stay as they are.
 */
public final class NameRepair {
    private NameRepair() {}

    private static final String LATIN = "AaBCcEeHKMOoPpTXxyiI";
    // Latin i and I become the Kazakh/Ukrainian і and І, which is what they stand for in Kazakh.
    private static final String CYRILLIC = "АаВСсЕеНКМОоРрТХхуіІ";

    public static String fixHomoglyphs(String text) {
        if (text == null || text.isEmpty()) return text;
        char[] c = text.toCharArray();
        int i = 0;
        while (i < c.length) {
            if (!Character.isLetter(c[i])) { i++; continue; }
            int end = i;
            boolean cyrillic = false;
            while (end < c.length && Character.isLetter(c[end])) {
                if (Character.UnicodeBlock.of(c[end]) == Character.UnicodeBlock.CYRILLIC) cyrillic = true;
                end++;
            }
            if (cyrillic) {
                for (int k = i; k < end; k++) {
                    int at = LATIN.indexOf(c[k]);
                    if (at >= 0) c[k] = CYRILLIC.charAt(at);
                }
            }
            i = end;
        }
        return new String(c);
    }
}
