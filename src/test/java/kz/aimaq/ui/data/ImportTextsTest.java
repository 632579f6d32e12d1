package kz.aimaq.ui.data;

import kz.aimaq.core.data.importing.TableLayout;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The import dialog's kk, ru and en texts have the same keys, and every column role has a name. */
class ImportTextsTest {

    private static Set<String> keys(String lang) {
        ResourceBundle b = ResourceBundle.getBundle("i18n.import_messages", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(lang.equals("en") ? "" : lang, b.getLocale().getLanguage(), "bundle for " + lang);
        return new TreeSet<>(b.keySet());
    }

    @Test
    void bundlesAligned() {
        Set<String> en = keys("en");
        assertEquals(en, keys("ru"));
        assertEquals(en, keys("kk"));
        for (TableLayout.ColumnRole r : TableLayout.ColumnRole.values()) assertTrue(en.contains("import.role." + r.name()), r.name());
        for (String s : new String[]{"fuzzy", "ambiguous", "unmatched", "excluded", "manual", "duplicate"}) {
            assertTrue(en.contains("import.status." + s), s);
        }
    }
}
