package kz.aimaq.core.scenario;

import java.util.function.ToDoubleFunction;

/** The national-level series of a run, with the column names the CLI and exports use. */
public enum Metric {
    NATIONAL_GRP("national_grp", YearState::nationalGrp),
    GINI("gini", s -> s.inequality().gini()),
    GINI_WEIGHTED("gini_weighted", s -> s.inequality().giniWeighted()),
    THEIL("theil", s -> s.inequality().theil()),
    THEIL_BETWEEN("theil_between", s -> s.inequality().theilBetween()),
    THEIL_WITHIN("theil_within", s -> s.inequality().theilWithin()),
    WILLIAMSON("williamson", s -> s.inequality().williamson()),
    CV("cv", s -> s.inequality().cv()),
    MAX_MIN_RATIO("max_min_ratio", s -> s.inequality().maxMinRatio()),
    REGIONS_BELOW_AVG("regions_below_avg", s -> s.inequality().regionsBelowAverage()),
    SD_LOG("sd_log", s -> s.inequality().sdLog());

    public final String column;
    private final ToDoubleFunction<YearState> value;

    Metric(String column, ToDoubleFunction<YearState> value) {
        this.column = column;
        this.value = value;
    }

    public double of(YearState s) { return value.applyAsDouble(s); }
}
