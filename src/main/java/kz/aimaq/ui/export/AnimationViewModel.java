package kz.aimaq.ui.export;

import javafx.beans.property.*;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.i18n.Localized;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.series.Animation;
import kz.aimaq.core.series.FrameStyle;
import kz.aimaq.core.series.MapSeries;
import kz.aimaq.core.series.TerritoryLayers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * File → Export animation…: the current indicator over a range of years as an animated GIF
 * (one frame per year, each on its own territory, the same classes in every frame, the year large).
 * No nodes: the dialog binds to these properties. {@link #start} runs the export on a background
 * thread and reports progress and the outcome through {@code fx} (the FX thread in the app);
 * {@link #cancel} stops it between frames and leaves no file.
 */
public final class AnimationViewModel {

    /** The picture sizes offered. */
    public enum Size {
        HD(1280, 720), FULL_HD(1920, 1080);

        public final int width, height;

        Size(int width, int height) { this.width = width; this.height = height; }

        @Override public String toString() { return width + " × " + height; }
    }

    public enum State { READY, RUNNING, DONE, CANCELLED, FAILED }

    private final IndicatorData data;
    private final Indicator indicator;
    private final MapLevel level;
    private final boolean byYear;
    private final ChoroplethSpec spec;
    private final Messages m;
    private final Executor fx;
    private final List<Integer> years;

    private final ObjectProperty<Integer> from = new SimpleObjectProperty<>(), to = new SimpleObjectProperty<>();
    private final IntegerProperty fps = new SimpleIntegerProperty(2);
    private final ObjectProperty<Size> size = new SimpleObjectProperty<>(Size.HD);
    private final StringProperty file = new SimpleStringProperty("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param byYear each year on its own territory (false: today's 20 regions, as the map's switch says)
     * @param fx     where property changes are made (Platform::runLater in the app)
     */
    public AnimationViewModel(IndicatorData data, Indicator indicator, MapLevel level, boolean byYear, ChoroplethSpec spec,
                              Messages m, Executor fx) {
        this.data = data;
        this.indicator = indicator;
        this.level = level;
        this.byYear = byYear;
        this.spec = spec;
        this.m = m;
        this.fx = fx;
        this.years = data.years(indicator.id());
        if (!years.isEmpty()) {
            from.set(years.getFirst());
            to.set(years.getLast());
        }
        file.set(Path.of(System.getProperty("user.home", "."), suggestedFileName()).toString());
        // the suggested name follows the range until the user names the file
        from.addListener((o, a, b) -> followRange(a, to.get()));
        to.addListener((o, a, b) -> followRange(from.get(), a));
    }

    private void followRange(Integer oldFrom, Integer oldTo) {
        Path f = target();
        String old = indicator.id() + "-" + oldFrom + "-" + oldTo + ".gif";
        if (f != null && f.getFileName().toString().equals(old)) file.set(f.resolveSibling(suggestedFileName()).toString());
    }

    public Indicator indicator() { return indicator; }

    /** The years with figures: the choices of the from and to boxes. */
    public List<Integer> years() { return years; }

    public ObjectProperty<Integer> fromProperty() { return from; }
    public ObjectProperty<Integer> toProperty() { return to; }
    public IntegerProperty fpsProperty() { return fps; }
    public ObjectProperty<Size> sizeProperty() { return size; }
    public StringProperty fileProperty() { return file; }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** "grp_per_capita-2010-2025.gif" for the chosen range. */
    public String suggestedFileName() {
        return indicator.id() + "-" + from.get() + "-" + to.get() + ".gif";
    }

    /** The file that will be written: the chosen name with ".gif" added when it lacks it. */
    public Path target() {
        String f = file.get() == null ? "" : file.get().strip();
        if (f.isEmpty()) return null;
        return f.toLowerCase().endsWith(".gif") ? Path.of(f) : Path.of(f + ".gif");
    }

    /** What stops an export from starting, in the interface language; null when it can start. */
    public String problem() {
        if (from.get() == null || to.get() == null) return m.get("animation.badRange");
        if (from.get() > to.get()) return m.get("animation.badRange");
        if (target() == null) return m.get("animation.noFile");
        return null;
    }

    /**
     * Starts the export; the returned future completes when it has ended (done, cancelled or
     * failed: see {@link #stateProperty()}), after the last property change was handed to {@code fx}.
     */
    public CompletableFuture<State> start() {
        String p = problem();
        if (p != null) {
            message.set(p);
            state.set(State.FAILED);
            return CompletableFuture.completedFuture(State.FAILED);
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        Path out = target();
        List<Integer> range = new ArrayList<>();
        for (int y = from.get(); y <= to.get(); y++) range.add(y);
        Size s = size.get();
        int framesPerSecond = fps.get();
        state.set(State.RUNNING);
        progress.set(0);
        message.set(m.get("animation.preparing"));
        CompletableFuture<State> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            State end;
            String text;
            try {
                Animation a = Animation.of(data, indicator, range, new TerritoryLayers(level, byYear), spec, m.lang(), FrameStyle.defaults());
                if (!a.missing().isEmpty()) {
                    end = State.FAILED;
                    text = missingText(a.missing());
                } else {
                    if (stop.get()) throw new CancellationException();
                    a.writeGif(out, s.width, s.height, framesPerSecond, 0,
                            (done, total) -> fx.execute(() -> {
                                progress.set((double) done / total);
                                message.set(m.format("animation.progress", String.valueOf(done), String.valueOf(total)));
                            }), stop::get);
                    end = State.DONE;
                    text = m.format("animation.saved", out.getFileName().toString(), String.valueOf(range.size()));
                }
            } catch (CancellationException e) {
                end = State.CANCELLED;
                text = m.get("animation.cancelled");
            } catch (Exception e) {
                end = State.FAILED;
                text = m.format("animation.failed", Localized.message(e, m));
            }
            State fin = end;
            String finText = text;
            fx.execute(() -> {
                if (fin != State.DONE) progress.set(0);
                message.set(finText);
                state.set(fin);
                result.complete(fin);
            });
        }, "aimaq-animation-export");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Stops a running export before its next frame; the file is not written. */
    public void cancel() { cancelled.set(true); }

    /** "No map for 2010, 2011: no figures in the data. Choose years with data." */
    private String missingText(List<MapSeries.Missing> missing) {
        String ys = missing.stream().map(x -> String.valueOf(x.year())).collect(Collectors.joining(", "));
        boolean territory = missing.stream().anyMatch(x -> x.reason() == MapSeries.Reason.NONE_ON_TERRITORY);
        String why = m.get(territory ? "animation.missing.noneOnTerritory" : "animation.missing.noFigures");
        return m.format("animation.missing", ys, why);
    }
}
