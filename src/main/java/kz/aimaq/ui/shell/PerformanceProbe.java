package kz.aimaq.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.EventType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.ui.map.MapViewModel;

import java.lang.management.ManagementFactory;
import java.util.Arrays;


/**
 * Benchmark mode of the real app (not a test): with {@code -Daimaq.probe=true} it prints the
 * time from JVM start to the first painted map, then times recolours (indicator and class
 * changes) and pan/zoom frames at oblast and district level, then the reopening of a project, a
 * 1,000-run scenario to its charts (twice) and a 10,000-run one, and the resident memory after
 * those; prints the figures and exits.
 * Run under Xvfb: {@code AIMAQ_JAVA_OPTS="-Daimaq.probe=true -Djavafx.animation.fullspeed=true" xvfb-run ./aimaq};
 * add {@code -Daimaq.probe.framesOnly=true} to stop after the frame measurements, and
 * {@code -Daimaq.probe.eachFrame=true} to print every frame's time in order (which frames make a p90).
 */
public final class PerformanceProbe {
    private PerformanceProbe() {}

    public static boolean enabled() { return kz.aimaq.ui.map.Probe.enabled(); }

    /** Prints how long after JVM start a start-up phase ended (probe mode only). */
    public static void phase(String what) { kz.aimaq.ui.map.Probe.phase(what); }

    /**
     * With {@code -Daimaq.probe.startOnly=true} the probe ends once the start-up is complete (the
     * map painted and the side tabs attached): repeated start measurements without the minutes of
     * frame and scenario timings.
     */
    private static void startMeasured() {
        if (enabled() && Boolean.getBoolean("aimaq.probe.startOnly")) {
            Platform.exit();
            System.exit(0);
        }
    }

    private static boolean sideTabsReady;
    private static Runnable afterSideTabs;

    /** The hidden side tabs have joined the scene: start-up is complete. */
    static void sideTabsReady() {
        if (!enabled()) return;
        phase("side-tabs-ready");
        sideTabsReady = true;
        startMeasured();
        if (afterSideTabs != null) {
            Runnable r = afterSideTabs;
            afterSideTabs = null;
            Platform.runLater(r);
        }
    }

