package kz.aimaq.core.disparity;

/**
 * The periods of Kazakhstan's regional policy marked on the disparity charts (docs/domain.md):
 * the 2002–2006 Concept of regional policy, the growth-pole strategy applied 2006–2011, and the
 * Forecast scheme of territorial-spatial development to 2020 (Decree 118, 2011).
 */
public enum PolicyPeriod {
    CONCEPT(2002, 2006, "disparity.period.concept", 0x33E6AB02),
    GROWTH_POLES(2006, 2011, "disparity.period.growthPoles", 0x33D95F02),
    FORECAST_SCHEME(2011, 2020, "disparity.period.forecastScheme", 0x331B9E77);

    public final int from;
    public final int to;
    /** Bundle key of the period's name (i18n/messages). */
    public final String messageKey;
    /** Translucent fill 0xAARRGGBB of its band on a chart. */
    public final int argb;

    PolicyPeriod(int from, int to, String messageKey, int argb) {
        this.from = from;
        this.to = to;
        this.messageKey = messageKey;
        this.argb = argb;
    }
}
