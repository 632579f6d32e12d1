package kz.aimaq.core.analysis;

import kz.aimaq.core.data.IndicatorData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class TotalsWarningTest {

    private static IndexSpec spec(String... indicators) {
        List<IndexSpec.Component> c = new java.util.ArrayList<>();
        for (String i : indicators) c.add(new IndexSpec.Component(i, null, 1.0));
        return new IndexSpec("t", "T", "T", "T", c, IndexSpec.Normalisation.MIN_MAX, IndexSpec.Aggregation.ARITHMETIC);
    }

    @Test
    void aTotalIsFlaggedWithItsPerCapitaForm() {
        var catalog = IndicatorData.bundled().catalog();
        var w = TotalsWarning.of(spec("grp_per_capita", "air_emissions_stationary_kt", "hospitals_count"), catalog);
        assertEquals(List.of(new TotalsWarning("air_emissions_stationary_kt", Optional.of("air_emissions_per_capita_t")),
                new TotalsWarning("hospitals_count", Optional.empty())), w);
        assertTrue(w.getFirst().message().contains("air_emissions_per_capita_t"));
        assertTrue(TotalsWarning.of(spec("grp_per_capita", "env_protection_expenditure_per_capita"), catalog).isEmpty());
    }
}
