package kz.aimaq.core.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled tables are what datasets/make_datasets.py makes from ../shared, and the catalogue covers them. */
class DatasetsTest {

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void indicatorsCsvIsWhatTheScriptMakesFromShared(@TempDir Path out) throws Exception {
        assumeTrue(hasPython(), "python3 not installed: the regeneration check is skipped");
        Path src = Resources.sharedFolder().resolve("data/indicators");
        assumeTrue(Files.isDirectory(src), "no ../shared/data/indicators");
        Process p = new ProcessBuilder("python3", "datasets/make_datasets.py", src.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "make_datasets.py did not finish");
        assertEquals(0, p.exitValue(), log);
        assertEquals(Files.readString(Path.of("datasets/indicators.csv")), Files.readString(out.resolve("indicators.csv")),
                "datasets/indicators.csv differs from make_datasets.py's output: rerun python3 datasets/make_datasets.py");
        assertEquals(Files.readString(Path.of("datasets/regions.csv")), Files.readString(out.resolve("regions.csv")));
    }

    @Test
    void everyIndicatorHasACatalogueEntryAndEveryRatioKnownParts() {
        IndicatorData data = IndicatorData.bundled();
        Set<String> ids = new HashSet<>();
        data.catalog().all().forEach(i -> ids.add(i.id()));
        for (Indicator i : data.catalog().all()) {
            assertFalse(data.years(i.id()).isEmpty(), "no data for catalogue entry " + i.id());
            assertFalse(i.nameKk().isBlank() || i.nameRu().isBlank() || i.unitKk().isBlank(), i.id());
        }
        for (Ratio r : data.catalog().ratios()) {
            assertTrue(ids.contains(r.indicator()) && ids.contains(r.numerator()) && ids.contains(r.denominator()), r.toString());
        }
        assertTrue(data.catalog().ratio("doctors_per_10k").orElseThrow().derived());
        assertFalse(data.catalog().ratio("grp_per_capita").orElseThrow().derived());
    }

    /** Derived rates pinned on published inputs, including an old unit whose population is the sum of today's parts. */
    @Test
    void derivedRatesUseThePopulationOfTheSameTerritory() {
        IndicatorData data = IndicatorData.bundled();
        double doctors11 = data.get("doctors_all_specialties", 2016, "11").orElseThrow().value();
        double pop11 = data.get("population_avg", 2016, "11").orElseThrow().value();
        Observation d11 = data.get("doctors_per_10k", 2016, "11").orElseThrow();
        assertEquals(doctors11 / pop11 * 10_000, d11.value(), 0.005);
        assertTrue(d11.isDerived());
        assertTrue(d11.source().contains("doctors-by-region") && d11.source().contains("population"), d11.source());
        // Karaganda 2016, published on the pre-2022 territory: population = Karaganda + Ulytau of today.
        double doctors35 = data.get("doctors_all_specialties", 2016, "35").orElseThrow().value();
        double pop35 = data.get("population_avg", 2016, "35").orElseThrow().value() + data.get("population_avg", 2016, "62").orElseThrow().value();
        Observation d35 = data.get("doctors_per_10k", 2016, "35").orElseThrow();
        assertEquals(Observation.Boundary.PRE_2022, d35.boundary());
        assertEquals(doctors35 / pop35 * 10_000, d35.value(), 0.005);
        // Employment rate: its denominator is the whole population, and the note says so.
        Observation e = data.get("employment_rate_all_ages", 2023, "71").orElseThrow();
        assertTrue(e.note().contains("all ages"), e.note());
        assertTrue(e.value() > 30 && e.value() < 70, "employed per 100 residents: " + e.value());
    }

    @Test
    void valuesWhoseTerritoryIsNotStatedAreOnNoMap() {
        IndicatorData data = IndicatorData.bundled();
        Observation o = data.get("poverty_below_subsistence_min_pct", 2022, "35").orElseThrow();
        assertEquals(Observation.Boundary.UNSTATED, o.boundary());
        assertTrue(data.current("poverty_below_subsistence_min_pct", 2022, "35").isEmpty());
        assertFalse(new kz.aimaq.core.territory.TerritoryValues(data).values(kz.aimaq.core.territory.Territory.FROM_2022, "poverty_below_subsistence_min_pct", 2022).containsKey("35"));
        assertEquals(20, new kz.aimaq.core.territory.TerritoryValues(data).values(kz.aimaq.core.territory.Territory.FROM_2022, "poverty_below_subsistence_min_pct", 2023).size());
    }
}
