package kz.aimaq.core.series;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.GifWriter;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.export.YearStamp;
import kz.aimaq.core.io.AtomicFiles;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.MapPainter;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.Viewport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * An animation of one indicator over a year range: one frame per year, each the map
 * {@code render --year} draws for that year (its territory, title, legend, source lines,
 * attribution) with the year in large type ({@link YearStamp}).
 *
 * <p>Contract: the classes are the same in every frame, computed over the pooled values of the
 * animation's years, so the legend's class boundaries do not change and a colour keeps its
 * meaning; the country stays in the same place (one viewport for all frames, the one that fits
 * every frame's legend); a year without figures is not a frame — {@link #of} refuses the range
 * and {@link #missing()} says which years and why, so the caller can report them before any work.
 * The GIF is written atomically: a cancelled or failed export leaves no file (and an earlier file
 * of that name untouched).
 */
public final class Animation {

    /** One frame: its year and the framed scene. */
    public record Frame(int year, MapScene scene) {}

    /** Told after each frame is written. */
    @FunctionalInterface
    public interface Progress { void framesDone(int done, int total); }

    private final MapSeries series;
    private final List<Frame> frames;

    private Animation(MapSeries series, List<Frame> frames) {
        this.series = series;
        this.frames = List.copyOf(frames);
    }

    /** The animation of {@code years}, with the same classes in all frames whatever {@code spec} says. */
    public static Animation of(IndicatorData data, Indicator indicator, List<Integer> years, TerritoryLayers layers,
                               ChoroplethSpec spec, String lang, FrameStyle style) throws IOException {
        MapSeries s = MapSeries.of(data, indicator, years, layers, spec.withSameBreaksAllYears(true), lang);
        List<Frame> frames = new ArrayList<>();
        for (MapSeries.YearMap m : s.maps()) frames.add(new Frame(m.year(), style.scene(m.model())));
        return new Animation(s, frames);
    }

    public List<Frame> frames() { return frames; }

    /** Years asked that have no frame, and why; an animation with any is refused by the callers. */
    public List<MapSeries.Missing> missing() { return series.missing(); }

    public MapSeries series() { return series; }

    /**
     * The one viewport of all frames at this size: each frame's own fit, the smallest of them
     * (the one that keeps clear of the largest legend), so the map never jumps between years.
     */
    public Viewport viewport(int width, int height) {
        MapPainter painter = new MapPainter();
        Viewport best = null;
        for (Frame f : frames) {
            Viewport v = painter.fitViewport(f.scene(), width, height);
            if (best == null || v.scale() < best.scale()) best = v;
        }
        return best;
    }

    /** Frame {@code i} as a picture, drawn by the one painter. */
    public BufferedImage render(int i, int width, int height, Viewport viewport) {
        Frame f = frames.get(i);
        return PngExporter.render(YearStamp.of(f.scene(), f.year(), viewport), width, height);
    }

    /**
     * Writes the animated GIF: {@code fps} frames per second, looping for ever, the last frame
     * shown {@code holdLastSeconds} longer. Throws {@link CancellationException} when
     * {@code cancelled} turns true between frames; nothing is left on disk then.
     */
    public void writeGif(Path out, int width, int height, double fps, double holdLastSeconds, Progress progress,
                         BooleanSupplier cancelled) throws IOException {
        if (frames.isEmpty()) throw new IllegalStateException("an animation needs at least one frame");
        int delay = GifWriter.delayFor(fps);
        int lastDelay = delay + (int) Math.round(Math.max(0, holdLastSeconds) * 100);
        Viewport v = viewport(width, height);
        int n = frames.size();
        // frames are drawn and reduced to 256 colours on every core, a few ahead of the writer
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aimaq-animation");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicFiles.write(out, os -> {
                try (GifWriter gif = new GifWriter(os, delay)) {
                    Deque<Future<BufferedImage>> ahead = new ArrayDeque<>();
                    int next = 0;
                    for (int i = 0; i < n; i++) {
                        while (next < n && ahead.size() <= threads) {
                            int k = next++;
                            ahead.add(pool.submit(() -> GifWriter.quantise(render(k, width, height, v))));
                        }
                        if (cancelled.getAsBoolean()) throw new CancellationException("animation export cancelled");
                        BufferedImage img = take(ahead.poll());
                        if (cancelled.getAsBoolean()) throw new CancellationException("animation export cancelled");
                        gif.add(img, i == n - 1 ? lastDelay : delay);
                        progress.framesDone(i + 1, n);
                    }
                    gif.finish();
                }
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private static BufferedImage take(Future<BufferedImage> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("animation export interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error er) throw er;
            throw new IOException(c);
        }
    }
}
