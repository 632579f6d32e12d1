package kz.aimaq.cli;

import kz.aimaq.core.data.importing.*;
import kz.aimaq.core.region.RegionNameMatcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aimaq import-check FILE [--sheet NAME] [--mapping FILE]}: reads a CSV or Excel table,
 * detects its layout, joins its rows to the regions and prints the join report. Exit code 0
 * even with unmatched rows (the report says so); 2 when the file cannot be read as a table.
 */
final class ImportCheckCommand implements Command {
    @Override public String name() { return "import-check"; }

    @Override public String usage() {
        return "import-check FILE [--sheet NAME] [--mapping MAPPING.json] [--format csv|json]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String sheetName = args.opt("sheet").orElse(null);
        String mappingFile = args.opt("mapping").orElse(null);
        String format = Output.format(args);
        args.rejectUnknown();
        if (args.positional().size() != 1) throw new CliException("give one file: import-check FILE [--sheet NAME]");
        RegionNameMatcher matcher = RegionNameMatcher.bundled();
        JoinReport report;
        try {
            TableFile file = TableReader.read(Path.of(args.positional().getFirst()));
            ImportMapping mapping = mappingFile == null ? null : ImportMapping.load(Path.of(mappingFile));
            if (sheetName == null && mapping != null && file.sheet(mapping.sheet()).isPresent()) sheetName = mapping.sheet();
            Grid grid = sheetName != null ? file.requireSheet(sheetName) : LayoutDetector.bestSheet(file, matcher);
            report = mapping != null ? mapping.apply(file.fileName(), grid, matcher)
                    : JoinReport.build(file.fileName(), grid, LayoutDetector.detect(grid, matcher), matcher);
        } catch (ImportException e) {
            throw new CliException(e.getMessage());
        }
        if (format.equals("json")) {
            Output.json(out, report);
        } else {
            List<List<Object>> rows = new ArrayList<>();
            report.matched().forEach(m -> rows.add(List.of(m.row(), m.label(), "matched", m.region(), m.method(), 1.0)));
            report.national().forEach(n -> rows.add(List.of(n.row(), n.label(), "national", "00", "national", 1.0)));
            report.fuzzy().forEach(f -> rows.add(List.of(f.row(), f.label(), "fuzzy", f.candidate(), "fuzzy", f.score())));
            report.unmatchedRows().forEach(u -> rows.add(List.of(u.row(), u.label(), "unmatched", "", "", 0.0)));
            report.missingRegions().forEach(m -> rows.add(List.of("", m.name(), "missing", m.region(), "", 0.0)));
            Output.rows(out, format, List.of("row", "label", "status", "region", "method", "score"), rows);
        }
        return 0;
    }
}
