package kz.aimaq.ui.workspace;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.workspace.ImportedTable;
import kz.aimaq.core.workspace.MapSettings;
import kz.aimaq.ui.map.MapViewModel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Copies the map's state between the {@link MapViewModel} and a workspace's {@link MapSettings}. */
final class MapStateBinding {
    private MapStateBinding() {}

    static MapSettings read(MapViewModel vm) {
        ChoroplethSpec s = vm.specProperty().get();
        List<Double> breaks = s.manualBreaks() == null ? List.of() : Arrays.stream(s.manualBreaks()).boxed().toList();
        return new MapSettings(vm.levelProperty().get().name().toLowerCase(Locale.ROOT),
                vm.indicatorProperty().get() == null ? null : vm.indicatorProperty().get().id(),
                vm.yearProperty().get(), s.method().id(), s.classes(), s.paletteId(), s.reversePalette(),
                breaks, s.labels(), vm.langProperty().get());
    }

    /**
     * Shows {@code m} on the map. The interface language stays the user's choice (the saved
     * language only records how the file was last seen). Unknown values (an indicator this
     * build lacks) keep the current choice rather than fail: the rest of the work still opens.
     */
    static void apply(MapSettings m, MapViewModel vm) {
        ChoroplethSpec s = vm.specProperty().get();
        ClassificationMethod method;
        try {
            method = ClassificationMethod.fromId(m.method());
        } catch (IllegalArgumentException e) {
            method = s.method();
        }
        double[] breaks = m.manualBreaks().isEmpty() ? null : m.manualBreaks().stream().mapToDouble(Double::doubleValue).toArray();
        vm.specProperty().set(new ChoroplethSpec(method, m.classes() > 0 ? m.classes() : s.classes(), m.palette(),
                m.reversePalette(), breaks, s.lang(), m.labels()));
        vm.data().catalog().byId(m.indicator()).ifPresent(vm.indicatorProperty()::set);
        if (vm.years().contains(m.year())) vm.yearProperty().set(m.year());
        MapLevel level = "district".equalsIgnoreCase(m.level()) ? MapLevel.DISTRICT : MapLevel.OBLAST;
        if (vm.levelProperty().get() != level) vm.levelProperty().set(level);
    }

    /** Makes imported indicators known to the data the map draws from. */
    static void register(List<ImportedTable> tables, IndicatorData data) {
        for (ImportedTable t : tables) {
            data.catalog().add(t.indicator());
            for (Observation o : t.observations()) data.put(o);
        }
    }
}