    /**
     * The frames are timed once start-up is over. The hidden side tabs join the scene one per
     * pulse after the first map; while they did, the first three seconds of recolours also timed
     * their styling and layout (Node.applyCss under MainWindow.deferHiddenTabs: 40 % of the UI
     * thread's JFR samples in that window), which is what had looked like a CSS pass per recolour.
     */
    private static void whenSideTabsReady(Runnable r) {
        if (sideTabsReady) Platform.runLater(r);
        else afterSideTabs = r;
    }

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
                        System.out.println("probe cold-start-cpu-ms " + kz.aimaq.ui.map.Probe.processCpuMs());
                        if (Boolean.getBoolean("aimaq.probe.threads")) System.out.println("probe cold-start-cpu-by-thread " + cpuByThread());
                        if (!Boolean.getBoolean("aimaq.probe.startOnly")) whenSideTabsReady(() -> measure(w));
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
        phase("start of a measurement");
        long[] cpu0 = frameThreadsCpu();
        new AnimationTimer() {
            long last = -1;
            int i = -1;
            final boolean each = Boolean.getBoolean("aimaq.probe.eachFrame");
            final long[] cpuBefore = new long[2];
            @Override public void handle(long now) {
                if (i >= 0) t[i] = (now - last) / 1e6;
                if (each) {
                    long[] c = frameThreadsCpu();
                    if (i >= 0) eachCpu.append(String.format(" %.0f/%.0f", (c[0] - cpuBefore[0]) / 1e6, (c[1] - cpuBefore[1]) / 1e6));
                    cpuBefore[0] = c[0];
                    cpuBefore[1] = c[1];
                }
                if (++i == n) {
                    stop();
                    long[] cpu1 = frameThreadsCpu();
                    cpuPerFrame = String.format("; CPU per frame %.1f ms (UI thread %.1f, renderer %.1f)",
                            (cpu1[0] + cpu1[1] - cpu0[0] - cpu0[1]) / 1e6 / n, (cpu1[0] - cpu0[0]) / 1e6 / n, (cpu1[1] - cpu0[1]) / 1e6 / n);
                    Platform.runLater(() -> done.accept(t));
                    return;
                }
                last = System.nanoTime();
                change.accept(i);
            }
        }.start();
    }

    /**
     * Each frame the pointer moves onto the next region (its label point): the map highlights it
     * and the tooltip follows, as when a planner runs the mouse across the map.
     */
    private static java.util.function.IntConsumer hover(MainWindow w) {
        return i -> {
            var map = w.map();
            var areas = map.mapSceneProperty().get().areas();
            var a = areas.get((i * 7) % areas.size());
            var v = map.viewport();
            var p = map.localToScene(v.toDeviceX(a.labelX()), v.toDeviceY(a.labelY()));
            var screen = map.localToScreen(v.toDeviceX(a.labelX()), v.toDeviceY(a.labelY()));
            map.fireEvent(pointer(MouseEvent.MOUSE_MOVED, p.getX(), p.getY(), screen.getX(), screen.getY()));
        };
    }

    /** The pointer leaves the map (to the side panel, say): its outline and tooltip go. */
    private static void leave(MainWindow w) {
        w.map().fireEvent(pointer(MouseEvent.MOUSE_EXITED, 0, 0, 0, 0));
    }

    /** A pointer event without buttons or modifiers at scene (x, y) and screen (sx, sy). */
    private static MouseEvent pointer(EventType<MouseEvent> type, double x, double y, double sx, double sy) {
        return new MouseEvent(type, x, y, sx, sy, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null);
    }

    private static void measure(MainWindow w) {
        measureOblasts(w, () -> measureDistricts(w, () -> {
            if (Boolean.getBoolean("aimaq.probe.framesOnly")) { Platform.exit(); System.exit(0); }
            reopen(w, () -> scenarios(w, () -> {
                Platform.exit();
                System.exit(0);
            }));
        }));
    }

    /** Oblast map: recolours (indicator or classes), pan/zoom, then the pointer across regions. */
    private static void measureOblasts(MainWindow w, Runnable then) {
        MapViewModel vm = w.viewModel();
        var ids = new String[]{"grp_per_capita", "unemployment_rate", "population_avg", "life_expectancy"};
        sample(60, i -> {
            if (i % 2 == 0) vm.indicatorProperty().set(vm.data().catalog().require(ids[(i / 2) % ids.length]));
            else vm.specProperty().set(vm.specProperty().get().withClasses(3 + i % 7)
                    .withMethod(i % 3 == 0 ? ClassificationMethod.NATURAL_BREAKS : ClassificationMethod.QUANTILE));
        }, r1 -> {
            report("oblast recolour frame (indicator or classes change)", r1);
            zoomThenHover(w, "oblast", then);
        });
    }

    /** District map: recolours (classes, method), pan/zoom, then the pointer across districts. */
    private static void measureDistricts(MainWindow w, Runnable then) {
        MapViewModel vm = w.viewModel();
        vm.levelProperty().set(MapLevel.DISTRICT);
        waitForLayer(w, MapLevel.DISTRICT, () -> {
            vm.indicatorProperty().set(vm.data().catalog().require("area_km2"));
            sample(40, i -> vm.specProperty().set(vm.specProperty().get().withClasses(3 + i % 7)
                    .withMethod(i % 2 == 0 ? ClassificationMethod.NATURAL_BREAKS : ClassificationMethod.QUANTILE)), r1 -> {
                report("district recolour frame (classes/method change)", r1);
                zoomThenHover(w, "district", then);
            });
        });
    }

    /** Pan/zoom frames (zooming in and out), then, on the fitted map, the pointer across regions. */
    private static void zoomThenHover(MainWindow w, String level, Runnable then) {
        sample(60, i -> w.map().zoom(i % 4 < 2 ? 1.15 : 1 / 1.15), zoomed -> {
            report(level + " pan/zoom frame", zoomed);
            w.map().fit();
            sample(60, hover(w), hovered -> {
                report(level + " hover frame (pointer onto another region)", hovered);
                leave(w);
                then.run();
            });
        });
    }

    /**
     * Project reopen: the current work (district map, area) is saved to a temporary project, the
     * map is switched to another level and indicator, and File → Open's code path opens the file
     * again; timed from the call to the second pulse after the reopened map's colours are set.
     */
    private static void reopen(MainWindow w, Runnable then) {
        var feature = kz.aimaq.ui.workspace.WorkspaceFeature.of(w).orElse(null);
        if (feature == null) { then.run(); return; }
        MapViewModel vm = w.viewModel();
        java.nio.file.Path file;
        try {
            file = java.nio.file.Files.createTempFile("aimaq-probe-", kz.aimaq.core.workspace.WorkspaceFiles.EXTENSION);
            file.toFile().deleteOnExit();
            kz.aimaq.core.workspace.WorkspaceFiles.save(file, feature.snapshot());
        } catch (java.io.IOException e) {
            System.out.println("probe project-reopen skipped: " + e.getMessage());
            then.run();
            return;
        }
        vm.levelProperty().set(MapLevel.OBLAST);
        vm.indicatorProperty().set(vm.data().catalog().require("grp_per_capita"));
        waitForLayer(w, MapLevel.OBLAST, () -> afterPulses(3, () -> {
            long t0 = System.nanoTime();
            whenPainted(vm, MapLevel.DISTRICT, () -> {
                System.out.printf("probe project-reopen-to-map-ms %.0f%n", (System.nanoTime() - t0) / 1e6);
                then.run();
            });
            feature.open(file);
        }));
    }

    /**
     * Scenario to charts: the scenario tab is opened, then Run with 1,000 Monte Carlo runs is timed
     * from the call to the second pulse after the results reach the charts (twice: the first run
     * includes the JIT's warm-up). Then a 10,000-run scenario, and the process's resident memory
     * (VmRSS 2 s after a collection, VmHWM peak) with the district map and those results held.
     */
    private static void scenarios(MainWindow w, Runnable then) {
        javafx.scene.control.Tab tab = w.sideTabs().getTabs().stream()
                .filter(t -> "scenario-tab".equals(t.getId())).findFirst().orElse(null);
        if (tab == null) { then.run(); return; }
        java.util.function.Consumer<kz.aimaq.ui.scenario.ScenarioViewModel> go = svm -> {
            svm.bandRunsProperty().set(1000);
            timedRun(svm, "scenario-1000-runs-to-charts-ms (first)", () ->
                    timedRun(svm, "scenario-1000-runs-to-charts-ms (again)", () -> {
                        svm.bandRunsProperty().set(10_000);
                        timedRun(svm, "scenario-10000-runs-to-charts-ms", () -> {
                            System.gc(); // what stays resident, not garbage waiting for a collection
                            // ...nor memory on its way back: G1 uncommits the freed regions in the
                            // background, and the JVM trims the C library's heap once a second
                            // (./aimaq's TrimNativeHeapInterval); the peak is VmHWM beside it
                            var settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                            settle.setOnFinished(e -> afterPulses(3, () -> {
                                Runtime rt = Runtime.getRuntime();
                                System.out.println("probe resident-memory-kb (district map, 10000-run scenario) " + status("VmRSS")
                                        + " (peak " + status("VmHWM") + "); Java heap used " + ((rt.totalMemory() - rt.freeMemory()) >> 20)
                                        + " MB of " + (rt.totalMemory() >> 20) + " MB committed");
                                printMemoryBreakdown();
                                holdForInspection(then);
                            }));
                            settle.play();
                        });
                    }));
        };
        tab.contentProperty().addListener((o, a, c) -> {
            if (c instanceof javafx.scene.control.ScrollPane sp && sp.getContent() instanceof kz.aimaq.ui.scenario.ScenarioPanel panel) {
                afterPulses(3, () -> go.accept(panel.viewModel()));
            }
        });
        w.sideTabs().getSelectionModel().select(tab);
    }

    /**
     * With {@code -Daimaq.probe.holdSeconds=N} the app stays open N seconds after the memory line,
     * so {@code jcmd <pid> VM.native_memory summary}, {@code GC.class_histogram} or {@code pmap -x}
     * can look at the same state the figure describes; the process id is printed for them.
     */
    private static void holdForInspection(Runnable then) {
        long seconds = Long.getLong("aimaq.probe.holdSeconds", 0);
        if (seconds <= 0) { then.run(); return; }
        System.out.println("probe holding pid " + ProcessHandle.current().pid() + " for " + seconds + " s");
        System.out.flush();
        var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
        pause.setOnFinished(e -> {
            // G1 gives regions back to the system in the background after a collection (and
            // collects on its own when idle, G1PeriodicGCInterval): the figure once that is done
            System.out.println("probe resident-memory-kb after " + seconds + " s idle " + status("VmRSS"));
            printMemoryBreakdown();
            then.run();
        });
        pause.play();
    }

    private static void timedRun(kz.aimaq.ui.scenario.ScenarioViewModel svm, String what, Runnable then) {
        long t0 = System.nanoTime();
        var task = svm.run();
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> afterPulses(2, () -> {
            System.out.printf("probe %s %.0f%n", what, (System.nanoTime() - t0) / 1e6);
            then.run();
        }));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            System.out.println("probe " + what + " failed: " + task.getException());
            then.run();
        });
    }

    /**
     * What the resident memory is made of: anonymous (Java heap, JVM and native libraries' malloc,
     * thread stacks), file-backed (mapped libraries such as the JVM, GTK and Mesa, and the AOT
     * cache's read-only part) and shared (the X server's shared-memory image of the window); and,
     * when the JVM runs with -XX:NativeMemoryTracking=summary, what the JVM itself has committed
     * per category (NMT does not see the native libraries' own malloc and mappings).
     */
    private static void printMemoryBreakdown() {
        System.out.println("probe resident-memory-breakdown-kb anon " + status("RssAnon") + ", file " + status("RssFile")
                + ", shared " + status("RssShmem") + ", threads " + status("Threads"));
        try {
            var server = ManagementFactory.getPlatformMBeanServer();
            var dcmd = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if ("off".equals(hotspot.getVMOption("NativeMemoryTracking").getValue())) return;
            String nmt = (String) server.invoke(dcmd, "vmNativeMemory", new Object[]{new String[]{"summary"}},
                    new String[]{String[].class.getName()});
            var line = java.util.regex.Pattern.compile("(?m)^\\s*(?:-\\s+)?(Total|[A-Z][A-Za-z ]+?):? \\(?reserved=(\\d+)KB, committed=(\\d+)KB");
            var m = line.matcher(nmt);
            StringBuilder b = new StringBuilder("probe nmt-committed-kb");
            while (m.find()) {
                if (Long.parseLong(m.group(3)) >= 1024) b.append(' ').append(m.group(1).replace(' ', '_')).append('=').append(m.group(3));
            }
            System.out.println(b);
        } catch (javax.management.JMException | RuntimeException e) {
            System.out.println("probe nmt-committed-kb unavailable: " + e);
        }
    }

    /** CPU ms per kind of thread (Linux: /proc/self/task/N/stat, in 10 ms clock ticks), e.g. "C2 CompilerThre 900", largest first. */
    private static String cpuByThread() {
        java.util.Map<String, Long> ms = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var t : tasks.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+$", "").trim();
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ms.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
                } catch (java.io.IOException | RuntimeException ignored) {
                    // a thread that ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return "n/a";
        }
        return ms.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A line of /proc/self/status in kB, e.g. VmRSS; -1 where there is none (not Linux). */
    private static long status(String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // not Linux: no figure
        }
        return -1;
    }

    /** Runs {@code then} once the map shows a choropleth of {@code level}, two pulses later (on screen). */
    private static void whenPainted(MapViewModel vm, MapLevel level, Runnable then) {
        vm.choroplethProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends kz.aimaq.core.render.Choropleth> o,
                                          kz.aimaq.core.render.Choropleth a, kz.aimaq.core.render.Choropleth c) {
                var layer = vm.layerProperty().get();
                if (c == null || layer == null || layer.layer().level() != level) return;
                vm.choroplethProperty().removeListener(this);
                afterPulses(2, then);
            }
        });
    }

    private static void afterPulses(int n, Runnable then) {
        new AnimationTimer() {
            int frames;
            @Override public void handle(long now) {
                if (++frames < n) return;
                stop();
                Platform.runLater(then);
            }
        }.start();
    }

    private static void waitForLayer(MainWindow w, MapLevel level, Runnable then) {
        if (w.viewModel().layerProperty().get() != null && w.viewModel().layerProperty().get().layer().level() == level) {
            then.run();
            return;
        }
        w.viewModel().layerProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends kz.aimaq.core.render.PreparedLayer> o,
                                          kz.aimaq.core.render.PreparedLayer a, kz.aimaq.core.render.PreparedLayer b) {
                if (b == null || b.layer().level() != level) return;
                w.viewModel().layerProperty().removeListener(this); // once: later switches to this level are not ours
                Platform.runLater(then);
            }
        });
    }

    /** With eachFrame: each frame's CPU of the UI and render threads (ms), printed after the frames. */
    private static final StringBuilder eachCpu = new StringBuilder();

    /** The CPU figure of the last measurement, printed after its wall times. */
    private static String cpuPerFrame = "";

    /**
     * CPU time (ns) so far of the JavaFX application thread and of the render thread: beside the
     * wall time from change to pulse, a figure the other processes on a busy machine barely move
     * (they delay the threads, they do not make them work more).
     */
    private static long[] frameThreadsCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        long ui = 0, render = 0;
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) continue;
            long c = mx.getThreadCpuTime(info.getThreadId());
            if (c < 0) continue;
            String name = info.getThreadName();
            if (name.equals("JavaFX Application Thread") || name.equals("GtkNativeMainLoopThread")) ui += c;
            else if (name.startsWith("QuantumRenderer")) render += c;
        }
        return new long[]{ui, render};
    }

    private static void report(String what, double[] ms) {
        phase("end of " + what); // with JFR: the time window of each measurement
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("probe %s: median %.2f ms, p90 %.2f ms, max %.2f ms (n=%d)%s%n", what, s[s.length / 2],
                s[(int) (s.length * 0.9)], s[s.length - 1], s.length, cpuPerFrame);
        // each frame in order, to see which ones make the p90 (the first of a gesture, a pause)
        if (Boolean.getBoolean("aimaq.probe.eachFrame")) {
            StringBuilder b = new StringBuilder("probe frames:");
            for (double t : ms) b.append(String.format(" %.1f", t));
            System.out.println(b);
            System.out.println("probe frames' CPU, UI/renderer ms:" + eachCpu);
            eachCpu.setLength(0);
        }
    }
}
