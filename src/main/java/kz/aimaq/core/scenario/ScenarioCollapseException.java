package kz.aimaq.core.scenario;

/**
 * The parameters drive a region's GRP to zero or below: the model refuses rather than print a
 * negative or meaningless number. Names the region and the year so the panel can say it in the
 * interface language.
 */
public final class ScenarioCollapseException extends IllegalArgumentException {
    private final String region;
    private final int year;

    public ScenarioCollapseException(String region, int year, double growthFactor) {
        super("these parameters drive region " + region + "'s GRP to zero or below in " + year + " (growth factor "
                + String.format(java.util.Locale.ROOT, "%.3f", growthFactor)
                + "): lower the budget, the backwash w_b, the marginal cost of funds λ or the population decline");
        this.region = region;
        this.year = year;
    }

    public String region() { return region; }

    public int year() { return year; }
}
