package kz.aimaq.core.export;

import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.render.Choropleth;
import kz.aimaq.core.render.ChoroplethScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times exports of the real oblast map after JVM warm-up (not a unit test: timings depend on the
 * machine). Run: java -cp target/classes:target/test-classes:target/lib/* kz.aimaq.core.export.ExportBenchmark
 */
public final class ExportBenchmark {
    public static void main(String[] args) throws Exception {
        IndicatorData data = IndicatorData.bundled();
        PreparedLayer layer = new PreparedLayer(RegionLayers.load(MapLevel.OBLAST));
        Choropleth c = ChoroplethScenes.build(data, layer, data.catalog().require("grp_per_capita"), 2024, ChoroplethSpec.defaults("ru"));
        SnapshotLayout frame = SnapshotLayout.defaults(data.catalog().require("grp_per_capita"), 2024, "ru");
        MapScene scene = frame.apply(c.scene(), SnapshotLayout.attributionFor(layer.layer().attribution(), "ru"), "ru");
        Path dir = Files.createTempDirectory("aimaq-bench");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        // what a one-shot CLI export pays after loading the map: first call, cold JIT and font caches
        long t0 = System.nanoTime();
        PngExporter.write(scene, 3840, 2160, dir.resolve("cold.png"));
        System.out.printf("%-48s %4d ms%n", "PNG 3840x2160, first call in a fresh JVM", (System.nanoTime() - t0) / 1_000_000);
        time("render 3840x2160 (paint only)", runs, () -> PngExporter.render(scene, 3840, 2160));
        time("PNG 3840x2160 (paint + encode + atomic write)", runs, () -> PngExporter.write(scene, 3840, 2160, dir.resolve("4k.png")));
        time("PNG 1920x1080 (paint + encode + atomic write)", runs, () -> PngExporter.write(scene, 1920, 1080, dir.resolve("hd.png")));
        time("SVG 1920x1080", runs, () -> SvgExporter.write(scene, 1920, 1080, dir.resolve("m.svg")));
        time("PDF A4", runs, () -> PdfExporter.write(scene, PdfExporter.PageSize.A4_LANDSCAPE, "t", dir.resolve("m.pdf")));
        System.out.printf("4K PNG size: %d KB%n", Files.size(dir.resolve("4k.png")) / 1024);
    }

    interface Job { void run() throws Exception; }

    static void time(String what, int runs, Job job) throws Exception {
        for (int i = 0; i < 3; i++) job.run(); // warm-up: JIT, font and image-IO initialisation
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            job.run();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-48s median %4d ms  min %4d  max %4d  (%d runs)%n", what, ms[runs / 2], ms[0], ms[runs - 1], runs);
    }
}
