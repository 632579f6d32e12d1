package kz.aimaq.cli;

import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.Grouping;
import kz.aimaq.core.group.Groupings;
import kz.aimaq.core.layer.LayerFiles;
import kz.aimaq.core.layer.ThematicLayer;
import kz.aimaq.core.layer.ThematicLayers;
import kz.aimaq.core.render.ChoroplethSpec;
import kz.aimaq.core.render.PreparedLayer;
import kz.aimaq.core.territory.Territory;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code aimaq export-layer}: the map of an indicator in a year as a GIS layer for QGIS — the
 * boundaries in WGS84 with {@code kato}, names kk/ru/en, the value, its class (1-based) and
 * colour and, with {@code --grouping}, the macro-region — as GeoPackage, GeoJSON or shapefile,
 * with a QGIS style ({@code .qml}, the map's breaks and colours) beside it. Classes and colours
 * are the ones {@code render} and the screen use for the same options; the year is on its own
 * territory unless {@code --territory today}. Prints the files written, one a line.
 */
final class ExportLayerCommand implements Command {
    @Override public String name() { return "export-layer"; }

    @Override public String usage() {
        return "export-layer --indicator ID --year Y [--level oblast|district] [--grouping five|five-plus-cities|FILE] "
                + "[--method M] [--classes K] [--palette P] [--reverse] [--territory by-year|today] [--lang kk|ru|en] "
                + "--out FILE.gpkg|FILE.geojson|FILE.shp  (writes FILE.qml beside it)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String id = args.require("indicator");
        int year = args.intOpt("year", -1);
        MapLevel level = args.choice("level", "oblast", "oblast", "district").equals("district") ? MapLevel.DISTRICT : MapLevel.OBLAST;
        String groupingId = args.opt("grouping").orElse(null);
        ClassificationMethod method = RenderCommand.method(args.get("method", "quantile"));
        int classes = args.intOpt("classes", 5);
        String palette = args.opt("palette").orElse(null);
        boolean reverse = args.flag("reverse");
        boolean byYear = CliTerritory.byYear(args);
        String lang = args.choice("lang", "en", "kk", "ru", "en");
        Path file = Path.of(args.require("out"));
        args.rejectUnknown();
        if (year < 0) throw new CliException("missing --year");
        if (classes < 2 || classes > 9) throw new CliException("--classes must be between 2 and 9, got " + classes);
        if (method == ClassificationMethod.UNCLASSED || method == ClassificationMethod.MANUAL) {
            throw new CliException("--method " + method.id() + " cannot be exported as a layer; use quantile, equal, jenks, stddev or maxbreaks");
        }
        if (LayerFiles.formatOf(file).isEmpty()) {
            throw new CliException("--out " + file + ": a layer is saved as FILE.gpkg (GeoPackage), FILE.geojson or FILE.shp");
        }

        IndicatorData data = IndicatorData.bundled();
        Indicator ind = data.catalog().require(id);
        if (!data.years(id).contains(year)) throw new CliException("no data for " + id + " in " + year + "; years with data: " + data.years(id));
        Grouping grouping = groupingId == null ? null : Groupings.presetOrFile(groupingId);
        PreparedLayer layer = new PreparedLayer(RegionLayers.load(level, byYear ? Territory.forYear(year) : Territory.FROM_2022));
        ChoroplethSpec spec = ChoroplethSpec.defaults(lang).withMethod(method).withClasses(classes)
                .withPalette(palette).withReverse(reverse);
        ThematicLayer thematic;
        try {
            thematic = ThematicLayers.indicator(data, layer, ind, year, spec, grouping);
        } catch (IllegalArgumentException e) {
            throw new CliException(id + " " + year + ": " + e.getMessage());
        }
        for (Path p : LayerFiles.write(thematic, file)) out.println(p);
        return 0;
    }
}
