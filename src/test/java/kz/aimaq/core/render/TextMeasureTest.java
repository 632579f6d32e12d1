package kz.aimaq.core.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Widths and wrapped lines are remembered per text, size, weight and line width, never mixed up. */
class TextMeasureTest {
    static final String TITLE = "Жан басына шаққандағы ЖӨӨ, 2025";

    @Test
    void aTitleWrapsByTheWidthAskedEachTime() {
        double whole = TextMeasure.width(TITLE, 12, true);
        List<String> narrow = TextMeasure.wrap(TITLE, 12, true, whole / 2);
        List<String> wide = TextMeasure.wrap(TITLE, 12, true, whole + 1);
        assertTrue(narrow.size() >= 2, "half its width: two lines or more, got " + narrow);
        assertEquals(List.of(TITLE), wide);
        assertEquals(narrow, TextMeasure.wrap(TITLE, 12, true, whole / 2), "asked again");
        assertEquals(String.join(" ", narrow), TITLE, "no word lost or repeated");
        assertThrows(UnsupportedOperationException.class, () -> narrow.add("x"), "a remembered answer cannot be changed");
    }

    @Test
    void boldAndLargerTextIsWider() {
        double plain = TextMeasure.width(TITLE, 12, false);
        assertTrue(TextMeasure.width(TITLE, 12, true) > plain);
        assertEquals(2 * plain, TextMeasure.width(TITLE, 24, false), plain * 0.05);
        assertEquals(plain, TextMeasure.width(TITLE, 12, false), "asked again");
    }
}
