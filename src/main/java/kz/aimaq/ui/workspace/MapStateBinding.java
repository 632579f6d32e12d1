package kz.aimaq.ui.workspace;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.workspace.ImportedTable;
import kz.aimaq.core.workspace.MapSettings;
import kz.aimaq.ui.map.MapViewModel;

import java.util.*;
import java.util.stream.Collectors;

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
        vm.specProperty().set(m.spec(vm.specProperty().get()));
        vm.data().catalog().byId(m.indicator()).ifPresent(vm.indicatorProperty()::set);
        if (vm.years().contains(m.year())) vm.yearProperty().set(m.year());
        MapLevel level = "district".equalsIgnoreCase(m.level()) ? MapLevel.DISTRICT : MapLevel.OBLAST;
        if (vm.levelProperty().get() != level) vm.levelProperty().set(level);
    }

    /** Makes imported indicators known to the data the map draws from (and to the indicator list). */
    static void register(List<ImportedTable> tables, MapViewModel vm) {
        for (ImportedTable t : tables) vm.addIndicator(t.indicator(), t.observations());
    }

    /**
     * The indicators added during the session (imported tables, computed indices), with all
     * their values, in a stable order (so an unchanged session compares equal).
     */
    static List<ImportedTable> added(IndicatorData data) {
        Set<String> bundled = Bundled.IDS;
        List<ImportedTable> out = new ArrayList<>();
        for (Indicator i : data.catalog().all().stream().sorted(Comparator.comparing(Indicator::id)).toList()) {
            if (bundled.contains(i.id())) continue;
            List<Observation> obs = new ArrayList<>();
            for (int y : data.years(i.id())) {
                data.year(i.id(), y).values().stream().sorted(Comparator.comparing(Observation::kato)).forEach(obs::add);
            }
            out.add(new ImportedTable(i, obs));
        }
        return out;
    }

    /**
     * Ids of the indicators that ship with the app, read from the catalogue file itself (the
     * shared {@link IndicatorData#bundled()} instance may already hold added indicators).
     */
    private static final class Bundled {
        static final Set<String> IDS = read();

        private static Set<String> read() {
            try (var r = kz.aimaq.core.data.Resources.reader("datasets/indicator_catalog.csv")) {
                return kz.aimaq.core.data.IndicatorCatalog.read(r).all().stream().map(Indicator::id)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
