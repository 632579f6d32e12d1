package kz.aimaq.cli;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.io.Phases;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PdfExporter;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.export.SvgExporter;
import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.series.Animation;
import kz.aimaq.core.series.FrameStyle;
import kz.aimaq.core.series.MapSeries;
import kz.aimaq.core.series.OutputPattern;
import kz.aimaq.core.series.TerritoryLayers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code aimaq render}: the map the screen shows, written to a file for batch work. One process
 * draws several years and indicators ({@code --years 2010-2025 --indicator a,b --out
 * 'maps/{indicator}-{year}.png'}), each year on its own territory, reading each territory's
 * boundaries once; a {@code .gif} out file is an animation of the years (one frame per year,
 * the same classes in all frames, the year large on each).
 */
final class RenderCommand implements Command {
    @Override public String name() { return "render"; }

    @Override public String usage() {
        return "render --indicator ID[,ID...] (--year Y | --years 2010-2025[,Y...]) [--same-classes] [--level oblast|district] [--method M] [--classes K] [--palette P] "
                + "[--reverse] [--territory by-year|today] [--lang kk|ru|en] [--size WxH] [--title T] [--subtitle S] [--no-legend] [--no-labels] "
                + "[--no-scalebar] [--no-north] [--no-source] [--no-attribution] [--no-date] [--page a4|16x9] "
                + "--out FILE.png|FILE.svg|FILE.pdf  (--size also takes slide, 4k, a4-300dpi; --page is for PDF; several years or "
                + "indicators need {year} / {indicator} in --out, e.g. 'maps/{indicator}-{year}.png', one line per file written)\n"
                + "         render --indicator ID --years 2010-2025 [--fps 2] [--hold-last SECONDS] [map options as above] --out FILE.gif  "
                + "(animated GIF, one frame per year, same classes in every frame, loops for ever)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        return run(args, out, System.err);
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        List<String> ids = list(args.require("indicator"));
        Optional<String> yearsOpt = args.opt("years");
        int year = args.intOpt("year", -1);
        boolean sameClasses = args.flag("same-classes");
        MapLevel level = args.choice("level", "oblast", "oblast", "district").equals("district") ? MapLevel.DISTRICT : MapLevel.OBLAST;
        ClassificationMethod method = method(args.get("method", "quantile"));
        int classes = args.intOpt("classes", 5);
        String palette = args.opt("palette").orElse(null);
        boolean reverse = args.flag("reverse");
        boolean byYear = CliTerritory.byYear(args);
        String lang = args.choice("lang", "en", "kk", "ru", "en");
        int[] size = size(args.get("size", "1920x1080"));
        PdfExporter.PageSize page = args.choice("page", "a4", "a4", "16x9").equals("a4")
                ? PdfExporter.PageSize.A4_LANDSCAPE : PdfExporter.PageSize.WIDESCREEN_16_9;
        String outName = args.require("out");
        Optional<String> fpsOpt = args.opt("fps"), holdOpt = args.opt("hold-last");
        double fps = args.doubleOpt("fps", 2), hold = args.doubleOpt("hold-last", 0);
        String title = args.opt("title").orElse(null);
        String subtitle = args.opt("subtitle").orElse(null);
        boolean noLegend = args.flag("no-legend"), noLabels = args.flag("no-labels"), noScale = args.flag("no-scalebar"),
                noNorth = args.flag("no-north"), noSource = args.flag("no-source"), noDate = args.flag("no-date"),
                noAttribution = args.flag("no-attribution");
        args.rejectUnknown();
        if (yearsOpt.isPresent() && year >= 0) throw new CliException("give --year Y or --years FROM-TO, not both");
        if (yearsOpt.isEmpty() && year < 0) throw new CliException("missing --year (or --years 2010-2025 for several years)");
        List<Integer> years = yearsOpt.map(RenderCommand::years).orElse(List.of(year));
        if (classes < 2 || classes > 9) throw new CliException("--classes must be between 2 and 9, got " + classes);
        String ext = extension(outName);
        if (!ext.equals("png") && !ext.equals("svg") && !ext.equals("pdf") && !ext.equals("gif")) {
            throw new CliException("cannot write ." + ext + " files; use .png, .svg or .pdf (or .gif for an animation)");
        }
        boolean gif = ext.equals("gif");
        if (!gif && (fpsOpt.isPresent() || holdOpt.isPresent())) {
            throw new CliException((fpsOpt.isPresent() ? "--fps" : "--hold-last") + " is for an animation: use --out FILE.gif");
        }
        if (gif && (fps <= 0 || fps > 50)) throw new CliException("--fps must be above 0 and at most 50, got " + fpsOpt.orElse(""));
        if (gif && (hold < 0 || hold > 60)) throw new CliException("--hold-last must be between 0 and 60 seconds, got " + holdOpt.orElse(""));
        OutputPattern pattern = new OutputPattern(outName);
        // refused before any map is drawn: a batch must never overwrite its own maps
        List<OutputPattern.Refusal> refusals = pattern.check(ids.size(), gif ? 1 : years.size());
        if (gif && outName.contains(OutputPattern.YEAR)) {
            throw new CliException("an animation holds all its years in one file: take {year} out of --out " + outName);
        }
        if (!refusals.isEmpty()) throw new CliException(refusal(refusals.getFirst(), outName, ids.size(), years.size()));

        Phases.mark("arguments-read");
        if (ext.equals("png") && ids.size() * years.size() == 1) PngExporter.prepareCanvas(size[0], size[1]);
        // each territory's boundaries read and projected once for every map drawn on it; by default
        // a year is drawn on its own territory (16 units before 2018, 17 in 2018-2021, 20 from 2022).
        // They are read on a second core while this one reads the indicator table (a failure there
        // is met again, and reported, when the maps ask for the layer)
        TerritoryLayers layers = new TerritoryLayers(level, byYear);
        Thread.ofPlatform().daemon().name("aimaq-layers").start(() -> {
            try {
                for (int y : years) layers.forYear(y);
                Phases.mark("layers-read");
            } catch (Exception | Error e) {
                // reported by the main thread's own call
            }
        });
        IndicatorData data = IndicatorData.bundled();
        Phases.mark("indicator-table-read");
        List<Indicator> indicators = new ArrayList<>();
        for (String id : ids) indicators.add(data.catalog().require(id));
        ChoroplethSpec spec = ChoroplethSpec.defaults(lang).withMethod(method).withClasses(classes)
                .withPalette(palette).withReverse(reverse).withLabels(!noLabels).withSameBreaksAllYears(sameClasses);
        SnapshotLayout flags = SnapshotLayout.of(null, null)
                .withLegend(!noLegend).withScaleBar(!noScale).withNorthArrow(!noNorth).withSource(!noSource)
                .withDate(!noDate).withLabels(!noLabels).withAttribution(!noAttribution);
        FrameStyle style = new FrameStyle(flags, title, subtitle);

        if (gif) return animate(data, indicators, years, layers, spec, lang, style, pattern, size, fps, hold, out);

        List<MapSeries> all = new ArrayList<>();
        for (Indicator ind : indicators) all.add(MapSeries.of(data, ind, years, layers, spec, lang));
        Phases.mark("maps-prepared");
        int maps = all.stream().mapToInt(x -> x.maps().size()).sum();
        if (maps == 0) {
            throw new CliException(all.stream().map(x -> missingText(x)).collect(Collectors.joining("; ")));
        }
        // which years have no map, and why, before the maps are written
        for (MapSeries x : all) if (!x.missing().isEmpty()) err.println("aimaq render: " + missingText(x) + "; the other maps are written");
        // maps are drawn and encoded on every core, and reported in the order asked
        record Job(Path file, MapModel model) {}
        List<Job> jobs = new ArrayList<>();
        for (MapSeries x : all) for (MapSeries.YearMap ym : x.maps()) jobs.add(new Job(pattern.file(x.indicator().id(), ym.year()), ym.model()));
        int threads = Math.min(jobs.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> { Thread t = new Thread(r, "aimaq-render"); t.setDaemon(true); return t; });
        try {
            List<Future<Path>> done = new ArrayList<>();
            for (Job j : jobs) {
                done.add(pool.submit(() -> {
                    MapScene scene = style.scene(j.model());
                    Phases.mark("scene-built " + j.file().getFileName());
                    switch (ext) {
                        case "png" -> PngExporter.write(scene, size[0], size[1], j.file());
                        case "svg" -> SvgExporter.write(scene, size[0], size[1], j.file());
                        default -> PdfExporter.write(scene, page, scene.decorations().title(), j.file());
                    }
                    return j.file();
                }));
            }
            for (Future<Path> f : done) out.println(get(f));
            Phases.mark("maps-written");
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    /** One animated GIF per indicator; a year without figures refuses the whole animation (no frame may be silently missing). */
    private static int animate(IndicatorData data, List<Indicator> indicators, List<Integer> years, TerritoryLayers layers,
                               ChoroplethSpec spec, String lang, FrameStyle style, OutputPattern pattern, int[] size,
                               double fps, double hold, PrintStream out) throws Exception {
        List<Animation> animations = new ArrayList<>();
        for (Indicator ind : indicators) {
            Animation a = Animation.of(data, ind, years, layers, spec, lang, style);
            if (!a.missing().isEmpty()) {
                throw new CliException(missingText(a.series()) + "; an animation needs a map for every year: choose years with data, e.g. --years "
                        + suggestion(a.series()));
            }
            animations.add(a);
        }
        for (Animation a : animations) {
            Path file = pattern.file(a.series().indicator().id(), years.getFirst());
            a.writeGif(file, size[0], size[1], fps, hold, (done, total) -> { }, () -> false);
            out.println(file);
        }
        return 0;
    }

    /** The task's result, or the exception it threw as the command would have thrown it. */
    static <T> T get(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) throw x;
            if (e.getCause() instanceof Error x) throw x;
            throw e;
        }
    }

