package kz.aimaq.cli;

import kz.aimaq.core.analysis.CompositeIndex;
import kz.aimaq.core.analysis.IndexResult;
import kz.aimaq.core.analysis.IndexSpec;
import kz.aimaq.core.analysis.IndexSpecJson;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.*;

/**
 * {@code aimaq index}: a composite index from a JSON spec (see docs/analysis.md), one row per
 * region with the score, rank, rank range under ±20% weights, the weakest component and each
 * component's value and normalised score.
 */
final class IndexCommand implements Command {
    @Override public String name() { return "index"; }

    @Override public String usage() {
        return "index --spec FILE.json [--year Y] " + Output.TARGET_OPTIONS + "   (year: latest with every input for all regions)";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        Path specFile = Path.of(args.require("spec"));
        int year = args.intOpt("year", -1);
        Output.Target target = Output.target(args);
        args.rejectUnknown();

        IndexSpec spec = IndexSpecJson.read(specFile);
        IndicatorData data = IndicatorData.bundled();
        RegionCatalog regions = RegionCatalog.bundled();
        List<String> codes = regions.current().stream().map(Region::kato).toList();
        spec = spec.resolve(data.catalog());
        for (var w : kz.aimaq.core.analysis.TotalsWarning.of(spec, data.catalog())) System.err.println("aimaq index: note: " + w.message());
        if (year < 0) year = latestCompleteYear(spec, data, codes);

        IndexResult result = CompositeIndex.compute(spec, data, year, codes);
        List<String> header = new ArrayList<>(List.of("kato", "name_en", "year", "index", "rank", "rank_min", "rank_max", "weakest", "missing"));
        for (String ind : spec.indicators()) { header.add(ind); header.add(ind + "_score"); }
        List<List<Object>> rows = new ArrayList<>();
        for (String code : codes) {
            List<Object> row = new ArrayList<>();
            row.add(code);
            row.add(regions.require(code).nameEn());
            row.add(year);
            Optional<IndexResult.RegionScore> s = result.score(code);
            if (s.isPresent()) {
                IndexResult.RegionScore r = s.get();
                row.addAll(List.of(r.score(), r.rank(), r.rankMin(), r.rankMax(), r.weakest().indicator(), ""));
                for (IndexResult.Part p : r.parts()) { row.add(p.value()); row.add(p.normalised()); }
            } else {
                row.addAll(Arrays.asList(null, null, null, null, null, String.join(" ", result.missing().get(code))));
                for (String ind : spec.indicators()) {
                    OptionalDouble v = data.current(ind, year, code);
                    row.add(v.isPresent() ? v.getAsDouble() : null);
                    row.add(null);
                }
            }
            rows.add(row);
        }
        TableNotes notes = new TableNotes(target.lang()).year(year)
                .line("table.note.index", specFile.getFileName(), String.join(", ", spec.indicators()))
                .sourceKey("map.source.index");
        Output.table(out, target, notes.text("table.title.index", year), header, rows, notes.build());
        return 0;
    }

    private static int latestCompleteYear(IndexSpec spec, IndicatorData data, List<String> codes) {
        Integer best = null;
        for (String ind : spec.indicators()) {
            OptionalInt y = data.latestCompleteYear(ind, codes);
            if (y.isEmpty()) throw new CliException(ind + " has no year with values for all 20 regions; pass --year");
            best = best == null ? y.getAsInt() : Math.min(best, y.getAsInt());
        }
        // the minimum of the per-indicator latest years may still miss one input: check it
        for (int y = best; y >= 2000; y--) {
            final int year = y;
            boolean ok = spec.indicators().stream().allMatch(ind -> codes.stream().allMatch(c -> data.current(ind, year, c).isPresent()));
            if (ok) return y;
        }
        throw new CliException("no year has all of " + spec.indicators() + " for every region; pass --year");
    }
}
