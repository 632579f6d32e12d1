package kz.aimaq.core.disparity;

import kz.aimaq.core.scenario.Metric;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The disparity series as a table: the columns of {@code aimaq disparities} and of the app's
 * CSV export, one place for both. Measures have the names and rounding of {@code simulate}
 * ({@link Metric#rounded}); the last two columns say which territory was compared and which of
 * its units had no value that year.
 */
public final class DisparityTable {
    private DisparityTable() {}

    /** The measures in the order the monitor prints and charts them. */
    public static final List<Metric> MEASURES = List.of(Metric.GINI, Metric.GINI_WEIGHTED, Metric.THEIL, Metric.THEIL_BETWEEN,
            Metric.THEIL_WITHIN, Metric.WILLIAMSON, Metric.CV, Metric.SD_LOG, Metric.MAX_MIN_RATIO, Metric.REGIONS_BELOW_AVG);

    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("year", "n_units"));
        for (Metric m : MEASURES) h.add(m.column);
        h.add("territory");
        h.add("missing");
        return h;
    }

    public static List<List<Object>> rows(List<DisparityYear> series) {
        List<List<Object>> rows = new ArrayList<>();
        for (DisparityYear y : series) {
            List<Object> row = new ArrayList<>(List.of(y.year(), y.unitCount()));
            for (Metric m : MEASURES) row.add(m.rounded(m.of(y.measures())));
            row.add(y.territory().id());
            row.add(String.join(";", y.missing()));
            rows.add(row);
        }
        return rows;
    }

    /** The table as CSV (header, comma, dot decimals, "\n"), as the CLI prints it. */
    public static String csv(List<DisparityYear> series) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header());
            for (List<Object> r : rows(series)) {
                List<Object> cells = new ArrayList<>();
                for (Object o : r) cells.add(cell(o));
                p.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Numbers as plain digits (never 2.1E-5), whole numbers without ".0", NaN empty: as the CLI's Output. */
    private static Object cell(Object o) {
        if (o instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return "";
            if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return o;
    }
}
