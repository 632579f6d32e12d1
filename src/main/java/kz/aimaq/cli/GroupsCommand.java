package kz.aimaq.cli;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.geo.MapLevel;
import kz.aimaq.core.geo.MapRegion;
import kz.aimaq.core.geo.RegionLayers;
import kz.aimaq.core.group.*;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.territory.Territory;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code aimaq groups}: one row per macro-region with its regions, population, area and GRP, their
 * shares of the country in percent and GRP per capita; optionally an indicator aggregated by its
 * catalogue rule. Area is the catalogue's (secondary, Wikipedia) figure unless {@code --area geometry}
 * asks for the polygons' equal-area measure. A group whose members lack data in that year gets empty cells and lists the
 * members in {@code missing}, rather than a partial total. By default a year is shown on its own
 * territory ({@code --territory by-year}: 16 units before 2018, 17 in 2018–2021), the groups mapped
 * to the old units through regions.csv's parent column, so every group has values in every year;
 * {@code --territory today} keeps today's 20 units.
 */
final class GroupsCommand implements Command {
    @Override public String name() { return "groups"; }

    @Override public String usage() {
        return "groups [--grouping five|five-plus-cities|FILE] [--year Y] [--indicator ID] [--area catalogue|geometry] [--territory by-year|today] " + Output.TARGET_OPTIONS;
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String which = args.get("grouping", Groupings.DEFAULT_ID);
        int year = args.intOpt("year", -1);
        String indicatorId = args.opt("indicator").orElse(null);
        String areaSource = args.choice("area", "catalogue", "catalogue", "geometry");
        boolean byYear = CliTerritory.byYear(args);
        Output.Target target = Output.target(args);
        args.rejectUnknown();

        Grouping grouping = Groupings.presetOrFile(which);
        IndicatorData data = IndicatorData.bundled();
        List<String> all = RegionCatalog.bundled().current().stream().map(Region::kato).toList();
        if (year < 0) {
            year = data.latestCompleteYear(GroupAggregator.GRP, all)
                    .orElseThrow(() -> new CliException("no year with GRP for every region; pass --year"));
        } else if (!data.years(GroupAggregator.POPULATION).contains(year)) {
            throw new CliException("no population data for " + year + "; years with data: " + data.years(GroupAggregator.POPULATION));
        }
        Indicator extra = null;
        if (indicatorId != null) {
            extra = data.catalog().require(indicatorId);
            if (!GroupAggregator.canAggregate(extra)) throw new CliException(extra.id() + " cannot be combined over regions");
        }

        Territory territory = byYear ? Territory.forYear(year) : Territory.FROM_2022;
        grouping = grouping.onTerritory(territory);
        GroupAggregator agg = new GroupAggregator(data, areaSource.equals("geometry") ? geometryAreas(territory) : null, territory);
        List<String> header = new ArrayList<>(List.of("group", "regions", "population", "population_share",
                "area_km2", "area_share", "grp", "grp_share", "grp_per_capita"));
        // named after the indicator; "grp_per_capita" is already a column, so its aggregate gets a suffix
        if (extra != null) header.add(header.contains(extra.id()) ? extra.id() + "_aggregated" : extra.id());
        header.add("missing");
        List<List<Object>> rows = new ArrayList<>();
        for (GroupSummary s : agg.summary(grouping, year)) {
            List<Object> r = new ArrayList<>();
            r.add(s.group().id());
            r.add(s.group().membersText());
            r.add(round(s.population().value(), 0));
            r.add(round(s.populationShare(), 4));
            r.add(round(s.areaKm2().value(), 0));
            r.add(round(s.areaShare(), 4));
            r.add(round(s.grp().value(), 1));
            r.add(round(s.grpShare(), 4));
            r.add(round(s.grpPerCapita().value(), 1));
            List<String> missing = new ArrayList<>(s.grpPerCapita().missing());
            s.areaKm2().missing().stream().filter(k -> !missing.contains(k)).forEach(missing::add);
            if (extra != null) {
                Aggregate a = s.isUngrouped() ? null : agg.aggregate(s.group(), extra, year);
                r.add(a == null ? null : round(a.value(), extra.decimals() + 2));
                if (a != null) a.missing().stream().filter(k -> !missing.contains(k)).forEach(missing::add);
            }
            r.add(String.join(";", missing.stream().sorted().toList()));
            rows.add(r);
        }
        TableNotes notes = new TableNotes(target.lang()).year(year).grouping(grouping)
                .source(data, GroupAggregator.GRP, year).territory(territory)
                .line(areaSource.equals("geometry") ? "table.note.area.geometry" : "table.note.area.catalogue")
                .line("table.note.groups");
        if (extra != null) notes.indicator(extra).line("table.note.aggregated", extra.aggregation().name().toLowerCase(java.util.Locale.ROOT));
        Output.table(out, target, notes.text("table.title.groups", grouping.name(target.lang()), year),
                header, rows, notes.build());
        return 0;
    }

    /** Areas of the oblast polygons (Albers equal-area), instead of the catalogue's secondary figures. */
    private static Map<String, Double> geometryAreas(Territory territory) throws java.io.IOException {
        Map<String, Double> areas = new HashMap<>();
        for (MapRegion r : RegionLayers.load(MapLevel.OBLAST, territory).regions()) areas.put(r.code(), r.areaKm2());
        return areas;
    }

    /** Fixed decimals as a BigDecimal, so both CSV and JSON print plain digits (never 2.1E7); NaN → empty/null. */
    private static BigDecimal round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}
