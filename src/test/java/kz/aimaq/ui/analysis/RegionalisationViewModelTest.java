package kz.aimaq.ui.analysis;

import kz.aimaq.core.analysis.CategoricalMap;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.GroupingFiles;
import kz.aimaq.core.stats.GetisOrd;
import kz.aimaq.core.stats.Significance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The regionalisation section and the local-statistic map choice, without nodes. */
class RegionalisationViewModelTest {
    @TempDir Path dir;
    private final RegionalisationViewModel vm = new RegionalisationViewModel(IndicatorData.bundled(), () -> RegionLayers.load(MapLevel.OBLAST));

    @Test
    void proposalWithFitBesideTheOfficialGroupingsAndSavedAsAGroupingFile() throws Exception {
        vm.minPopulationProperty().set(2_000_000);
        assertTrue(vm.propose(), vm.messageProperty().get());
        RegionalisationViewModel.Proposal p = vm.proposalProperty().get();
        assertEquals(5, p.result().groups());
        assertEquals(3, p.fits().size());
        assertEquals("skater", p.fits().get(0).grouping());
        assertEquals("five", p.fits().get(1).grouping());
        assertTrue(p.fits().get(0).fit().withinSsd() <= p.fits().get(1).fit().withinSsd());
        assertTrue(p.fits().get(0).fit().contiguous());
        // against the CLI's figures (docs/analysis.md): Zhetisu, Karaganda, Kostanay, Pavlodar, Ulytau, Almaty city move
        assertEquals(java.util.List.of("33", "35", "39", "55", "62", "75"), p.moved());
        assertEquals(5, p.map().categories().size());
        Path f = dir.resolve("g.json");
        assertTrue(vm.save(f));
        Grouping back = GroupingFiles.read(f);
        assertEquals(p.grouping(), back);
    }

    @Test
    void refusedInputKeepsTheLastProposalAndSaysWhy() {
        assertTrue(vm.propose());
        var before = vm.proposalProperty().get();
        vm.yearProperty().set(1990);
        assertFalse(vm.propose());
        assertSame(before, vm.proposalProperty().get());
        assertTrue(vm.messageProperty().get().contains("1990"), vm.messageProperty().get());
        vm.yearProperty().set(2024);
        vm.indicators().clear();
        assertFalse(vm.propose());
        assertTrue(vm.messageProperty().get().contains("at least one indicator"), vm.messageProperty().get());
    }

    @Test
    void clustersSectionMapsTheChosenLocalStatistic() {
        AnalysisViewModel a = new AnalysisViewModel(IndicatorData.bundled());
        a.localMapProperty().set(AnalysisViewModel.LocalMap.GI_STAR);
        assertTrue(a.computeClusters(), a.messageProperty().get());
        CategoricalMap m = a.categoricalMapProperty().get();
        assertTrue(m.category(GetisOrd.Spot.HOT.code()).isPresent());
        assertEquals(a.hotSpotsProperty().get().classCodes(), m.classes());
        assertTrue(m.title().startsWith("Hot spots (Getis–Ord Gi*): Unemployment"), m.title());

        a.localMapProperty().set(AnalysisViewModel.LocalMap.SIGNIFICANCE);
        a.alphaProperty().set(0.01);
        assertTrue(a.computeClusters());
        assertEquals(java.util.List.of(Significance.P001.code(), Significance.P01.code(), Significance.NOT_SIGNIFICANT.code()),
                a.categoricalMapProperty().get().categories().stream().map(CategoricalMap.Category::code).toList());

        a.localMapProperty().set(AnalysisViewModel.LocalMap.LOCAL_GEARY);
        assertTrue(a.computeClusters());
        assertEquals(a.localGearyProperty().get().classCodes(), a.categoricalMapProperty().get().classes());

        a.alphaProperty().set(0.2);
        assertFalse(a.computeClusters());
        assertTrue(a.messageProperty().get().contains("0.05, 0.01 or 0.001"), a.messageProperty().get());
    }
}