    /** "2010, 2011: no figures in the data (years with data: 2012–2025)", grouped by reason. */
    static String missingText(MapSeries s) {
        Messages en = Messages.of("en");
        Map<String, List<Integer>> byReason = new LinkedHashMap<>();
        for (MapSeries.Missing m : s.missing()) {
            String why = switch (m.reason()) {
                case NO_FIGURES -> "no figures in the data (years with data: " + ranges(s.yearsWithData()) + ")";
                case NONE_ON_TERRITORY -> "figures exist but none for the units of that year's map, the "
                        + en.get(m.territory().messageKey()) + " (--territory today draws them on today's regions)";
            };
            byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(m.year());
        }
        StringBuilder b = new StringBuilder("no map of " + s.indicator().id() + " for ");
        int i = 0;
        for (var e : byReason.entrySet()) {
            if (i++ > 0) b.append("; for ");
            b.append(e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))).append(": ").append(e.getKey());
        }
        return b.toString();
    }

    /** The years asked that do have a map, else every year with figures, as a --years value. */
    private static String suggestion(MapSeries s) {
        List<Integer> drawn = s.maps().stream().map(MapSeries.YearMap::year).toList();
        return ranges(drawn.isEmpty() ? s.yearsWithData() : drawn).replace('–', '-').replace(" ", "");
    }

    /** Years as ranges: "2010–2012, 2015". */
    static String ranges(List<Integer> years) {
        List<Integer> ys = new ArrayList<>(new TreeSet<>(years));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ys.size(); ) {
            int j = i;
            while (j + 1 < ys.size() && ys.get(j + 1) == ys.get(j) + 1) j++;
            parts.add(i == j ? String.valueOf(ys.get(i)) : ys.get(i) + "–" + ys.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static String refusal(OutputPattern.Refusal r, String out, int indicators, int years) {
        return switch (r.problem()) {
            case NEEDS_YEAR -> years + " years would all be written to " + out + ": put {year} in --out, e.g. "
                    + example(out, "-{year}");
            case NEEDS_INDICATOR -> indicators + " indicators would all be written to " + out + ": put {indicator} in --out, e.g. "
                    + example(out, "-{indicator}");
            case UNKNOWN_PLACEHOLDER -> "--out has " + r.placeholder() + "; the names it can hold are {indicator} and {year}";
        };
    }

    private static String example(String out, String insert) {
        int dot = out.lastIndexOf('.');
        return out.substring(0, dot) + insert + out.substring(dot);
    }

    /** "a,b" → [a, b], blanks and repeats dropped. */
    static List<String> list(String s) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList()));
        if (ids.isEmpty()) throw new CliException("--indicator needs at least one indicator id");
        return ids;
    }

    /** "2010-2025", "2010,2015,2020" or both ("2010-2012,2020"): the years in the order given, each once. */
    static List<Integer> years(String spec) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            int dash = p.indexOf('-', 1);
            int from = year(dash < 0 ? p : p.substring(0, dash), spec), to = dash < 0 ? from : year(p.substring(dash + 1), spec);
            if (to < from) throw new CliException("--years range " + p + " ends before it starts; write it as " + to + "-" + from);
            for (int y = from; y <= to; y++) out.add(y);
        }
        if (out.isEmpty()) throw new CliException("--years needs years such as 2010-2025 or 2015,2020");
        return List.copyOf(out);
    }

    private static int year(String s, String spec) {
        try {
            int y = Integer.parseInt(s.trim());
            if (y < Args.MIN_YEAR || y > Args.MAX_YEAR) throw new NumberFormatException();
            return y;
        } catch (NumberFormatException e) {
            throw new CliException("--years must be years between " + Args.MIN_YEAR + " and " + Args.MAX_YEAR
                    + " such as 2010-2025 or 2015,2020, got '" + spec + "'");
        }
    }

    static ClassificationMethod method(String id) {
        try {
            return ClassificationMethod.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    static int[] size(String s) {
        switch (s.toLowerCase()) {
            case "slide" -> { return new int[]{PngExporter.SizePreset.SLIDE_1080P.width, PngExporter.SizePreset.SLIDE_1080P.height}; }
            case "4k" -> { return new int[]{PngExporter.SizePreset.UHD_4K.width, PngExporter.SizePreset.UHD_4K.height}; }
            case "a4-300dpi" -> { return new int[]{PngExporter.SizePreset.A4_300DPI.width, PngExporter.SizePreset.A4_300DPI.height}; }
            default -> { }
        }
        String[] p = s.toLowerCase().split("x");
        try {
            int w = Integer.parseInt(p[0].trim()), h = Integer.parseInt(p[1].trim());
            if (w < 200 || h < 150 || w > 10000 || h > 10000) throw new CliException("--size must be between 200x150 and 10000x10000, got " + s);
            return new int[]{w, h};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new CliException("--size must look like 1920x1080, got '" + s + "'");
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) throw new CliException("--out needs a file name with an extension such as .png");
        return name.substring(dot + 1).toLowerCase();
    }
}
