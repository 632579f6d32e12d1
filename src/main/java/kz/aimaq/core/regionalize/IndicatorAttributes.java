package kz.aimaq.core.regionalize;

import kz.aimaq.core.i18n.InvalidInputException;
import kz.aimaq.core.data.IndicatorData;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Attributes for a regionalisation from the bundled (or imported) indicator tables: one column per
 * indicator id in one year, values on today's territory only. Shared by the CLI and the app, so
 * both refuse the same inputs with the same messages.
 */
public final class IndicatorAttributes {
    private IndicatorAttributes() {}

    /**
     * @param weights one positive weight per indicator, or null for equal weights
     * @throws IllegalArgumentException naming an unknown indicator, a year without data, or the
     *                                  regions without a value
     */
    public static Attributes of(IndicatorData data, List<String> indicators, double[] weights, int year, List<String> codes) {
        double[][] columns = new double[indicators.size()][];
        for (int k = 0; k < indicators.size(); k++) {
            String id = indicators.get(k);
            data.catalog().require(id);
            if (!data.years(id).contains(year)) throw new InvalidInputException("core.regionalize.noData", id, Integer.toString(year), data.years(id).toString());
            columns[k] = column(data, id, year, codes);
        }
        return Attributes.standardised(codes, columns, indicators, weights);
    }

    /** One indicator's values in the codes' order; refuses a year in which some region has none. */
    public static double[] column(IndicatorData data, String id, int year, List<String> codes) {
        double[] col = new double[codes.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            OptionalDouble v = data.current(id, year, codes.get(i));
            if (v.isPresent()) col[i] = v.getAsDouble(); else missing.add(codes.get(i));
        }
        if (!missing.isEmpty()) throw new InvalidInputException("core.regionalize.missingRegions", id, Integer.toString(year), String.join(", ", missing));
        return col;
    }
}
