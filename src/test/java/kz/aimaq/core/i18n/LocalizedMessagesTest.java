package kz.aimaq.core.i18n;

import kz.aimaq.cli.CliTestAccess;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.importing.ImportException;
import kz.aimaq.core.data.importing.TableReader;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.scenario.Preset;
import kz.aimaq.core.stats.WeightsSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The core's messages to the user are said in the user's language, with their arguments. */
class LocalizedMessagesTest {
    static final Messages EN = Messages.of("en"), RU = Messages.of("ru"), KK = Messages.of("kk");

    @Test
    void aKeyedErrorIsEnglishForLogsAndTheUsersLanguageOnScreen() {
        var e = assertThrows(InvalidInputException.class, () -> ClassificationMethod.fromId("kmeans"));
        assertTrue(e.getMessage().startsWith("Unknown classification method 'kmeans'. Valid: quantile"), e.getMessage());
        assertTrue(e.message(RU).startsWith("Неизвестный метод классификации «kmeans». Допустимые: quantile"), e.message(RU));
        assertTrue(e.message(KK).startsWith("«kmeans» деген жіктеу әдісі жоқ."), e.message(KK));
    }

    @Test
    void yearsStayYearsAndDecimalsGetTheLanguagesComma() {
        Text t = Text.of("core.typology.period", 2025, 2022);
        assertEquals("the period must run forwards: --from 2025 --to 2022", t.en());
        assertEquals("период должен идти вперёд: --from 2025 --to 2022", t.in(RU));
        assertEquals("mix α must be between 0 and 1, got 2.5", Text.of("core.scenario.alpha", 2.5).en());
        assertEquals("доля α должна быть от 0 до 1, указано 2,5", Text.of("core.scenario.alpha", 2.5).in(RU));
    }

    @Test
    void aReasonInsideASentenceIsSaidInTheSameLanguage() {
        Text t = Text.of("core.geo.file", "a.shp", Text.of("core.geo.noShx", "a"), "/data/a.shp");
        assertEquals("a.shp: нет индексного файла a.shx; положите его рядом с .shp (/data/a.shp)", t.in(RU));
        assertEquals("a.shp: a.shx индекс файлы жоқ; оны .shp файлының қасына көшіріңіз (/data/a.shp)", t.in(KK));
        assertEquals(" в записи 3", Text.of("core.geo.inRecord", 3).in(RU), "the leading space survives the bundle");
    }

    @Test
    void theMessageOfAWrappedErrorIsFoundAmongItsCauses(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        ImportException e = assertThrows(ImportException.class, () -> TableReader.read(empty));
        assertEquals("Файл empty.csv пуст. Выберите файл CSV или Excel с таблицей регионов.", e.message(RU));
        var wrapped = new UncheckedIOException(new IOException("wrapper", e));
        assertEquals(e.message(KK), Localized.message(wrapped, KK));
        assertEquals("plain", Localized.message(new IllegalStateException("plain"), RU), "an unkeyed error keeps its text");
    }

    @Test
    void namesComeFromTheBundles() {
        assertEquals("Полюса роста", Preset.GROWTH_POLES.label("ru"));
        assertEquals("Өсу полюстері", Preset.GROWTH_POLES.label("kk"));
        assertEquals("Managed mix", Preset.MIX.label("en"));
        assertEquals("Пять макрорегионов", Groupings.preset("five").name("ru"));
        assertEquals("Бес макроөңір", Groupings.preset("five").name("kk"));
        assertEquals("Five macro-regions", Groupings.preset("five").name("en"));
        assertEquals("смежность по типу ферзя (queen)", WeightsSpec.parse("queen").label("ru"));
        assertEquals("4 ең жақын көрші", WeightsSpec.parse("knn:4").label("kk"));
        assertEquals("Aimaq жиынтық индексі", kz.aimaq.core.analysis.IndexResult.source("kk"));
    }

    @Test
    void theCommandLineSpeaksEnglishUnlessTheCommandHasALanguage(@TempDir Path dir) {
        var en = CliTestAccess.run("deck", "--maps", "gdp:2024", "--out", dir.resolve("x.pptx").toString());
        assertEquals(2, en.code());
        assertTrue(en.err().contains("Unknown indicator 'gdp'"), en.err());
        var ru = CliTestAccess.run("deck", "--maps", "gdp:2024", "--lang", "ru", "--out", dir.resolve("x.pptx").toString());
        assertEquals(2, ru.code());
        assertTrue(ru.err().contains("Неизвестный показатель «gdp»"), ru.err());
    }
}
