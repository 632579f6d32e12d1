package kz.aimaq.ui.analysis;

import kz.aimaq.core.analysis.IndexSpec;
import kz.aimaq.core.analysis.IndexSpecJson;
import kz.aimaq.core.analysis.RegionType;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.stats.LisaClass;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The panel's logic without any node (JavaFX properties need no toolkit). */
class AnalysisViewModelTest {
    private final AnalysisViewModel vm = new AnalysisViewModel(IndicatorData.bundled());

    @Test
    void defaultIndexComputesAndShowsTheBestRegionsBreakdown() {
        assertTrue(vm.computeIndex(), vm.messageProperty().get());
        assertEquals(20, vm.indexResultProperty().get().scores().size());
        assertEquals("23", vm.selectedRegionProperty().get(), "Atyrau ranks first in 2022 and is selected");
        assertEquals(3, vm.breakdown().size());
        assertEquals("GRP per capita", vm.breakdown().getFirst().label());
        // arithmetic mean: the bars add up to the index
        double sum = vm.breakdown().stream().mapToDouble(AnalysisViewModel.Bar::contribution).sum();
        assertEquals(vm.indexResultProperty().get().score("23").orElseThrow().score(), sum, 1e-9);
        vm.selectedRegionProperty().set("61");
        assertEquals(0.0, vm.breakdown().getFirst().normalised(), 1e-12, "Turkistan has the lowest GRP per capita");
    }

    @Test
    void aYearWithoutDataKeepsTheOldResultAndSaysWhy() {
        vm.computeIndex();
        var before = vm.indexResultProperty().get();
        vm.indexYearProperty().set(2030);
        assertFalse(vm.computeIndex());
        assertSame(before, vm.indexResultProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Cannot compute:"), vm.messageProperty().get());
    }

    @Test
    void anIndexMayNotTakeThePlaceOfAPublishedIndicator() {
        vm.indexIdProperty().set("grp");
        assertFalse(vm.computeIndex());
        assertTrue(vm.messageProperty().get().contains("another id"), vm.messageProperty().get());
    }

    @Test
    void specRoundTripsThroughTheBuilder() {
        vm.components().remove(2);
        vm.addComponent("investment_fixed_capital");
        vm.normalisationProperty().set(IndexSpec.Normalisation.RANK);
        IndexSpec spec = IndexSpecJson.parse(IndexSpecJson.write(vm.spec()));
        AnalysisViewModel other = new AnalysisViewModel(IndicatorData.bundled());
        other.load(spec);
        assertEquals(vm.spec(), other.spec());
        assertEquals("investment_fixed_capital", other.components().getLast().indicatorProperty().get());
    }

    @Test
    void typologyAndClustersFeedTheCategoricalMap() {
        assertTrue(vm.computeTypology(), vm.messageProperty().get());
        var map = vm.categoricalMapProperty().get();
        assertEquals(RegionType.CATCHING_UP.ordinal(), map.classes().get("61"));
        vm.weightsProperty().set("knn:3");
        vm.permutationsProperty().set(199);
        assertTrue(vm.computeClusters(), vm.messageProperty().get());
        map = vm.categoricalMapProperty().get();
        assertEquals(20, map.classes().size());
        assertEquals(LisaClass.HIGH_HIGH.color(), map.category(1).orElseThrow().color());
        assertEquals(-1.0 / 19, vm.moranProperty().get().expectedI(), 1e-12);
        vm.weightsProperty().set("hexagons");
        assertFalse(vm.computeClusters());
        assertTrue(vm.messageProperty().get().contains("knn:K"));
    }

    @Test
    void bundlesHaveTheSameKeysInEveryLanguage() throws IOException {
        Set<Object> en = keys(""), ru = keys("_ru"), kk = keys("_kk");
        assertEquals(en, ru);
        assertEquals(en, kk);
        assertEquals("Композитный индекс", new AnalysisTexts("ru").get("analysis.index"));
    }

    private static Set<Object> keys(String suffix) throws IOException {
        Properties p = new Properties();
        try (var in = AnalysisTexts.class.getResourceAsStream("/i18n/analysis" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}
