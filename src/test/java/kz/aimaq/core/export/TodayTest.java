package kz.aimaq.core.export;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.*;

class TodayTest {
    @Test
    void printsTodayAsDayMonthYearWithTwoDigits() {
        String before = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String text = Today.text();
        String after = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertTrue(text.equals(before) || text.equals(after), text + " vs " + before);
        assertTrue(text.matches("\\d\\d\\.\\d\\d\\.\\d{4}"), text);
    }
}
