package kz.aimaq.cli;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code aimaq table}: one row per region with the indicator's value in a year. */
final class TableCommand implements Command {
    @Override public String name() { return "table"; }

    @Override public String usage() {
        return "table --indicator ID --year Y [--level oblast|district] [--format csv|json]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String id = args.require("indicator");
        int year = args.intOpt("year", -1);
        String level = args.choice("level", "oblast", "oblast", "district");
        String format = Output.format(args);
        args.rejectUnknown();
        if (year < 0) throw new CliException("missing --year");

        IndicatorData data = IndicatorData.bundled();
        Indicator ind = data.catalog().require(id);
        if (!data.years(id).contains(year)) {
            throw new CliException("no data for " + id + " in " + year + "; years with data: " + data.years(id));
        }
        List<String> header = List.of("kato", "iso", "name_en", "name_ru", "name_kk", "value", "unit");
        List<List<Object>> rows = new ArrayList<>();
        if (level.equals("district")) {
            DistrictTable.rows(id, year, rows);
        } else {
            RegionCatalog regions = RegionCatalog.bundled();
            for (Region r : regions.current()) {
                rows.add(row(r, data.current(id, year, r.kato()).isPresent() ? data.current(id, year, r.kato()).getAsDouble() : null, ind));
            }
            data.get(id, year, Region.NATIONAL).map(Observation::value)
                    .ifPresent(v -> rows.add(row(regions.require(Region.NATIONAL), v, ind)));
        }
        Output.rows(out, format, header, rows);
        return 0;
    }

    private static List<Object> row(Region r, Double value, Indicator ind) {
        List<Object> row = new ArrayList<>();
        row.add(r.kato()); row.add(r.iso()); row.add(r.nameEn()); row.add(r.nameRu()); row.add(r.nameKk());
        row.add(value); row.add(ind.unitEn());
        return row;
    }
}
