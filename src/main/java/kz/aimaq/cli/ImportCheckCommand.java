package kz.aimaq.cli;

import kz.aimaq.core.data.importing.*;
import kz.aimaq.core.geo.LayerFinding;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayer;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.region.RegionNameMatcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code aimaq import-check FILE [--sheet NAME] [--mapping FILE] [--decimal comma|point] [--values]}:
 * reads a CSV or Excel table, detects its layout, joins its rows to the regions and prints the
 * join report; with {@code --values}, the value read for every joined row instead (row, region,
 * year, value), so what was read can be checked. Exit code 0 even with unmatched rows (the
 * report says so); 2 when the file cannot be read as a table.
 *
 * <p>A boundary file (.shp, .geojson, .json) is checked the way File → Open reads it: one row per
 * region (code, names, area) and each finding (wrong .cpg, repaired outlines, overlaps, missing
 * regions) as a "warning:" line on standard error; exit 2 when it cannot be used.
 */
final class ImportCheckCommand implements Command {
    @Override public String name() { return "import-check"; }

    @Override public String usage() {
        return "import-check FILE [--sheet NAME] [--mapping MAPPING.json] [--decimal comma|point] [--values] [--format csv|json]"
                + "   (FILE: .csv/.xlsx/.xls table, or a .shp/.geojson boundary file)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        return run(args, out, System.err);
    }

    @Override public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        String sheetName = args.opt("sheet").orElse(null);
        String mappingFile = args.opt("mapping").orElse(null);
        String decimal = args.choice("decimal", "auto", "auto", "comma", "point");
        boolean values = args.flag("values");
        String format = Output.format(args);
        args.rejectUnknown();
        if (args.positional().size() != 1) throw new CliException("give one file: import-check FILE [--sheet NAME]");
        Path path = Path.of(args.positional().getFirst());
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".shp") || lower.endsWith(".geojson") || lower.endsWith(".json") && mappingFile == null) {
            return checkBoundaries(path, format, out, err);
        }
        RegionNameMatcher matcher = RegionNameMatcher.bundled();
        JoinReport report;
        try {
            TableFile file = TableReader.read(path);
            ImportMapping mapping = mappingFile == null ? null : ImportMapping.load(Path.of(mappingFile));
            if (sheetName == null && mapping != null && file.sheet(mapping.sheet()).isPresent()) sheetName = mapping.sheet();
            Grid grid = sheetName != null ? file.requireSheet(sheetName) : LayoutDetector.bestSheet(file, matcher);
            if (!decimal.equals("auto")) {
                grid = grid.withDecimalMark(decimal.equals("comma") ? NumberParser.DecimalMark.COMMA : NumberParser.DecimalMark.POINT);
            }
            report = mapping != null ? mapping.apply(file.fileName(), grid, matcher)
                    : JoinReport.build(file.fileName(), grid, LayoutDetector.detect(grid, matcher), matcher);
        } catch (ImportException e) {
            throw new CliException(e.getMessage());
        }
        if (values) {
            List<List<Object>> rows = new ArrayList<>();
            for (TerritoryRules.FiledValue v : TerritoryRules.file(report).values()) {
                rows.add(List.of(v.row(), v.kato(), v.year(), v.value(), v.boundary().name().toLowerCase(Locale.ROOT)));
            }
            Output.rows(out, format, List.of("row", "region", "year", "value", "boundary"), rows);
            report.problems().forEach(p -> err.println("warning: " + p));
        } else if (format.equals("json")) {
            Output.json(out, report);
        } else {
            List<List<Object>> rows = new ArrayList<>();
            report.matched().forEach(m -> rows.add(List.of(m.row(), m.label(), "matched", m.region(), m.method(), 1.0)));
            report.national().forEach(n -> rows.add(List.of(n.row(), n.label(), "national", "00", "national", 1.0)));
            report.fuzzy().forEach(f -> rows.add(List.of(f.row(), f.label(), "fuzzy", f.candidate(), "fuzzy", f.score())));
            report.unmatchedRows().forEach(u -> rows.add(List.of(u.row(), u.label(), "unmatched", "", "", 0.0)));
            report.missingRegions().forEach(m -> rows.add(List.of("", m.name(), "missing", m.region(), "", 0.0)));
            Output.rows(out, format, List.of("row", "label", "status", "region", "method", "score"), rows);
            report.problems().forEach(p -> err.println("warning: " + p));
        }
        return 0;
    }

    /** Reads a boundary file as File → Open does and lists its regions; findings go to stderr. */
    private static int checkBoundaries(Path path, String format, PrintStream out, PrintStream err) throws Exception {
        RegionLayer layer = RegionLayers.load(path); // GeoReadException → one line, exit 2 (Cli)
        List<List<Object>> rows = new ArrayList<>();
        for (MapRegion r : layer.regions()) {
            rows.add(List.of(r.code(), r.nameEn(), r.nameRu(), r.nameKk(), Math.round(r.areaKm2() * 10) / 10.0));
        }
        Output.rows(out, format, List.of("code", "name_en", "name_ru", "name_kk", "area_km2"), rows);
        for (LayerFinding f : layer.findings()) err.println("warning: " + f);
        return 0;
    }
}
