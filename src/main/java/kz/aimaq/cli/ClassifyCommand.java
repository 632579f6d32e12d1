package kz.aimaq.cli;

import kz.aimaq.core.classify.Classification;
import kz.aimaq.core.classify.ClassificationMethod;
import kz.aimaq.core.classify.Classifiers;
import kz.aimaq.core.data.Indicator;
import kz.aimaq.core.data.IndicatorData;
import kz.aimaq.core.region.Region;
import kz.aimaq.core.region.RegionCatalog;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code aimaq classify}: the class breaks a choropleth of the 20 regions would use, so planners
 * can check or script them. Values on today's territory only; regions without one are counted as
 * no data and left out, as on the map.
 */
final class ClassifyCommand implements Command {
    private static final String[] METHODS = {"quantile", "equal", "jenks", "stddev", "maxbreaks", "manual"};

    @Override public String name() { return "classify"; }

    @Override public String usage() {
        return "classify --indicator ID --year Y --method quantile|equal|jenks|stddev|maxbreaks|manual"
                + " [--classes 3..9] [--breaks a,b,c (manual)] [--format json|csv]";
    }

    @Override public int run(Args args, PrintStream out) throws Exception {
        String id = args.require("indicator");
        int year = args.intOpt("year", -1);
        ClassificationMethod method = ClassificationMethod.fromId(args.choice("method", "quantile", METHODS));
        int k = args.intOpt("classes", 5);
        double[] manual = args.opt("breaks").map(ClassifyCommand::parseBreaks).orElse(null);
        String format = args.choice("format", "json", "json", "csv");
        args.rejectUnknown();
        if (year < 0) throw new CliException("missing --year");
        if (k < Classifiers.MIN_UI_CLASSES || k > Classifiers.MAX_UI_CLASSES) {
            throw new CliException("--classes must be between " + Classifiers.MIN_UI_CLASSES + " and "
                    + Classifiers.MAX_UI_CLASSES + ", got " + k);
        }
        if (method == ClassificationMethod.MANUAL && manual == null) {
            throw new CliException("--method manual needs --breaks, e.g. --breaks 500000,1000000,1500000");
        }

        IndicatorData data = IndicatorData.bundled();
        Indicator ind = data.catalog().require(id);
        if (!data.years(id).contains(year)) {
            throw new CliException("no data for " + id + " in " + year + "; years with data: " + data.years(id));
        }
        List<Region> regions = RegionCatalog.bundled().current();
        double[] values = new double[regions.size()];
        for (int i = 0; i < values.length; i++) {
            OptionalDouble v = data.current(id, year, regions.get(i).kato());
            values[i] = v.isPresent() ? v.getAsDouble() : Double.NaN;
        }
        int noData = Classifiers.noDataCount(values);
        Classification c;
        try {
            c = Classifiers.classify(method, values, k, manual);
        } catch (IllegalArgumentException e) {
            throw new CliException(id + " " + year + " (" + (values.length - noData) + " regions with data): " + e.getMessage());
        }

        if (format.equals("csv")) {
            List<List<Object>> rows = new ArrayList<>();
            for (int j = 0; j < c.k(); j++) rows.add(List.of(j + 1, c.lower(j), c.upper(j), c.counts()[j]));
            Output.rows(out, format, List.of("class", "lower", "upper", "count"), rows);
        } else {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("indicator", id);
            json.put("year", year);
            json.put("unit", ind.unitEn());
            json.put("method", method.id());
            json.put("classes", c.k());
            json.put("breaks", c.breaks());
            json.put("counts", c.counts());
            json.put("min", c.min());
            json.put("max", c.max());
            json.put("n", c.n());
            json.put("no_data", noData);
            json.put("gvf", c.gvf());
            json.put("adcm", c.adcm());
            Output.json(out, json);
        }
        return 0;
    }

    private static double[] parseBreaks(String text) {
        String[] parts = text.split("[,;\\s]+");
        double[] b = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                b[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new CliException("--breaks must be numbers separated by commas, got '" + parts[i] + "'");
            }
        }
        return b;
    }
}
