package kz.aimaq.core.scenario;

import kz.aimaq.core.stats.InequalityMeasures;

import java.util.function.ToDoubleFunction;

/**
 * The national-level series of a run, with the column names the CLI and exports use. The
 * disparity metrics read one {@link InequalityMeasures}, so the historical disparity monitor
 * ({@code kz.aimaq.core.disparity}) reports the same columns from the same code.
 */
public enum Metric {
    NATIONAL_GRP("national_grp", YearState::nationalGrp, null),
    GINI("gini", null, InequalityMeasures::gini),
    GINI_WEIGHTED("gini_weighted", null, InequalityMeasures::giniWeighted),
    THEIL("theil", null, InequalityMeasures::theil),
    THEIL_BETWEEN("theil_between", null, InequalityMeasures::theilBetween),
    THEIL_WITHIN("theil_within", null, InequalityMeasures::theilWithin),
    WILLIAMSON("williamson", null, InequalityMeasures::williamson),
    CV("cv", null, InequalityMeasures::cv),
    MAX_MIN_RATIO("max_min_ratio", null, InequalityMeasures::maxMinRatio),
    REGIONS_BELOW_AVG("regions_below_avg", null, InequalityMeasures::regionsBelowAverage),
    SD_LOG("sd_log", null, InequalityMeasures::sdLog);

    public final String column;
    private final ToDoubleFunction<YearState> state;
    private final ToDoubleFunction<InequalityMeasures> measure;

    Metric(String column, ToDoubleFunction<YearState> state, ToDoubleFunction<InequalityMeasures> measure) {
        this.column = column;
        this.state = state;
        this.measure = measure;
    }

    public double of(YearState s) { return measure != null ? measure.applyAsDouble(s.inequality()) : state.applyAsDouble(s); }

    /** True for the disparity measures (all but national GRP), which {@link #of(InequalityMeasures)} reads. */
    public boolean isDisparity() { return measure != null; }

    /** A disparity measure's value; national GRP is not one. */
    public double of(InequalityMeasures m) {
        if (measure == null) throw new IllegalArgumentException(column + " is not a disparity measure");
        return measure.applyAsDouble(m);
    }

    /** Rounded for reading, as every table prints it: GRP to 0.1 million KZT, counts as integers, indices to 6 decimals. */
    public double rounded(double v) {
        return switch (this) {
            case NATIONAL_GRP -> round(v, 1);
            case REGIONS_BELOW_AVG -> (double) Math.round(v);
            default -> round(v, 6);
        };
    }

    private static double round(double v, int decimals) {
        if (!Double.isFinite(v)) return v; // Math.round would print NaN as 0
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** The metric of a column name ("theil_between"). */
    public static Metric byColumn(String column) {
        for (Metric m : values()) if (m.column.equals(column)) return m;
        throw new IllegalArgumentException("Unknown metric column '" + column + "'");
    }
}
