package kz.aimaq.core.data.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static kz.aimaq.core.data.importing.NumberParser.DecimalMark.*;
import static org.junit.jupiter.api.Assertions.*;

class NumberParserTest {

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "1234.5|POINT|1234.5", "1234,5|COMMA|1234.5", "1 234,5|COMMA|1234.5", "1\u00A0234\u00A0567,25|COMMA|1234567.25",
            "1\u202F234,5|COMMA|1234.5", "1'234.5|POINT|1234.5", "1’234’567|POINT|1234567", "1,234,567.8|POINT|1234567.8",
            "1.234.567,8|COMMA|1234567.8", "1,234|POINT|1234", "1,234|COMMA|1.234", "1.234|COMMA|1234", "12,5|POINT|12.5",
            "-3,2|COMMA|-3.2", "−3.2|POINT|-3.2", "5.2*|POINT|5.2", "4,8%|COMMA|4.8", "2010|POINT|2010", "1.9765004E7|POINT|19765004"})
    void readsNumbers(String text, NumberParser.DecimalMark mark, double expected) {
        assertEquals(new NumberParser.Value.Number(expected), new NumberParser(mark).parse(text));
    }

    @Test
    void noDataMarks() {
        NumberParser p = new NumberParser(POINT);
        for (String s : List.of("-", "–", "…", "...", "x", "х", "X", "Х", "н/д", "n/a")) {
            assertInstanceOf(NumberParser.Value.NoData.class, p.parse(s), s);
        }
        assertInstanceOf(NumberParser.Value.Blank.class, p.parse("  "));
        assertInstanceOf(NumberParser.Value.Text.class, p.parse("Акмолинская"));
        assertInstanceOf(NumberParser.Value.Text.class, p.parse("12 abc"));
    }

    @Test
    void guessesTheDecimalMarkOfASheet() {
        Grid comma = new Grid("s", List.of(List.of(new Grid.Cell("1 234,5", null), new Grid.Cell("7,25", null))));
        Grid point = new Grid("s", List.of(List.of(new Grid.Cell("1,234.5", null), new Grid.Cell("7.25", null))));
        assertEquals(COMMA, NumberParser.guess(comma));
        assertEquals(POINT, NumberParser.guess(point));
    }
}
