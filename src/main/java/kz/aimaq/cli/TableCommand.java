package kz.aimaq.cli;

import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.data.Observation;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;
import kz.aimaq.core.territory.Territory;
import kz.aimaq.core.territory.TerritoryValues;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code aimaq table}: one row per region with the indicator's value in a year, on the territory
 * of that year by default (16 rows before 2018 with South Kazakhstan 51, 17 in 2018–2021), or on
 * today's 20 regions with {@code --territory today} (blank where a value exists only for an old unit).
 */
final class TableCommand implements Command {
    @Override public String name() { return "table"; }

    @Override public String usage() {
        return "table --indicator ID --year Y [--level oblast|district] [--territory by-year|today] " + Output.TARGET_OPTIONS;
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String id = args.require("indicator");
        int year = args.intOpt("year", -1);
        String level = args.choice("level", "oblast", "oblast", "district");
        boolean byYear = CliTerritory.byYear(args);
        Output.Target target = Output.target(args);
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
            Territory territory = byYear ? Territory.forYear(year) : Territory.FROM_2022;
            Map<String, Double> values = new TerritoryValues(data).values(territory, id, year);
            for (String unit : territory.units()) rows.add(row(regions.require(unit), values.get(unit), ind));
            data.get(id, year, Region.NATIONAL).map(Observation::value)
                    .ifPresent(v -> rows.add(row(regions.require(Region.NATIONAL), v, ind)));
        }
        TableNotes notes = new TableNotes(target.lang()).indicator(ind).year(year).source(data, id, year);
        if (!level.equals("district")) notes.territory(byYear ? Territory.forYear(year) : Territory.FROM_2022);
        List<kz.aimaq.core.table.TableColumn> columns = new ArrayList<>(Output.columns(header, rows));
        columns.set(5, kz.aimaq.core.table.TableColumn.decimal("value", ind.decimals()));
        Output.table(out, target, new kz.aimaq.core.table.DataTable(
                notes.text("table.title.table", ind.name(target.lang()), year), columns, rows, notes.build()));
        return 0;
    }

    private static List<Object> row(Region r, Double value, Indicator ind) {
        List<Object> row = new ArrayList<>();
        row.add(r.kato()); row.add(r.iso()); row.add(r.nameEn()); row.add(r.nameRu()); row.add(r.nameKk());
        row.add(value); row.add(ind.unitEn());
        return row;
    }
}
