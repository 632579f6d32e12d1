package kz.aimaq.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.ui.map.MapViewModel;

import java.lang.management.ManagementFactory;
import java.util.Arrays;


/**
 * Benchmark mode of the real app (not a test): with {@code -Daimaq.probe=true} it prints the
 * time from JVM start to the first painted map, then times recolours (indicator and class
 * changes) and pan/zoom frames at oblast and district level, prints medians and exits.
 * Run under Xvfb: {@code AIMAQ_JAVA_OPTS="-Daimaq.probe=true -Djavafx.animation.fullspeed=true" xvfb-run ./aimaq}.
 */
public final class PerformanceProbe {
    private PerformanceProbe() {}

    public static boolean enabled() { return kz.aimaq.ui.map.Probe.enabled(); }

    /** Prints how long after JVM start a start-up phase ended (probe mode only). */
    public static void phase(String what) { kz.aimaq.ui.map.Probe.phase(what); }

    private static final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    public static void afterStart(MainWindow w) {
        MapViewModel vm = w.viewModel();
        vm.choroplethProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends kz.aimaq.core.render.Choropleth> o,
                                          kz.aimaq.core.render.Choropleth a, kz.aimaq.core.render.Choropleth c) {
                vm.choroplethProperty().removeListener(this);
                if (!started.compareAndSet(false, true)) return; // one measurement run, whatever fires
                // wait one pulse so the frame is really on screen
                new AnimationTimer() {
                    int frames;
                    @Override public void handle(long now) {
                        if (++frames < 2) return;
                        stop();
                        long startMs = ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("probe cold-start-to-map-ms " + (System.currentTimeMillis() - startMs));
                        Platform.runLater(() -> measure(w));
                    }
                }.start();
            }
        });
    }

    /**
     * Each change is made at a pulse and the time to the next pulse is recorded, so the figure
     * includes the scene rebuild, the painter's commands and the rasterisation of the frame.
     * Run with -Djavafx.animation.fullspeed=true so pulses are not capped at 60 Hz.
     */
    private static void sample(int n, java.util.function.IntConsumer change, java.util.function.Consumer<double[]> done) {
        double[] t = new double[n];
        new AnimationTimer() {
            long last = -1;
            int i = -1;
            @Override public void handle(long now) {
                if (i >= 0) t[i] = (now - last) / 1e6;
                if (++i == n) { stop(); Platform.runLater(() -> done.accept(t)); return; }
                last = System.nanoTime();
                change.accept(i);
            }
        }.start();
    }

    private static void measure(MainWindow w) {
        MapViewModel vm = w.viewModel();
        var ids = new String[]{"grp_per_capita", "unemployment_rate", "population_avg", "life_expectancy"};
        sample(60, i -> {
            if (i % 2 == 0) vm.indicatorProperty().set(vm.data().catalog().require(ids[(i / 2) % ids.length]));
            else vm.specProperty().set(vm.specProperty().get().withClasses(3 + i % 7)
                    .withMethod(i % 3 == 0 ? ClassificationMethod.NATURAL_BREAKS : ClassificationMethod.QUANTILE));
        }, r1 -> {
            report("oblast recolour frame (indicator or classes change)", r1);
            sample(60, i -> w.map().zoom(i % 4 < 2 ? 1.15 : 1 / 1.15), r2 -> {
                report("oblast pan/zoom frame", r2);
                vm.levelProperty().set(MapLevel.DISTRICT);
                waitForLayer(w, MapLevel.DISTRICT, () -> {
                    vm.indicatorProperty().set(vm.data().catalog().require("area_km2"));
                    sample(40, i -> vm.specProperty().set(vm.specProperty().get().withClasses(3 + i % 7)
                            .withMethod(i % 2 == 0 ? ClassificationMethod.NATURAL_BREAKS : ClassificationMethod.QUANTILE)), r3 -> {
                        report("district recolour frame (classes/method change)", r3);
                        sample(60, i -> w.map().zoom(i % 4 < 2 ? 1.15 : 1 / 1.15), r4 -> {
                            report("district pan/zoom frame", r4);
                            Platform.exit();
                            System.exit(0);
                        });
                    });
                });
            });
        });
    }

    private static void waitForLayer(MainWindow w, MapLevel level, Runnable then) {
        if (w.viewModel().layerProperty().get() != null && w.viewModel().layerProperty().get().layer().level() == level) {
            then.run();
            return;
        }
        w.viewModel().layerProperty().addListener((o, a, b) -> { if (b != null && b.layer().level() == level) Platform.runLater(then); });
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("probe %s: median %.2f ms, p90 %.2f ms, max %.2f ms (n=%d)%n", what, s[s.length / 2],
                s[(int) (s.length * 0.9)], s[s.length - 1], s.length);
    }
}
