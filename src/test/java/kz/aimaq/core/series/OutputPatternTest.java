package kz.aimaq.core.series;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OutputPatternTest {

    @Test
    void twoIndicatorsTimesThreeYearsGiveSixDistinctFiles() {
        OutputPattern p = new OutputPattern("maps/{indicator}/{indicator}-{year}.png");
        assertEquals(List.of(), p.check(2, 3));
        List<Path> files = new ArrayList<>();
        for (String id : List.of("grp", "unemployment_rate")) for (int y : List.of(2016, 2018, 2022)) files.add(p.file(id, y));
        assertEquals(List.of(Path.of("maps/grp/grp-2016.png"), Path.of("maps/grp/grp-2018.png"), Path.of("maps/grp/grp-2022.png"),
                Path.of("maps/unemployment_rate/unemployment_rate-2016.png"), Path.of("maps/unemployment_rate/unemployment_rate-2018.png"),
                Path.of("maps/unemployment_rate/unemployment_rate-2022.png")), files);
    }

    @Test
    void aPatternThatWouldOverwriteItsOwnMapsIsRefused() {
        assertEquals(List.of(new OutputPattern.Refusal(OutputPattern.Problem.NEEDS_YEAR, "{year}")),
                new OutputPattern("maps/{indicator}.png").check(2, 3));
        assertEquals(List.of(new OutputPattern.Refusal(OutputPattern.Problem.NEEDS_INDICATOR, "{indicator}")),
                new OutputPattern("maps/{year}.png").check(2, 3));
        assertEquals(2, new OutputPattern("map.png").check(2, 3).size());
        // one map needs no placeholder, and may still use one
        assertEquals(List.of(), new OutputPattern("map.png").check(1, 1));
        assertEquals(Path.of("grp-2024.png"), new OutputPattern("{indicator}-{year}.png").file("grp", 2024));
    }

    @Test
    void aMisspeltPlaceholderIsRefusedRatherThanWrittenLiterally() {
        assertEquals(List.of(new OutputPattern.Refusal(OutputPattern.Problem.UNKNOWN_PLACEHOLDER, "{yaer}")),
                new OutputPattern("maps/{indicator}-{yaer}.png").check(1, 1));
    }
}
