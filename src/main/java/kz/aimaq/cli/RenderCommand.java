package kz.aimaq.cli;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.export.PdfExporter;
import kz.aimaq.core.export.PngExporter;
import kz.aimaq.core.export.SvgExporter;
import kz.aimaq.core.export.SnapshotLayout;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.i18n.Messages;
import kz.aimaq.core.map.MapFrame;
import kz.aimaq.core.map.MapModel;
import kz.aimaq.core.map.MapScenes;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.MapScene;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.territory.Territory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code aimaq render}: the map the screen shows, written to a file for batch work. */
final class RenderCommand implements Command {
    @Override public String name() { return "render"; }

    @Override public String usage() {
        return "render --indicator ID --year Y [--level oblast|district] [--method M] [--classes K] [--palette P] "
                + "[--reverse] [--territory by-year|today] [--lang kk|ru|en] [--size WxH] [--title T] [--subtitle S] [--no-legend] [--no-labels] "
                + "[--no-scalebar] [--no-north] [--no-source] [--no-attribution] [--no-date] [--page a4|16x9] "
                + "--out FILE.png|FILE.svg|FILE.pdf  (--size also takes slide, 4k, a4-300dpi; --page is for PDF)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String id = args.require("indicator");
        int year = args.intOpt("year", -1);
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
        String title = args.opt("title").orElse(null);
        String subtitle = args.opt("subtitle").orElse(null);
        boolean noLegend = args.flag("no-legend"), noLabels = args.flag("no-labels"), noScale = args.flag("no-scalebar"),
                noNorth = args.flag("no-north"), noSource = args.flag("no-source"), noDate = args.flag("no-date"),
                noAttribution = args.flag("no-attribution");
        args.rejectUnknown();
        if (year < 0) throw new CliException("missing --year");
        if (classes < 2 || classes > 9) throw new CliException("--classes must be between 2 and 9, got " + classes);
        Path outFile = Path.of(outName);
        String ext = extension(outName);
        if (!ext.equals("png") && !ext.equals("svg") && !ext.equals("pdf")) {
            throw new CliException("cannot write ." + ext + " files; use .png, .svg or .pdf");
        }

        IndicatorData data = IndicatorData.bundled();
        Indicator ind = data.catalog().require(id);
        if (!data.years(id).contains(year)) throw new CliException("no data for " + id + " in " + year + "; years with data: " + data.years(id));
        // By default the year's own territory (16 units before 2018, 17 in 2018-2021); --territory today keeps today's map.
        PreparedLayer layer = new PreparedLayer(RegionLayers.load(level, byYear ? Territory.forYear(year) : Territory.FROM_2022));
        ChoroplethSpec spec = ChoroplethSpec.defaults(lang).withMethod(method).withClasses(classes)
                .withPalette(palette).withReverse(reverse).withLabels(!noLabels);
        MapModel model = new MapModel(layer, MapScenes.indicator(data, layer, ind, year, spec), List.of(), spec, lang);
        MapFrame mapFrame = model.frame();
        SnapshotLayout frame = SnapshotLayout.of(mapFrame.title(), mapFrame.subtitle())
                .withLegend(!noLegend).withScaleBar(!noScale).withNorthArrow(!noNorth).withSource(!noSource)
                .withDate(!noDate).withLabels(!noLabels).withAttribution(!noAttribution);
        if (title != null) frame = frame.withTitle(title);
        if (subtitle != null) frame = frame.withSubtitle(subtitle);
        MapScene scene = frame.apply(model.draw().scene(), mapFrame.attribution(), lang);
        switch (ext) {
            case "png" -> PngExporter.write(scene, size[0], size[1], outFile);
            case "svg" -> SvgExporter.write(scene, size[0], size[1], outFile);
            default -> PdfExporter.write(scene, page, scene.decorations().title(), outFile);
        }
        out.println(outFile);
        return 0;
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
